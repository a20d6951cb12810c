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
import org.outreachplanner.i18n.Text;

/**
 * Checks that a feature's geometry is of the expected type, not empty, inside the planning region
 * and valid. Invalid geometry is refused with the reason and place, never repaired silently.
 */
public final class GeometryRules {

  private GeometryRules() {}

  /** The problem with a point, or null. */
  public static Text checkPoint(Geometry g, RegionBounds region) {
    if (!(g instanceof Point)) {
      return Text.of("imports.geometry.expectedPoint", g.getGeometryType());
    }
    if (g.isEmpty()) {
      return Text.of("imports.geometry.empty");
    }
    return CoordinateChecks.geometryProblem(g, region);
  }

  /** The boundary as a MultiPolygon, or the problem with it. */
  public static Parsed<MultiPolygon> multiPolygon(Geometry g, RegionBounds region) {
    if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
      return Parsed.refused(Text.of("imports.geometry.expectedPolygon", g.getGeometryType()));
    }
    if (g.isEmpty()) {
      return Parsed.refused(Text.of("imports.geometry.empty"));
    }
    Text problem = CoordinateChecks.geometryProblem(g, region);
    if (problem == null) {
      problem = validity(g, Text.of("imports.geometry.polygon"));
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
  public static Parsed<List<LineString>> lines(Geometry g, RegionBounds region) {
    if (!(g instanceof LineString || g instanceof MultiLineString)) {
      return Parsed.refused(Text.of("imports.geometry.expectedLine", g.getGeometryType()));
    }
    if (g.isEmpty()) {
      return Parsed.refused(Text.of("imports.geometry.empty"));
    }
    List<LineString> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      LineString line = (LineString) g.getGeometryN(i);
      Text problem = checkLine(line, region);
      if (problem != null) {
        return Parsed.refused(
            g.getNumGeometries() > 1
                ? Text.of("imports.geometry.part", String.valueOf(i + 1), problem)
                : problem);
      }
      parts.add(line);
    }
    return Parsed.of(List.copyOf(parts));
  }

  private static Text checkLine(LineString line, RegionBounds region) {
    if (line.isEmpty()) {
      return Text.of("imports.geometry.emptyLine");
    }
    if (line.getNumPoints() < 2) {
      return Text.of("imports.geometry.shortLine", line.getNumPoints());
    }
    Text problem = CoordinateChecks.geometryProblem(line, region);
    if (problem != null) {
      return problem;
    }
    if (line.getLength() == 0) {
      return Text.of("imports.geometry.zeroLength", line.getNumPoints());
    }
    return validity(line, Text.of("imports.geometry.line"));
  }

  /** JTS's reason a geometry is invalid, with the place, or null when it is valid. */
  static Text validity(Geometry g, Text what) {
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error == null) {
      return null;
    }
    Coordinate at = error.getCoordinate();
    Text jts = Text.literal(error.getMessage());
    return at == null
        ? Text.of("imports.geometry.invalid", what, jts)
        : Text.of("imports.geometry.invalidAt", what, jts, plain(at.x), plain(at.y));
  }

  /** A coordinate for a message: at most 7 decimals (about 1 cm), no exponent. */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
