package org.outreachplanner.coverage;

import static org.outreachplanner.coverage.Sql.num;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The statements that turn the survey points into measured cells: per operator and technology, per
 * technology for any operator, per operator, and for any operator and technology.
 */
final class CellStatements {

  private final CoverageSettings settings;

  CellStatements(CoverageSettings settings) {
    this.settings = settings;
  }

  /**
   * The readings projected to the metric CRS, each with its class rank (NULL: unknown, its
   * technology's measure is missing) and the measure it was classed on, in a temporary table:
   * ST_Transform runs once a point (in a query placing points in cells directly, the inlined cell
   * function would repeat it for every use of x and y).
   */
  String readingsSql(int srid) {
    return readingsSql(srid, "true");
  }

  /** {@link #readingsSql(int)} of the readings {@code where} (a condition on survey_point p). */
  String readingsSql(int srid, String where) {
    return """
        CREATE TEMP TABLE cov_point ON COMMIT DROP AS
        SELECT ST_X(t) AS x, ST_Y(t) AS y, operator, technology,
               coverage_rank(technology, rsrp, rssi, rscp, nr_rsrp) AS rank,
               m.measure, m.signal, observed_at
        FROM (SELECT p.*, ST_Transform(p.location, %d) AS t FROM survey_point p WHERE %s) s
        CROSS JOIN LATERAL (SELECT CASE
            WHEN technology = '4G' AND rsrp IS NOT NULL THEN 'rsrp'
            WHEN technology = '5G' AND nr_rsrp IS NOT NULL THEN 'nr_rsrp'
            WHEN technology = '5G' AND rsrp IS NOT NULL THEN 'rsrp'
            WHEN technology = '3G' AND rscp IS NOT NULL THEN 'rscp'
            WHEN technology IN ('2G', '3G') AND rssi IS NOT NULL THEN 'rssi' END AS measure) k
        CROSS JOIN LATERAL (SELECT k.measure, CASE k.measure WHEN 'rsrp' THEN rsrp
            WHEN 'nr_rsrp' THEN nr_rsrp WHEN 'rscp' THEN rscp WHEN 'rssi' THEN rssi END AS signal) m
        """
        .formatted(srid, where);
  }

  private String cellValues(String counts) {
    return """
        coverage_median_rank(%1$s), coverage_class(coverage_median_rank(%1$s)), false,
        last_observed < now() - interval '%2$d months',
        CASE WHEN n >= %3$d THEN 'high' WHEN n >= %4$d THEN 'medium' ELSE 'low' END
        """
        .formatted(
            counts,
            settings.staleMonths,
            settings.highConfidenceSamples,
            settings.mediumConfidenceSamples);
  }

  private static final String CELL_COLUMNS =
      "cell_i, cell_j, operator, technology, samples, n_none, n_poor, n_fair, n_good, n_unknown,"
          + " signal_measure, signal_median, signal_p10, last_observed, rank, class, estimated,"
          + " stale, confidence";

  /**
   * The readings counted by hexagon, per operator and technology and per technology for any
   * operator, in one pass (GROUPING SETS), into a temporary table: readings of unknown class are
   * counted apart ({@code nu}). The signal median and 10th percentile are kept when the group's
   * readings share one measure.
   */
  String groupsSql(double edge) {
    return groupsSql(edge, "true");
  }

  /** {@link #groupsSql(double)} of the cells {@code where} (a condition on h.i and h.j). */
  String groupsSql(double edge, String where) {
    return """
        CREATE TEMP TABLE cov_group ON COMMIT DROP AS
        SELECT h.i, h.j,
               CASE WHEN GROUPING(p.operator) = 1 THEN '*' ELSE p.operator END AS operator,
               p.technology, count(rank) AS n,
               count(*) FILTER (WHERE rank = 0) AS n0, count(*) FILTER (WHERE rank = 1) AS n1,
               count(*) FILTER (WHERE rank = 2) AS n2, count(*) FILTER (WHERE rank = 3) AS n3,
               count(*) FILTER (WHERE rank IS NULL) AS nu,
               CASE WHEN min(measure) = max(measure) THEN min(measure) END AS measure,
               CASE WHEN min(measure) = max(measure)
                    THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY signal) END AS median,
               CASE WHEN min(measure) = max(measure)
                    THEN percentile_cont(0.1) WITHIN GROUP (ORDER BY signal) END AS p10,
               max(observed_at) AS last_observed
        FROM cov_point p CROSS JOIN LATERAL coverage_hex(p.x, p.y, %s) h
        WHERE %s
        GROUP BY GROUPING SETS ((h.i, h.j, p.operator, p.technology), (h.i, h.j, p.technology))
        """
        .formatted(num(edge), where);
  }

  /**
   * The measured cells per operator and technology, and per technology for any operator, from
   * {@link #groupsSql}; the classes from the counts of readings by class. A group with only
   * readings of unknown class is no measured cell.
   */
  String measuredCellsSql() {
    return """
        INSERT INTO coverage_cell (%1$s)
        SELECT i, j, operator, technology, n, n0, n1, n2, n3, nu, measure, median, p10,
               last_observed, %2$s
        FROM cov_group g WHERE n > 0
        """
        .formatted(CELL_COLUMNS, cellValues("n0, n1, n2, n3"));
  }

  /** Per operator, any technology: the lower median of all its readings, none included. */
  String operatorCellsSql() {
    return """
        INSERT INTO coverage_cell (%1$s)
        SELECT i, j, operator, '*', n, n0, n1, n2, n3, nu, NULL, NULL, NULL, last_observed, %2$s
        FROM (
            SELECT i, j, operator, sum(n) AS n, sum(n0) AS n0, sum(n1) AS n1, sum(n2) AS n2,
                   sum(n3) AS n3, sum(nu) AS nu, max(last_observed) AS last_observed
            FROM cov_group WHERE operator <> '*'
            GROUP BY i, j, operator
        ) g
        WHERE n > 0
        """
        .formatted(CELL_COLUMNS, cellValues("n0::bigint, n1::bigint, n2::bigint, n3::bigint"));
  }

  /** The readings of unknown class of each cell of any operator and technology. */
  static final String ANY_UNKNOWN_SQL =
      """
      UPDATE coverage_cell c SET n_unknown = u.nu
      FROM (SELECT i, j, sum(nu) AS nu FROM cov_group WHERE operator = '*' GROUP BY i, j) u
      WHERE c.cell_i = u.i AND c.cell_j = u.j AND c.operator = '*' AND c.technology = '*'
      """;

  /** Any operator, any technology: the best operator's class. */
  String anyOperatorSql() {
    return anyOperatorSql("true");
  }

  /** {@link #anyOperatorSql()} of the cells {@code where} (a condition on cell_i and cell_j). */
  String anyOperatorSql(String where) {
    return """
        INSERT INTO coverage_cell (cell_i, cell_j, operator, technology, samples, n_none, n_poor,
            n_fair, n_good, last_observed, rank, class, estimated, stale, confidence)
        SELECT cell_i, cell_j, '*', '*', sum(samples), sum(n_none), sum(n_poor), sum(n_fair),
               sum(n_good), max(last_observed), max(rank), coverage_class(max(rank)), false,
               max(last_observed) < now() - interval '%1$d months',
               CASE WHEN sum(samples) >= %2$d THEN 'high' WHEN sum(samples) >= %3$d THEN 'medium'
                    ELSE 'low' END
        FROM coverage_cell WHERE technology = '*' AND operator <> '*' AND %4$s
        GROUP BY cell_i, cell_j
        """
        .formatted(
            settings.staleMonths,
            settings.highConfidenceSamples,
            settings.mediumConfidenceSamples,
            where);
  }

  /** The estimated cells of one operator ('*': any). */
  static void insertEstimates(Connection c, String operator, Map<Long, Integer> ranks)
      throws SQLException {
    if (ranks.isEmpty()) {
      return;
    }
    Integer[] is = new Integer[ranks.size()];
    Integer[] js = new Integer[ranks.size()];
    Integer[] rs = new Integer[ranks.size()];
    int n = 0;
    for (Map.Entry<Long, Integer> e : ranks.entrySet()) {
      is[n] = HexGrid.i(e.getKey());
      js[n] = HexGrid.j(e.getKey());
      rs[n++] = e.getValue();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            INSERT INTO coverage_cell (cell_i, cell_j, operator, technology, samples, rank, class,
                estimated, stale, confidence)
            SELECT u.i, u.j, ?, '*', 0, u.r, coverage_class(u.r), true, false, 'estimated'
            FROM unnest(?::integer[], ?::integer[], ?::smallint[]) AS u(i, j, r)
            """)) {
      ps.setString(1, operator);
      ps.setArray(2, c.createArrayOf("integer", is));
      ps.setArray(3, c.createArrayOf("integer", js));
      ps.setArray(4, c.createArrayOf("integer", rs));
      ps.executeUpdate();
    }
  }
}
