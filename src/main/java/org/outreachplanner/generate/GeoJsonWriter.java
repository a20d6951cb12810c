package org.outreachplanner.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams a GeoJSON FeatureCollection, one feature per line. Coordinates are written [lon, lat]
 * with 6 decimals; polygon rings follow RFC 7946 (outer rings counter-clockwise, holes clockwise).
 */
final class GeoJsonWriter implements Closeable {

  private final Writer out;
  private final StringBuilder feature = new StringBuilder(1 << 14);
  private boolean firstFeature = true;
  private boolean firstProperty;

  GeoJsonWriter(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
  }

  GeoJsonWriter beginFeature() {
    feature.setLength(0);
    feature.append(firstFeature ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{");
    firstFeature = false;
    firstProperty = true;
    return this;
  }

  GeoJsonWriter text(String key, String value) {
    key(key);
    if (value == null) {
      feature.append("null");
    } else {
      quoted(value);
    }
    return this;
  }

  GeoJsonWriter coordinate(String key, double value) {
    key(key);
    CoordinateFormat.appendFixed6(feature, value);
    return this;
  }

  void lineString(double[] lonLat) throws IOException {
    feature.append("},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
    for (int i = 0; i < lonLat.length; i += 2) {
      position(i > 0, lonLat[i], lonLat[i + 1]);
    }
    endFeature();
  }

  void multiPolygon(Polygon polygon) throws IOException {
    feature.append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[");
    ring(polygon.getExteriorRing(), true);
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      feature.append(',');
      ring(polygon.getInteriorRingN(h), false);
    }
    feature.append(']');
    endFeature();
  }

  @Override
  public void close() throws IOException {
    try (out) {
      out.write("\n]}\n");
    }
  }

  private void endFeature() throws IOException {
    feature.append("]}}");
    out.append(feature);
  }

  private void ring(LinearRing ring, boolean counterClockwise) {
    Coordinate[] coordinates = ring.getCoordinates();
    boolean reverse = Orientation.isCCW(coordinates) != counterClockwise;
    feature.append('[');
    for (int i = 0; i < coordinates.length; i++) {
      Coordinate c = coordinates[reverse ? coordinates.length - 1 - i : i];
      position(i > 0, c.x, c.y);
    }
    feature.append(']');
  }

  private void position(boolean comma, double lon, double lat) {
    if (comma) {
      feature.append(',');
    }
    feature.append('[');
    CoordinateFormat.appendFixed6(feature, lon);
    feature.append(',');
    CoordinateFormat.appendFixed6(feature, lat);
    feature.append(']');
  }

  private void key(String key) {
    if (!firstProperty) {
      feature.append(',');
    }
    firstProperty = false;
    quoted(key);
    feature.append(':');
  }

  private void quoted(String text) {
    feature.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> feature.append("\\\"");
        case '\\' -> feature.append("\\\\");
        case '\n' -> feature.append("\\n");
        case '\r' -> feature.append("\\r");
        case '\t' -> feature.append("\\t");
        default -> {
          if (c < 0x20) {
            feature.append(String.format("\\u%04x", (int) c));
          } else {
            feature.append(c);
          }
        }
      }
    }
    feature.append('"');
  }
}
