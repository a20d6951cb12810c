package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.outreachplanner.i18n.Text;

/**
 * Features written as a small text table, for tests: a header line of column names (matched with
 * the kind's aliases, like a file's), then one line per feature, cells separated by {@code |}. An
 * empty cell has no value; the {@code geometry} column holds WKT. Features of a {@code .csv} file
 * are numbered like its lines (the header is line 1), others from 1.
 */
public final class MemorySource implements FeatureSource {

  private final String fileName;
  private final Set<String> columns = new LinkedHashSet<>();
  private final List<SourceFeature> features = new ArrayList<>();
  private boolean closed;

  public MemorySource(String fileName, ColumnAliases aliases, String table) {
    this.fileName = fileName;
    List<String> lines = table.strip().lines().toList();
    String[] header = cells(lines.get(0));
    String[] canonical = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      canonical[i] = header[i].equals("geometry") ? "geometry" : aliases.canonical(header[i]);
      if (canonical[i] != null && !canonical[i].equals("geometry")) {
        columns.add(canonical[i]);
      }
    }
    long first = fileName.endsWith(".csv") ? 2 : 1;
    for (int row = 1; row < lines.size(); row++) {
      String[] cells = cells(lines.get(row));
      Map<String, String> values = new HashMap<>();
      String wkt = null;
      for (int i = 0; i < canonical.length && i < cells.length; i++) {
        if ("geometry".equals(canonical[i])) {
          wkt = cells[i];
        } else if (canonical[i] != null && !cells[i].isEmpty()) {
          values.put(canonical[i], cells[i]);
        }
      }
      features.add(new Feature(first + row - 1, values, geometry(wkt)));
    }
  }

  private static String[] cells(String line) {
    String[] cells = line.split("\\|", -1);
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }

  private static SourceGeometry geometry(String wkt) {
    if (wkt == null || wkt.isEmpty()) {
      return null;
    }
    try {
      return SourceGeometry.of(new WKTReader().read(wkt));
    } catch (ParseException e) {
      return SourceGeometry.problem(
          "geometry", Text.literal("unreadable geometry: " + e.getMessage()));
    }
  }

  boolean closed() {
    return closed;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public Set<String> columns() {
    return columns;
  }

  @Override
  public void forEach(Consumer<SourceFeature> action) {
    if (closed) {
      throw new IllegalStateException("source is closed");
    }
    features.forEach(action);
  }

  @Override
  public void close() {
    closed = true;
  }

  private record Feature(long number, Map<String, String> values, SourceGeometry geometry)
      implements SourceFeature {
    @Override
    public String value(String canonicalColumn) {
      return values.get(canonicalColumn);
    }
  }
}
