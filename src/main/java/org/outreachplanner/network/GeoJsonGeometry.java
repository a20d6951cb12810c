package org.outreachplanner.network;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/**
 * Reads the lines and polygons of a GeoJSON geometry object ([lon, lat] positions, RFC 7946) into
 * JTS, saying plainly what is wrong when it cannot. Only the types a closure may have are read.
 */
final class GeoJsonGeometry {

  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  private GeoJsonGeometry() {}

  /** A problem with the GeoJSON, to be reported as such. */
  static final class Unreadable extends IllegalArgumentException implements LocalizedException {
    private final transient Text text;

    Unreadable(String key, Object... args) {
      super(Text.of(key, args).english());
      this.text = Text.of(key, args);
    }

    @Override
    public Text text() {
      return text;
    }
  }

  static Geometry read(JsonNode geometry) {
    if (geometry == null || !geometry.isObject()) {
      throw new Unreadable("roads.geojson.noGeometryObject");
    }
    String type = geometry.path("type").asText("");
    JsonNode c = geometry.get("coordinates");
    if (c == null || !c.isArray()) {
      throw new Unreadable("roads.geojson.noCoordinates");
    }
    return switch (type) {
      case "LineString" -> line(c);
      case "MultiLineString" -> WGS84.createMultiLineString(lines(c));
      case "Polygon" -> polygon(c);
      case "MultiPolygon" -> WGS84.createMultiPolygon(polygons(c));
      default -> throw new Unreadable("roads.geojson.type", type);
    };
  }

  private static LineString line(JsonNode positions) {
    Coordinate[] c = positions(positions);
    if (c.length == 1) {
      throw new Unreadable("roads.geojson.shortLine");
    }
    return WGS84.createLineString(c);
  }

  private static Polygon polygon(JsonNode rings) {
    array(rings, "roads.geojson.polygonNotArray");
    if (rings.isEmpty()) {
      return WGS84.createPolygon();
    }
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return WGS84.createPolygon(ring(rings.get(0)), holes);
  }

  private static LinearRing ring(JsonNode positions) {
    Coordinate[] c = positions(positions);
    if (c.length > 0 && (c.length < 4 || !c[0].equals2D(c[c.length - 1]))) {
      throw new Unreadable("roads.geojson.ring", String.valueOf(c.length));
    }
    return WGS84.createLinearRing(c);
  }

  private static Coordinate[] positions(JsonNode positions) {
    array(positions, "roads.geojson.lineNotArray");
    Coordinate[] c = new Coordinate[positions.size()];
    for (int i = 0; i < c.length; i++) {
      JsonNode p = positions.get(i);
      if (!p.isArray()
          || p.size() < 2
          || p.size() > 3
          || !p.get(0).isNumber()
          || !p.get(1).isNumber()) {
        throw new Unreadable("roads.geojson.position", p.toString());
      }
      c[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
    return c;
  }

  private static LineString[] lines(JsonNode parts) {
    array(parts, "roads.geojson.multiLineNotArray");
    LineString[] out = new LineString[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = line(parts.get(i));
    }
    return out;
  }

  private static Polygon[] polygons(JsonNode parts) {
    array(parts, "roads.geojson.multiPolygonNotArray");
    Polygon[] out = new Polygon[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = polygon(parts.get(i));
    }
    return out;
  }

  /** Throws the problem {@code notArray} (a message key) unless {@code node} is an array. */
  private static void array(JsonNode node, String notArray) {
    if (!node.isArray()) {
      throw new Unreadable(notArray);
    }
  }
}
