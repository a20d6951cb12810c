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
 * The mapping step of an upload: a CSV file's columns, its first rows, the layout recognised from
 * its header and, for each of the kind's columns, the file's column it would be read from. Reads
 * the header and {@link #ROWS} rows only; changes nothing.
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
   */
  record Answer(
      String kind,
      String fileName,
      List<String> columns,
      List<List<String>> rows,
      String preset,
      List<Target> targets,
      List<String> unmappedRequired) {}

  /**
   * One of the kind's columns.
   *
   * @param source the file's column it would be read from, or null
   * @param by how it was found: {@code mapping} (given), {@code preset}, {@code alias}, or null
   */
  record Target(String column, boolean required, String source, String by) {}

  private ColumnPreview() {}

  /** The preview of {@code file} as data of the importer's kind, with {@code options}' mapping. */
  static Answer of(KindImporter importer, Path file, ImportOptions options) {
    String name = options.sourceName();
    if (FileFormat.of(name) != FileFormat.CSV) {
      throw new ImportRequestException(Text.of("imports.preview.csvOnly", name));
    }
    try {
      CsvLayout layout = CsvLayout.read(file, name, importer.columns(), options, false);
      List<List<String>> rows = firstRows(file, name, layout);
      List<Target> targets = targets(importer, layout, options.columnMapping());
      return new Answer(
          importer.kind().cliName(),
          name,
          layout.header(),
          rows,
          layout.columns().preset(),
          targets,
          unmapped(importer, targets));
    } catch (ImportRejectedException e) {
      throw new ImportRequestException(e.text());
    }
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
          String value = FeatureColumns.clean(field);
          row.add(value == null || value.length() <= MAX_VALUE ? value : cut(value));
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
      KindImporter importer, CsvLayout layout, Map<String, String> mapping) {
    Set<String> given = new TreeSet<>();
    mapping.keySet().forEach(t -> given.add(target(importer.columns(), t)));
    String by = layout.columns().preset() != null ? "preset" : "alias";
    List<String> order = new ArrayList<>(importer.requiredColumns());
    if (importer.kind().spatial()) {
      order.addAll(hasWkt(layout.header(), mapping) ? List.of("wkt") : List.of("lon", "lat"));
    }
    new TreeSet<>(importer.columns().canonicalNames())
        .stream().filter(c -> !order.contains(c)).forEach(order::add);
    List<Target> targets = new ArrayList<>();
    for (String column : order) {
      int index =
          column.equals("wkt")
              ? wktIndex(layout.header(), importer.columns(), mapping)
              : ColumnMapping.GEOMETRY_TARGETS.contains(column)
                  ? geometryIndex(layout.header(), importer.columns(), mapping, column)
                  : layout.columns().index(column);
      String source = index < 0 ? null : layout.header().get(index);
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
