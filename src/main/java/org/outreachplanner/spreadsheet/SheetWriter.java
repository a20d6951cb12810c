package org.outreachplanner.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables written as an XLSX workbook (one sheet each, most often one), with Apache POI's streaming
 * writer: a header row of column titles in the reader's language, then one row per record with
 * typed cells. A number is a numeric cell, a {@link LocalDate} a date cell (yyyy-mm-dd), a {@link
 * LocalTime} a time cell (hh:mm), a {@link Percent} a numeric cell with a % format, a boolean a
 * boolean cell, a {@link Text} the sentence in the reader's language, and null (an unknown or
 * withheld figure) an empty cell, never 0. Text cells are stored as text, so a spreadsheet never
 * runs them as formulas.
 */
public final class SheetWriter {

  /** The media type of an XLSX workbook. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Rows kept in memory before the streaming writer flushes them to its temporary file. */
  private static final int WINDOW = 200;

  private SheetWriter() {}

  /** A share (0.25 is 25 %), written as a number with a percentage format. */
  public record Percent(double share) {

    /**
     * The row with the value at {@code index}, a percentage (25 for 25 %) or null, made a share;
     * null stays null (unknown).
     */
    public static List<Object> ofPercent(List<Object> row, int index) {
      if (row.get(index) instanceof Number pct) {
        row.set(index, new Percent(pct.doubleValue() / 100));
      }
      return row;
    }
  }

  /** The column headers of a sheet: the bundle text {@code keyPrefix + column} of each column. */
  public static List<Text> headers(String keyPrefix, List<String> columns) {
    return columns.stream().map(c -> Text.of(keyPrefix + c)).toList();
  }

  /**
   * One sheet of a workbook: named by the title, the headers, then the rows; each row holds one
   * value per header.
   */
  public record Table(Text title, List<Text> headers, List<? extends List<?>> rows) {}

  /**
   * The workbook's bytes: one sheet named by the title, the headers, then the rows; each row holds
   * one value per header.
   */
  public static byte[] write(Text title, List<Text> headers, List<? extends List<?>> rows) {
    return write(List.of(new Table(title, headers, rows)));
  }

  /** The workbook's bytes: the tables as sheets, in order (their titles must differ). */
  public static byte[] write(List<Table> tables) {
    Locale locale = Texts.currentLocale();
    SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    try {
      Styles styles = new Styles(book);
      for (Table table : tables) {
        fill(book, table, styles, locale);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the spreadsheet could not be written", e);
    } finally {
      book.dispose();
      try {
        book.close();
      } catch (IOException ignored) {
        // the bytes are written; a temporary file left behind goes with the system's
      }
    }
  }

  private static void fill(SXSSFWorkbook book, Table table, Styles styles, Locale locale) {
    List<Text> headers = table.headers();
    Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title().in(locale)));
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(headers.get(c).in(locale));
      cell.setCellStyle(styles.header);
    }
    sheet.createFreezePane(0, 1);
    int r = 1;
    for (List<?> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        put(row, c, values.get(c), styles, locale);
      }
    }
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(
          c, Math.min(60, Math.max(10, headers.get(c).in(locale).length() + 2)) * 256);
    }
  }

  /** A download of the workbook's bytes as an attachment with this file name. */
  public static ResponseEntity<byte[]> download(byte[] workbook, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
        .body(workbook);
  }

  private static void put(Row row, int column, Object value, Styles styles, Locale locale) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    if (value instanceof Percent p) {
      cell.setCellValue(p.share());
      cell.setCellStyle(styles.percent);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(styles.date);
    } else if (value instanceof LocalDateTime t) {
      cell.setCellValue(t);
      cell.setCellStyle(styles.dateTime);
    } else if (value instanceof LocalTime t) {
      cell.setCellValue(t.toSecondOfDay() / 86400.0);
      cell.setCellStyle(styles.time);
    } else if (value instanceof Text t) {
      cell.setCellValue(t.in(locale));
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** The cell styles of a workbook, made once (a workbook holds a limited number). */
  private static final class Styles {
    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle time;
    final CellStyle percent;

    Styles(SXSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      header = book.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      date = format(book, "yyyy-mm-dd");
      dateTime = format(book, "yyyy-mm-dd hh:mm");
      time = format(book, "hh:mm");
      percent = format(book, "0.0%");
    }

    private static CellStyle format(SXSSFWorkbook book, String pattern) {
      CellStyle style = book.createCellStyle();
      style.setDataFormat(book.createDataFormat().getFormat(pattern));
      return style;
    }
  }
}
