package org.outreachplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX downloads read back with Apache POI: the first sheet as rows of cells, with a missing cell
 * as null, so that a test can tell an empty (unknown) cell from a 0.
 */
public final class Spreadsheets {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Spreadsheets() {}

  /** A download: its status, headers of interest and bytes. */
  public record Download(int status, String contentType, String disposition, byte[] body) {}

  /** The first sheet of a workbook: its name and rows (row 0 the header), each cell or null. */
  public record Table(String name, List<List<Cell>> rows) {

    public List<String> headers() {
      return rows.get(0).stream().map(c -> c == null ? null : c.getStringCellValue()).toList();
    }

    /** The cell of a data row (0 the first after the header) under this header. */
    public Cell cell(int row, String header) {
      int column = headers().indexOf(header);
      assertThat(column).as("column " + header + " in " + headers()).isNotNegative();
      List<Cell> cells = rows.get(row + 1);
      return column < cells.size() ? cells.get(column) : null;
    }

    public int dataRows() {
      return rows.size() - 1;
    }

    /** A numeric cell's value; the cell must be numeric. */
    public double number(int row, String header) {
      Cell cell = cell(row, header);
      assertThat(cell).as(header + " of row " + row).isNotNull();
      assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
      return cell.getNumericCellValue();
    }

    /** A cell as its format shows it (a date as yyyy-mm-dd, a share as 25.0%). */
    public String shown(int row, String header) {
      Cell cell = cell(row, header);
      return cell == null ? null : new DataFormatter().formatCellValue(cell);
    }

    /** Whether the cell is absent or blank (an unknown or withheld figure). */
    public boolean empty(int row, String header) {
      Cell cell = cell(row, header);
      return cell == null || cell.getCellType() == CellType.BLANK;
    }
  }

  public static Download download(ApiClient client, String path) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(
              client
                  .signIn(
                      HttpRequest.newBuilder(URI.create(client.base() + path))
                          .timeout(Waits.DEADLINE))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Content-Disposition").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Downloads an XLSX that must answer 200 as a spreadsheet attachment, and reads it. */
  public static Table read(ApiClient client, String path) {
    Download download = download(client, path);
    assertThat(download.status()).as(path).isEqualTo(200);
    assertThat(download.contentType()).as(path).isEqualTo(MEDIA_TYPE);
    assertThat(download.disposition()).as(path).startsWith("attachment;").contains(".xlsx");
    return table(download.body());
  }

  public static Table table(byte[] workbook) {
    return table(workbook, 0);
  }

  /** The sheet at this position (0 the first) of a workbook. */
  public static Table table(byte[] workbook, int index) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(index);
      List<List<Cell>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<Cell> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(row.getCell(c));
          }
        }
        rows.add(cells);
      }
      return new Table(sheet.getSheetName(), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
