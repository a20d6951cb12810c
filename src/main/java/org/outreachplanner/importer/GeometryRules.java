package org.outreachplanner.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks that a feature's geometry is of the expected type, not empty, inside the planning region
 * and valid. Invalid geometry is refused with the reason and place, never repaired silently.
 */
final class GeometryRules {

  private GeometryRules() {}

  /** The problem with a point, or null. */
  static String checkPoint(Geometry g, RegionBounds region) {
    if (!(g instanceof Point)) {
      return "expected a Point, got " + g.getGeometryType();
    }
    if (g.isEmpty()) {
      return "empty geometry";
    }
    return CoordinateChecks.checkGeometry(g, region);
  }

  /** The boundary as a MultiPolygon, or the problem with it. */
  static Parsed<MultiPolygon> multiPolygon(Geometry g, RegionBounds region) {
    if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
      return Parsed.refused("expected a Polygon or MultiPolygon, got " + g.getGeometryType());
    }
    if (g.isEmpty()) {
      return Parsed.refused("empty geometry");
    }
    String problem = CoordinateChecks.checkGeometry(g, region);
    if (problem == null) {
      problem = validity(g, "polygon");
    }
    if (problem != null) {
      return Parsed.refused(problem);
    }
    return Parsed.of(
        g instanceof Polygon p
            ? g.getFactory().createMultiPolygon(new Polygon[] {p})
            : (MultiPolygon) g);
  }

  /**
   * The lines of a LineString or MultiLineString, one per part, or the problem with it (the first
   * bad part is named when there are several).
   */
  static Parsed<List<LineString>> lines(Geometry g, RegionBounds region) {
    if (!(g instanceof LineString || g instanceof MultiLineString)) {
      return Parsed.refused("expected a LineString or MultiLineString, got " + g.getGeometryType());
    }
    if (g.isEmpty()) {
      return Parsed.refused("empty geometry");
    }
    List<LineString> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      LineString line = (LineString) g.getGeometryN(i);
      String problem = checkLine(line, region);
      if (problem != null) {
        String where = g.getNumGeometries() > 1 ? "part " + (i + 1) + ": " : "";
        return Parsed.refused(where + problem);
      }
      parts.add(line);
    }
    return Parsed.of(List.copyOf(parts));
  }

  private static String checkLine(LineString line, RegionBounds region) {
    if (line.isEmpty()) {
      return "empty line";
    }
    if (line.getNumPoints() < 2) {
      return "a line needs at least 2 points, got " + line.getNumPoints();
    }
    String problem = CoordinateChecks.checkGeometry(line, region);
    if (problem != null) {
      return problem;
    }
    if (line.getLength() == 0) {
      return "zero-length line: all its " + line.getNumPoints() + " points are the same";
    }
    return validity(line, "line");
  }

  /** JTS's reason a geometry is invalid, with the place, or null when it is valid. */
  static String validity(Geometry g, String what) {
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error == null) {
      return null;
    }
    Coordinate at = error.getCoordinate();
    String place = at == null ? "" : " at (" + plain(at.x) + ", " + plain(at.y) + ")";
    return "invalid " + what + ": " + error.getMessage() + place;
  }

  /** A coordinate for a message: at most 7 decimals (about 1 cm), no exponent. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
