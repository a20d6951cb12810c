package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A small comma- or semicolon-separated text (no quoting) served as features, the way the file
 * reader serves a CSV file: columns matched to canonical names, {@code lon}/{@code lat} as a point,
 * line numbers counting the header as line 1. Individual features can be given any geometry.
 */
final class TextFeatureSource implements FeatureSource {

  private static final GeometryFactory GEOMETRIES = new GeometryFactory();

  private final String fileName;
  private final List<SourceFeature> features = new ArrayList<>();
  private final Set<String> columns = new LinkedHashSet<>();
  private int reads;

  TextFeatureSource(String fileName, ColumnAliases aliases, String text) {
    this.fileName = fileName;
    String[] lines = text.strip().split("\n");
    String separator = lines[0].contains(";") ? ";" : ",";
    String[] header = lines[0].split(separator, -1);
    String[] canonical = new String[header.length];
    for (int c = 0; c < header.length; c++) {
      String name = header[c].strip();
      canonical[c] = name.equals("lon") || name.equals("lat") ? name : aliases.canonical(name);
      if (canonical[c] != null) {
        columns.add(canonical[c]);
      }
    }
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(separator, -1);
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < header.length && c < cells.length; c++) {
        String cell = cells[c].strip();
        if (canonical[c] != null && !cell.isEmpty()) {
          values.put(canonical[c], cell);
        }
      }
      features.add(new Row(i + 1, values, pointOf(values)));
    }
  }

  /** Replaces the geometry of the feature on {@code line}. */
  TextFeatureSource withGeometry(long line, SourceGeometry geometry) {
    Row row = (Row) features.get((int) line - 2);
    features.set((int) line - 2, new Row(row.number(), row.values(), geometry));
    return this;
  }

  static Geometry point(double lon, double lat) {
    return GEOMETRIES.createPoint(new Coordinate(lon, lat));
  }

  static Geometry line(double lon1, double lat1, double lon2, double lat2) {
    return GEOMETRIES.createLineString(
        new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
  }

  /** How many times the features were read. */
  int reads() {
    return reads;
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
    reads++;
    features.forEach(action);
  }

  @Override
  public void close() {}

  private static SourceGeometry pointOf(Map<String, String> values) {
    String lon = values.get("lon");
    String lat = values.get("lat");
    if (lon == null || lat == null) {
      return SourceGeometry.problem(lon == null ? "lon" : "lat", "missing coordinate");
    }
    return SourceGeometry.of(point(Double.parseDouble(lon), Double.parseDouble(lat)));
  }

  private record Row(long number, Map<String, String> values, SourceGeometry geometry)
      implements SourceFeature {

    @Override
    public String value(String canonicalColumn) {
      return values.get(canonicalColumn);
    }
  }
}
