package org.outreachplanner.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.CoordinateChecks;
import org.outreachplanner.importer.RegionBounds;

/**
 * The rules a road closure must meet, wherever it comes from (an imported file, the map): a name,
 * ISO dates with from ≤ to, and a valid polygon or line inside the planning region. Every problem
 * is reported with the field it concerns.
 */
public final class ClosureRules {

  public static final String NAME = "name";
  public static final String REASON = "reason";
  public static final String CLOSED_FROM = "closed_from";
  public static final String CLOSED_TO = "closed_to";
  public static final String GEOMETRY = "geometry";

  private static final int MAX_NAME = 200;
  private static final int MAX_REASON = 2000;

  private ClosureRules() {}

  /**
   * Checks the values of one closure, passing each problem (field, reason) to {@code problems};
   * returns the closure, or null when there was any problem. A null geometry has been reported
   * already by the caller.
   */
  public static ClosureInput check(
      String name,
      String reason,
      String closedFrom,
      String closedTo,
      Geometry geometry,
      RegionBounds region,
      BiConsumer<String, Text> problems) {
    boolean ok = true;
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      problems.accept(NAME, Text.of("roads.closure.nameRequired"));
      ok = false;
    } else if (characters(n) > MAX_NAME || hasControl(n)) {
      problems.accept(NAME, Text.of("roads.closure.nameTooLong", String.valueOf(MAX_NAME)));
      ok = false;
    }
    String r = reason == null || reason.isBlank() ? null : reason.strip();
    if (r != null && characters(r) > MAX_REASON) {
      problems.accept(REASON, Text.of("roads.closure.reasonTooLong", String.valueOf(MAX_REASON)));
      ok = false;
    }
    LocalDate from = date(CLOSED_FROM, closedFrom, problems);
    LocalDate to = date(CLOSED_TO, closedTo, problems);
    if (from == null || to == null) {
      ok = false;
    } else if (from.isAfter(to)) {
      problems.accept(
          CLOSED_TO, Text.of("roads.closure.toBeforeFrom", to.toString(), from.toString()));
      ok = false;
    }
    if (geometry == null) {
      ok = false;
    } else {
      Text problem = geometryProblem(geometry, region);
      if (problem != null) {
        problems.accept(GEOMETRY, problem);
        ok = false;
      }
    }
    return ok ? new ClosureInput(n, r, from, to, geometry) : null;
  }

  private static LocalDate date(String field, String text, BiConsumer<String, Text> problems) {
    if (text == null || text.isBlank()) {
      problems.accept(field, Text.of("roads.closure.dateRequired"));
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.accept(field, Text.of("roads.closure.notADate", text.strip()));
      return null;
    }
  }

  /** Why the geometry cannot be a closure, or null. */
  static Text geometryProblem(Geometry g, RegionBounds region) {
    if (!(g instanceof Polygon
        || g instanceof MultiPolygon
        || g instanceof LineString
        || g instanceof MultiLineString)) {
      return Text.of("roads.closure.geometryType", g.getGeometryType());
    }
    if (g.isEmpty()) {
      return Text.of("roads.closure.emptyGeometry");
    }
    Text problem = CoordinateChecks.geometryProblem(g, region);
    if (problem != null) {
      return problem;
    }
    if (g.getDimension() == 1 && g.getLength() == 0) {
      return Text.of("roads.closure.zeroLength");
    }
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      Text jts = Text.literal(error.getMessage());
      return at == null
          ? Text.of("roads.closure.invalidGeometry", jts)
          : Text.of(
              "roads.closure.invalidGeometryAt", jts, String.valueOf(at.x), String.valueOf(at.y));
    }
    return null;
  }

  /** Characters as a person counts them (code points), as the import's length rule does. */
  private static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
