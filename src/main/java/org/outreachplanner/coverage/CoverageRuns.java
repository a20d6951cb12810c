package org.outreachplanner.coverage;

import static org.outreachplanner.coverage.Sql.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The record of the coverage layer's recomputes, table coverage_run: what each layer was computed
 * from (its fingerprint and parameters) and what was found, with the agreement check.
 */
final class CoverageRuns {

  private static final String INSERT =
      """
      INSERT INTO coverage_run (fingerprint, parameters, survey_points, cells, estimated_cells,
          dead_zones, agreement, millis)
      VALUES (?, ?::jsonb, ?, ?, ?, ?, jsonb_build_object('folds', ?, 'measured_cells', ?,
          'tested_cells', ?, 'correct_cells', ?, 'within_one_class_cells', ?,
          'tested_points', ?, 'correct_points', ?), ?)
      """;

  private CoverageRuns() {}

  /** What the layer depends on: the survey points, the villages, the settings and the day. */
  static String fingerprint(Connection c, CoverageSettings settings) throws SQLException {
    return text(
            c,
            "SELECT count(*) || '/' || coalesce(max(import_id), 0) || '/'"
                + " || coalesce(sum(line_no), 0) FROM survey_point")
        + "|"
        + text(
            c,
            "SELECT count(*) || '/' || coalesce(max(updated_at)::text, '')"
                + " || '/' || coalesce(sum(coalesce(households, -1) + coalesce(residents, -1)"
                + " + coalesce(eligible, -1) + coalesce(eid_done, -1)), 0)"
                + " FROM village")
        + "|"
        + text(c, "SELECT current_date::text")
        + "|"
        + json(settings.parameters());
  }

  /**
   * Whether two fingerprints differ in the survey points at most (the villages, the day and the
   * settings are the same); false when either is null.
   */
  static boolean sameBesidesReadings(String a, String b) {
    return a != null
        && b != null
        && a.substring(a.indexOf('|')).equals(b.substring(b.indexOf('|')));
  }

  /** The metric CRS of the current layer, or 0 before the first recompute. */
  static int latestSrid(Connection c) throws SQLException {
    String srid = text(c, "SELECT parameters->>'srid' FROM coverage_run ORDER BY id DESC LIMIT 1");
    return srid == null ? 0 : Integer.parseInt(srid);
  }

  /** The fingerprint of the current layer, or null before the first recompute. */
  static String latestFingerprint(Connection c) throws SQLException {
    return text(c, "SELECT fingerprint FROM coverage_run ORDER BY id DESC LIMIT 1");
  }

  /**
   * Records a recompute that computed the layer {@code fingerprint} in the metric CRS {@code srid}
   * as {@code result} says.
   */
  static void insert(
      Connection c,
      String fingerprint,
      CoverageSettings settings,
      int srid,
      CoverageService.Result result,
      Idw.Agreement agreement)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, fingerprint);
      ps.setString(2, json(settings.parameters(srid)));
      ps.setLong(3, result.surveyPoints());
      ps.setInt(4, result.cells());
      ps.setInt(5, result.estimatedCells());
      ps.setInt(6, result.deadZones());
      ps.setInt(7, agreement.folds());
      ps.setInt(8, agreement.measuredCells());
      ps.setInt(9, agreement.testedCells());
      ps.setInt(10, agreement.correctCells());
      ps.setInt(11, agreement.withinOneClassCells());
      ps.setLong(12, agreement.testedPoints());
      ps.setLong(13, agreement.correctPoints());
      ps.setLong(14, result.millis());
      ps.executeUpdate();
    }
  }

  static String json(Map<String, Object> map) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      b.append(v instanceof String ? "\"" + v + "\"" : String.valueOf(v));
    }
    return b.append('}').toString();
  }
}
