package org.outreachplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.RecordFormatException;
import org.outreachplanner.i18n.Text;

/**
 * Reads one sheet of an XLSX or XLS file with Apache POI: cells as stored (numbers, dates, cached
 * formula results, error values), every cell of a merged region holding the region's value.
 */
final class PoiSheets {

  /** Beyond this many columns a row is not a table people keep by hand. */
  private static final int MAX_COLUMNS = 256;

  /**
   * POI holds the whole workbook in memory (many times the file's size): a list kept by hand is far
   * smaller than this, and a larger table is better given as CSV, which is streamed.
   */
  static final long MAX_BYTES = 20L << 20;

  /** The most one part of an XLSX may unpack to (POI also refuses parts packed too tightly). */
  private static final long MAX_PART_BYTES = 256L << 20;

  static {
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm[:ss]");

  private PoiSheets() {}

  /** The sheet {@code wanted} (by name or position from 1), else the first that has data. */
  static SheetGrid read(Path file, String fileName, String wanted) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw ImportRejectedException.ofFile(
            fileName, Text.of("imports.sheet.tooLarge", MAX_BYTES >> 20));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = choose(book, fileName, wanted);
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      return new SheetGrid(sheet.getSheetName(), names, rows(sheet));
    } catch (IOException
        | EncryptedDocumentException
        | IllegalArgumentException
        | POIXMLException
        | RecordFormatException e) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of("imports.sheet.unreadable", Text.literal(String.valueOf(e.getMessage()))));
    }
  }

  private static Sheet choose(Workbook book, String fileName, String wanted) {
    List<String> names = new ArrayList<>();
    book.forEach(s -> names.add(s.getSheetName()));
    if (wanted == null || wanted.isBlank()) {
      for (Sheet s : book) {
        if (s.getPhysicalNumberOfRows() > 0) {
          return s;
        }
      }
      throw ImportRejectedException.ofFile(fileName, Text.of("imports.sheet.empty"));
    }
    int index = SheetChoice.index(names, wanted, fileName);
    return book.getSheetAt(index);
  }

  private static List<SheetGrid.Row> rows(Sheet sheet) {
    Map<Long, Cell> merged = mergedCells(sheet);
    List<SheetGrid.Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
      SheetCell[] cells = new SheetCell[last];
      boolean any = false;
      for (int c = 0; c < last; c++) {
        Cell cell = merged.getOrDefault(key(row.getRowNum(), c), row.getCell(c));
        cells[c] = cell == null ? null : cell(cell);
        any |= cells[c] != null;
      }
      if (any) {
        rows.add(new SheetGrid.Row(row.getRowNum() + 1, Arrays.asList(cells)));
      }
    }
    return rows;
  }

  /** The top-left cell of its merged region, for every other cell of the region. */
  private static Map<Long, Cell> mergedCells(Sheet sheet) {
    Map<Long, Cell> merged = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      Row top = sheet.getRow(region.getFirstRow());
      Cell first = top == null ? null : top.getCell(region.getFirstColumn());
      if (first == null || region.getNumberOfCells() > MAX_COLUMNS * 16) {
        continue;
      }
      int lastColumn = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        for (int c = region.getFirstColumn(); c <= lastColumn; c++) {
          merged.put(key(r, c), first);
        }
      }
    }
    return merged;
  }

  private static long key(int row, int column) {
    return ((long) row << 16) | column;
  }

  private static SheetCell cell(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> SheetCell.text(cell.getStringCellValue());
      case BOOLEAN ->
          new SheetCell(SheetCell.Kind.TEXT, String.valueOf(cell.getBooleanCellValue()));
      case ERROR ->
          new SheetCell(
              SheetCell.Kind.ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString());
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? new SheetCell(
                  SheetCell.Kind.DATE,
                  date(cell.getLocalDateTimeCellValue(), cell.getNumericCellValue()))
              : new SheetCell(SheetCell.Kind.NUMBER, plain(cell.getNumericCellValue()));
      default -> null;
    };
  }

  /** A number as plain digits, without exponent or trailing zeros: {@code 1202}, {@code 21.5}. */
  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** A date cell as ISO text: the date, the time of day (a serial below 1), or both. */
  static String date(LocalDateTime value, double serial) {
    if (serial >= 0 && serial < 1) {
      return value.toLocalTime().format(TIME);
    }
    if (value.toLocalTime().toSecondOfDay() == 0) {
      return value.toLocalDate().toString();
    }
    return value.withNano(0).toString();
  }
}
