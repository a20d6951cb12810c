package org.outreachplanner.importer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.outreachplanner.i18n.Text;

/**
 * Reads one sheet of an OpenDocument spreadsheet through GDAL's ODS driver (which Apache POI cannot
 * read): every row and cell as text ({@code HEADERS=DISABLE}, {@code FIELD_TYPES=STRING}), written
 * to a scratch CSV file and read back into the same rows as {@link PoiSheets} gives, merged cells
 * filled from the file's own record of them ({@link OdsMergedCells}).
 */
final class GdalSheets {

  /** Error values as spreadsheets write them in a cell's text. */
  private static final Set<String> ERRORS =
      Set.of("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!");

  private final OgrLoader gdal;
  private final ImportSettings settings;

  GdalSheets(OgrLoader gdal, ImportSettings settings) {
    this.gdal = gdal;
    this.settings = settings;
  }

  /** The sheet {@code wanted} (by name or position from 1), else the first. */
  SheetGrid read(Path file, String fileName, String wanted) {
    try (ScratchDirectory scratch = ScratchDirectory.create(settings.tempRoot(), "ods-")) {
      List<String> sheets = gdal.inspect(file, fileName, FileFormat.ODS, scratch.path()).layers();
      if (sheets.isEmpty()) {
        throw ImportRejectedException.ofFile(fileName, Text.of("imports.sheet.empty"));
      }
      String sheet =
          wanted == null || wanted.isBlank()
              ? sheets.get(0)
              : sheets.get(SheetChoice.index(sheets, wanted, fileName));
      if (sheet.startsWith("-")) {
        throw ImportRejectedException.ofFile(fileName, Text.of("imports.file.dashLayer", sheet));
      }
      Path csv = scratch.path().resolve("sheet.csv");
      gdal.sheetToCsv(file, fileName, sheet, csv, scratch.path());
      return new SheetGrid(sheet, sheets, OdsMergedCells.filled(file, fileName, sheet, rows(csv)));
    }
  }

  private static List<SheetGrid.Row> rows(Path csv) {
    List<SheetGrid.Row> rows = new ArrayList<>();
    CsvReader.CsvReaderBuilder builder =
        CsvReader.builder()
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(false)
            .ignoreDifferentFieldCount(true);
    try (CsvReader<CsvRecord> reader =
        builder.ofCsvRecord(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
      int number = -1; // the first line is GDAL's field_1, field_2 … header
      for (CsvRecord record : reader) {
        number++;
        if (number == 0) {
          continue;
        }
        List<SheetCell> cells = new ArrayList<>(record.getFieldCount());
        boolean any = false;
        for (String field : record.getFields()) {
          SheetCell cell = cell(field);
          cells.add(cell);
          any |= cell != null;
        }
        if (any) {
          rows.add(new SheetGrid.Row(number, cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return rows;
  }

  private static SheetCell cell(String field) {
    String text = field.strip();
    if (ERRORS.contains(text) || text.matches("Err:\\d{3}")) {
      return new SheetCell(SheetCell.Kind.ERROR, text);
    }
    return SheetCell.text(text);
  }
}
