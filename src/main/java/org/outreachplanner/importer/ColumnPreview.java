package org.outreachplanner.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.outreachplanner.i18n.Text;

/**
 * The mapping step of an upload: a CSV file's or a spreadsheet's columns, its first rows, the
 * layout recognised from its header and, for each of the kind's columns, the file's column it would
 * be read from; for a spreadsheet also its sheets, the one shown and the row its header was found
 * in. Reads the header and {@link #ROWS} rows only; changes nothing.
 */
final class ColumnPreview {

  /** How many rows a preview shows. */
  static final int ROWS = 5;

  /** The longest value shown in a preview; longer ones are cut. */
  static final int MAX_VALUE = 200;

  /**
   * What the import would make of a file.
   *
   * @param columns the file's columns as written
   * @param rows the first rows, values as text (null when empty)
   * @param preset the layout recognised from the header, or null
   * @param targets each of the kind's columns and where it would come from
   * @param unmappedRequired required columns no file column gives yet
   * @param sheets a spreadsheet's sheets in order; empty for a CSV file
   * @param sheet the sheet shown (sent as {@code layer} to import it), or null
   * @param headerRow the number of the sheet's header row (the first row is 1), or null
   */
  record Answer(
      String kind,
      String fileName,
      List<String> columns,
      List<List<String>> rows,
      String preset,
      List<Target> targets,
      List<String> unmappedRequired,
      List<String> sheets,
      String sheet,
      Integer headerRow) {}

  /** Reads one sheet of a spreadsheet: {@link FileFeatureReader#readSheet}. */
  interface SheetReader {
    SheetGrid read(Path file, String name, String layer);
  }

  /**
   * One of the kind's columns.
   *
   * @param source the file's column it would be read from, or null
   * @param by how it was found: {@code mapping} (given), {@code preset}, {@code alias}, or null
   */
  record Target(String column, boolean required, String source, String by) {}

  private ColumnPreview() {}

  /**
   * The preview of {@code file} as data of the importer's kind, with {@code options}' mapping (and
   * sheet and header row, for a spreadsheet).
   */
  static Answer of(KindImporter importer, Path file, ImportOptions options, SheetReader sheets) {
    String name = options.sourceName();
    FileFormat format = FileFormat.of(name);
    if (format != FileFormat.CSV && (format == null || !format.spreadsheet())) {
      throw new ImportRequestException(Text.of("imports.preview.csvOnly", name));
    }
    try {
      return format == FileFormat.CSV
          ? ofCsv(importer, file, options)
          : ofSheet(importer, sheets.read(file, name, options.layer()), options);
    } catch (ImportRejectedException e) {
      throw new ImportRequestException(e.text());
    }
  }

  private static Answer ofCsv(KindImporter importer, Path file, ImportOptions options) {
    String name = options.sourceName();
    CsvLayout layout = CsvLayout.read(file, name, importer.columns(), options, false);
    List<List<String>> rows = firstRows(file, name, layout);
    List<Target> targets =
        targets(importer, layout.header(), layout.columns(), options.columnMapping());
    return new Answer(
        importer.kind().cliName(),
        name,
        layout.header(),
        rows,
        layout.columns().preset(),
        targets,
        unmapped(importer, targets),
        List.of(),
        null,
        null);
  }

  /** A sheet: its header found below the title rows (or the row given), then its first rows. */
  private static Answer ofSheet(KindImporter importer, SheetGrid grid, ImportOptions options) {
    String name = options.sourceName();
    ColumnAliases aliases = importer.columns();
    SheetHeader found =
        options.headerRow() == null
            ? SheetHeader.find(grid, aliases, name)
            : SheetHeader.at(grid, options.headerRow(), aliases, name);
    List<String> header = found.names();
    FeatureColumns columns =
        FeatureColumns.match(header, aliases, options.columnMapping(), name, Set.of());
    List<List<String>> rows = new ArrayList<>();
    List<SheetGrid.Row> all = grid.rows();
    for (int i = found.index() + 1; i < all.size() && rows.size() < ROWS; i++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        row.add(shown(all.get(i).text(c)));
      }
      rows.add(row);
    }
    List<Target> targets = targets(importer, header, columns, options.columnMapping());
    return new Answer(
        importer.kind().cliName(),
        name,
        header,
        rows,
        columns.preset(),
        targets,
        unmapped(importer, targets),
        grid.sheets(),
        grid.sheet(),
        all.get(found.index()).number());
  }

  /** A value as a preview shows it: without surrounding space, cut when long, null when empty. */
  private static String shown(String text) {
    String value = FeatureColumns.clean(text);
    return value == null || value.length() <= MAX_VALUE ? value : cut(value);
  }

  private static List<List<String>> firstRows(Path file, String name, CsvLayout layout) {
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = layout.open(file);
        CsvReader<CsvRecord> csv = CsvLayout.builder(layout.separator()).ofCsvRecord(reader)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (records.hasNext()) {
        records.next(); // the header
      }
      while (rows.size() < ROWS && records.hasNext()) {
        List<String> row = new ArrayList<>();
        for (String field : records.next().getFields()) {
          row.add(shown(field));
        }
        rows.add(row);
      }
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw CsvLayout.invalidText(name, layout.charset(), -1);
      }
      throw e;
    } catch (CsvParseException e) {
      throw new ImportRequestException(
          Text.of("imports.csv.unreadable", Text.literal(e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }

  private static String cut(String value) {
    return value.substring(0, MAX_VALUE) + "…";
  }

  /** The kind's columns, required first, then (for a spatial kind) lon and lat, then the others. */
  private static List<Target> targets(
      KindImporter importer,
      List<String> header,
      FeatureColumns columns,
      Map<String, String> mapping) {
    Set<String> given = new TreeSet<>();
    mapping.keySet().forEach(t -> given.add(target(importer.columns(), t)));
    String by = columns.preset() != null ? "preset" : "alias";
    List<String> order = new ArrayList<>(importer.requiredColumns());
    if (importer.kind().spatial()) {
      order.addAll(hasWkt(header, mapping) ? List.of("wkt") : List.of("lon", "lat"));
    }
    new TreeSet<>(importer.columns().canonicalNames())
        .stream().filter(c -> !order.contains(c)).forEach(order::add);
    List<Target> targets = new ArrayList<>();
    for (String column : order) {
      int index =
          column.equals("wkt")
              ? wktIndex(header, importer.columns(), mapping)
              : ColumnMapping.GEOMETRY_TARGETS.contains(column)
                  ? geometryIndex(header, importer.columns(), mapping, column)
                  : columns.index(column);
      String source = index < 0 ? null : header.get(index);
      boolean required =
          importer.requiredColumns().contains(column)
              || ColumnMapping.GEOMETRY_TARGETS.contains(column);
      targets.add(
          new Target(
              column,
              required,
              source,
              source == null ? null : given.contains(column) ? "mapping" : by));
    }
    return targets;
  }

  /** The file's column giving lon or lat: the mapped one, else one whose name says so. */
  private static int geometryIndex(
      List<String> header, ColumnAliases aliases, Map<String, String> mapping, String column) {
    Map<Integer, String> mapped = ColumnMapping.resolve(header, aliases, mapping, "");
    int index = ColumnMapping.geometryIndex(mapped, column);
    if (index >= 0) {
      return index;
    }
    Set<String> names = column.equals("lon") ? CsvLayout.LON : CsvLayout.LAT;
    for (int i = 0; i < header.size(); i++) {
      if (!mapped.containsKey(i) && names.contains(ColumnAliases.key(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasWkt(List<String> header, Map<String, String> mapping) {
    return mapping.keySet().stream().anyMatch(t -> ColumnAliases.key(t).equals("wkt"))
        || header.stream().anyMatch(h -> CsvLayout.WKT.contains(ColumnAliases.key(h)));
  }

  private static int wktIndex(
      List<String> header, ColumnAliases aliases, Map<String, String> mapping) {
    Map<Integer, String> mapped = ColumnMapping.resolve(header, aliases, mapping, "");
    int index = ColumnMapping.geometryIndex(mapped, "wkt");
    for (int i = 0; index < 0 && i < header.size(); i++) {
      if (!mapped.containsKey(i) && CsvLayout.WKT.contains(ColumnAliases.key(header.get(i)))) {
        index = i;
      }
    }
    return index;
  }

  private static String target(ColumnAliases aliases, String target) {
    String key = ColumnAliases.key(target);
    if (ColumnMapping.GEOMETRY_TARGETS.contains(key)) {
      return key;
    }
    String canonical = aliases.canonical(target);
    return canonical == null ? target : canonical;
  }

  /** The required columns no file column gives, unless their substitutes are all there. */
  private static List<String> unmapped(KindImporter importer, List<Target> targets) {
    Set<String> found = new TreeSet<>();
    targets.stream().filter(t -> t.source() != null).forEach(t -> found.add(t.column()));
    List<String> missing = new ArrayList<>();
    for (Target t : targets) {
      List<String> instead = importer.descriptor().substitutes().get(t.column());
      boolean substituted = instead != null && found.containsAll(instead);
      if (t.required() && t.source() == null && !substituted) {
        missing.add(t.column());
      }
    }
    return missing;
  }
}
