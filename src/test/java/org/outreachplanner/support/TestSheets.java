package org.outreachplanner.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheets written by the tests themselves, with Apache POI (XLSX, XLS) or GDAL's ODS driver:
 * rows of cells, where a {@link String} is text, a {@link Number} a number, a {@link LocalDate} a
 * date cell, {@link #formula} a formula (its cached value computed), {@link #error} an error value.
 */
public final class TestSheets {

  /** A formula cell, e.g. {@code SUM(D7:D9)}. */
  public record Formula(String formula) {}

  /** An error cell, e.g. {@code #REF!}. */
  public record Error(String value) {}

  private final String sheetName;
  private final List<Object[]> rows = new ArrayList<>();
  private final List<String> merged = new ArrayList<>();

  private TestSheets(String sheetName) {
    this.sheetName = sheetName;
  }

  public static TestSheets sheet(String name) {
    return new TestSheets(name);
  }

  public static Formula formula(String formula) {
    return new Formula(formula);
  }

  public static Error error(String value) {
    return new Error(value);
  }

  /** The next row (null cells are left empty; no cells is an empty row). */
  public TestSheets row(Object... cells) {
    rows.add(cells);
    return this;
  }

  /** Merges a region such as {@code F5:G5}. */
  public TestSheets merge(String region) {
    merged.add(region);
    return this;
  }

  /** Writes an XLSX file, or an XLS one when the name ends in {@code .xls}. */
  public Path write(Path file) throws IOException {
    try (Workbook book =
            file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Hướng dẫn"); // an empty sheet first: the first sheet with data is read
      Sheet sheet = book.createSheet(sheetName);
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        Object[] cells = rows.get(r);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] != null) {
            set(row.createCell(c), cells[c], date);
          }
        }
      }
      merged.forEach(m -> sheet.addMergedRegion(CellRangeAddress.valueOf(m)));
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
    }
    return file;
  }

  private static void set(Cell cell, Object value, CellStyle date) {
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (value instanceof Formula f) {
      cell.setCellFormula(f.formula());
    } else if (value instanceof Error e) {
      cell.setCellErrorValue(FormulaError.forString(e.value()).getCode());
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /**
   * Writes an ODS file through GDAL ({@code ogr2ogr -f ODS}) from the rows' text: numbers as
   * written, formulas and merged regions left out.
   */
  public Path writeOds(Path file) throws IOException, InterruptedException {
    Path csv = file.resolveSibling(sheetName + ".csv");
    StringBuilder text = new StringBuilder();
    int width = rows.stream().mapToInt(r -> r.length).max().orElse(1);
    for (Object[] row : rows) {
      List<String> fields = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        Object v = c < row.length ? row[c] : null;
        String s = v == null || v instanceof Formula ? "" : v.toString();
        fields.add("\"" + s.replace("\"", "\"\"") + "\"");
      }
      text.append(String.join(",", fields)).append('\n');
    }
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(
                "ogr2ogr",
                "-f",
                "ODS",
                file.toString(),
                csv.toString(),
                "-oo",
                "HEADERS=NO",
                "-nln",
                sheetName)
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("ogr2ogr -f ODS failed: " + output);
    }
    Files.delete(csv);
    return file;
  }
}
