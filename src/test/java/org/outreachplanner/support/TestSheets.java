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
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
    // an empty sheet first: the first sheet with data is read
    return writeAll(file, sheet("Hướng dẫn"), this);
  }

  /** Writes the sheets into one XLSX file (XLS when the name ends in {@code .xls}), in order. */
  public static Path writeAll(Path file, TestSheets... sheets) throws IOException {
    try (Workbook book =
            file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (TestSheets s : sheets) {
        s.fill(book.createSheet(s.sheetName), date);
      }
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      book.write(out);
    }
    return file;
  }

  private void fill(Sheet sheet, CellStyle date) {
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

  /**
   * Writes an ODS file as a spreadsheet program does, its {@code content.xml} written here: numbers
   * as numbers, dates as dates, formulas left out, and merged regions as spans over covered cells
   * (which {@link #writeOds} through GDAL cannot write).
   */
  public Path writeOdsWithMerges(Path file) throws IOException {
    int width = rows.stream().mapToInt(r -> r.length).max().orElse(1);
    List<CellRangeAddress> regions = merged.stream().map(CellRangeAddress::valueOf).toList();
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append(
            "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
        .append(" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"")
        .append(
            " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">")
        .append("<office:body><office:spreadsheet><table:table table:name=\"")
        .append(escaped(sheetName))
        .append("\">");
    for (int r = 0; r < rows.size(); r++) {
      xml.append("<table:table-row>");
      for (int c = 0; c < width; c++) {
        Object v = c < rows.get(r).length ? rows.get(r)[c] : null;
        xml.append(odsCell(v, r, c, regions));
      }
      xml.append("</table:table-row>");
    }
    xml.append("</table:table></office:spreadsheet></office:body></office:document-content>");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                  + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                  + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
                  + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                  + "<manifest:file-entry manifest:full-path=\"content.xml\""
                  + " manifest:media-type=\"text/xml\"/></manifest:manifest>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static String odsCell(Object v, int r, int c, List<CellRangeAddress> regions) {
    for (CellRangeAddress region : regions) {
      if (region.isInRange(r, c)) {
        if (region.getFirstRow() != r || region.getFirstColumn() != c) {
          return "<table:covered-table-cell/>";
        }
        String spans =
            " table:number-rows-spanned=\""
                + (region.getLastRow() - r + 1)
                + "\" table:number-columns-spanned=\""
                + (region.getLastColumn() - c + 1)
                + "\"";
        return "<table:table-cell" + spans + odsValue(v) + "</table:table-cell>";
      }
    }
    return "<table:table-cell" + odsValue(v) + "</table:table-cell>";
  }

  /** The value's attributes, the end of the start tag and the cell's text paragraph. */
  private static String odsValue(Object v) {
    if (v == null || v instanceof Formula) {
      return ">";
    }
    String text = escaped(v.toString());
    if (v instanceof Number) {
      return " office:value-type=\"float\" office:value=\""
          + text
          + "\"><text:p>"
          + text
          + "</text:p>";
    }
    if (v instanceof LocalDate) {
      return " office:value-type=\"date\" office:date-value=\""
          + text
          + "\"><text:p>"
          + text
          + "</text:p>";
    }
    return " office:value-type=\"string\"><text:p>" + text + "</text:p>";
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
