package org.outreachplanner.coverage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.SurveysImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Recomputes the whole coverage layer from the survey points and villages in ONE transaction: the
 * cells, their estimates, the dead zones and the village classes are deleted and written again
 * before the commit, so a reader sees the old layer until the new one is complete, and a failure
 * leaves the old layer as it was.
 */
@Service
public class CoverageService {

  private static final Logger log = LoggerFactory.getLogger(CoverageService.class);
  private static final String ANY = "*";

  /** Steps of a recompute, for a progress bar. */
  public static final List<String> STEPS =
      List.of(
          "survey points to hexagons",
          "estimating unmeasured cells",
          "hexagon outlines",
          "dead zones",
          "village coverage",
          "saving");

  /** Told of each step as it starts (a test may throw to abort the recompute). */
  @FunctionalInterface
  public interface Progress {
    void step(int index, int total, String name);

    Progress NONE = (index, total, name) -> {};
  }

  /** What a recompute did. */
  public record Result(
      boolean computed,
      long surveyPoints,
      int cells,
      int estimatedCells,
      int deadZones,
      int villages,
      double agreementShare,
      int agreementCells,
      long millis) {}

  private final DataSource dataSource;
  private final CoverageSettings settings;

  public CoverageService(DataSource dataSource, CoverageSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  /**
   * After a survey import that changed readings, the layer is recomputed (unless {@code
   * outreach.coverage.recompute-after-import=false}). A failure here does not undo the import: it
   * is logged, the old layer stays, and {@code outreach coverage} recomputes it.
   */
  @EventListener
  public void afterSurveyImport(SurveysImported event) {
    ImportReport report = event.report();
    if (!settings.recomputeAfterImport || report.inserted() + report.updated() == 0) {
      return;
    }
    try {
      recompute(false, Progress.NONE);
    } catch (RuntimeException e) {
      log.warn("Coverage recompute after the survey import {} failed", report.importId(), e);
    }
  }

  /**
   * Recomputes the layer unless its inputs (survey points, villages, settings, the day) are those
   * of the current layer; {@code force} recomputes anyway.
   */
  public Result recompute(boolean force, Progress progress) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Result result = recompute(c, force, progress);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("coverage recompute failed: " + e.getMessage(), e);
    }
  }

  private Result recompute(Connection c, boolean force, Progress given) throws SQLException {
    Progress progress = given == null ? Progress.NONE : given;
    long start = System.nanoTime();
    execute(c, "SELECT pg_advisory_xact_lock(hashtext('outreach.coverage'))");
    // the planner overrates ST_Transform and would spend seconds compiling with JIT
    execute(c, "SET LOCAL jit = off");
    execute(c, "SET LOCAL work_mem = '256MB'");
    String fingerprint = fingerprint(c);
    if (!force
        && fingerprint.equals(
            text(c, "SELECT fingerprint FROM coverage_run ORDER BY id DESC LIMIT 1"))) {
      return new Result(false, 0, 0, 0, 0, 0, Double.NaN, 0, 0);
    }
    double edge = settings.edgeM();
    int srid = settings.srid;
    HexGrid grid = new HexGrid(edge);
    int total = STEPS.size();

    progress.step(0, total, STEPS.get(0));
    execute(c, "DELETE FROM village_coverage");
    execute(c, "DELETE FROM dead_zone");
    execute(c, "DELETE FROM coverage_cell");
    execute(c, "DELETE FROM coverage_hex");
    long points = number(c, "SELECT count(*) FROM survey_point");
    execute(c, readingsSql(srid));
    execute(c, measuredCellsSql(edge));
    execute(c, operatorCellsSql());
    execute(c, anyOperatorSql());

    progress.step(1, total, STEPS.get(1));
    Map<String, Map<Long, Integer>> measured = new TreeMap<>();
    Map<Long, Integer> samples = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT operator, cell_i, cell_j, rank, samples FROM coverage_cell"
                    + " WHERE technology = '*'")) {
      while (rs.next()) {
        long key = HexGrid.key(rs.getInt(2), rs.getInt(3));
        measured.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(key, rs.getInt(4));
        if (ANY.equals(rs.getString(1))) {
          samples.put(key, rs.getInt(5));
        }
      }
    }
    log.debug("read measured cells: {} ms", (System.nanoTime() - start) / 1_000_000);
    Map<Long, Integer> anyMeasured = measured.getOrDefault(ANY, Map.of());
    Idw idw = new Idw(grid, settings.idwRadiusM, settings.idwPower, settings.idwMinNeighbours);
    Map<Long, Integer> anyEstimated = Map.of();
    int estimatedCells = 0;
    if (settings.interpolate) {
      for (Map.Entry<String, Map<Long, Integer>> e : measured.entrySet()) {
        Map<Long, Integer> estimated = idw.estimate(e.getValue());
        log.debug("estimated {}: {} ms", e.getKey(), (System.nanoTime() - start) / 1_000_000);
        insertEstimates(c, e.getKey(), estimated);
        log.debug("inserted {}: {} ms", e.getKey(), (System.nanoTime() - start) / 1_000_000);
        if (ANY.equals(e.getKey())) {
          anyEstimated = estimated;
          estimatedCells = estimated.size();
        }
      }
    }
    Idw.Agreement agreement = idw.agreement(anyMeasured, samples, settings.agreementFolds);
    log.debug("agreement: {} ms", (System.nanoTime() - start) / 1_000_000);

    progress.step(2, total, STEPS.get(2));
    execute(
        c,
        ("INSERT INTO coverage_hex (cell_i, cell_j, geom)"
                + " SELECT cell_i, cell_j, ST_Transform(ST_SetSRID(ST_Hexagon(%s, cell_i, cell_j),"
                + " %d), 4326) FROM coverage_cell WHERE operator = '*' AND technology = '*'")
            .formatted(num(edge), srid));

    progress.step(3, total, STEPS.get(3));
    Set<Long> dead = new HashSet<>();
    anyMeasured.forEach((k, r) -> addIfDead(dead, k, r));
    anyEstimated.forEach((k, r) -> addIfDead(dead, k, r));
    Map<Long, Integer> zones = DeadZoneFinder.zones(dead);
    execute(
        c,
        "CREATE TEMP TABLE cov_zone_cell (cell_i integer, cell_j integer, zone_id integer,"
            + " estimated boolean, PRIMARY KEY (cell_i, cell_j)) ON COMMIT DROP");
    insertZoneCells(c, zones, anyEstimated.keySet());
    execute(
        c,
        ("CREATE TEMP TABLE cov_village ON COMMIT DROP AS SELECT v.code, h.i, h.j FROM village v"
                + " CROSS JOIN LATERAL (SELECT ST_Transform(v.location, %d) AS t) m"
                + " CROSS JOIN LATERAL coverage_hex(ST_X(m.t), ST_Y(m.t), %s) h")
            .formatted(srid, num(edge)));
    execute(
        c,
        ("CREATE TEMP TABLE cov_usable ON COMMIT DROP AS"
                + " SELECT ST_Centroid(ST_SetSRID(ST_Hexagon(%s, cell_i, cell_j), %d)) AS c"
                + " FROM coverage_cell WHERE operator = '*' AND technology = '*'"
                + " AND NOT estimated AND rank >= %d")
            .formatted(num(edge), srid, settings.usableRank));
    execute(c, "CREATE INDEX ON cov_usable USING gist (c)");
    execute(c, "ANALYZE cov_usable");
    List<String> operators = operators(c);
    insertDeadZones(c, edge, srid, operators);

    progress.step(4, total, STEPS.get(4));
    List<String> withAny = new ArrayList<>();
    withAny.add(ANY);
    withAny.addAll(operators);
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            INSERT INTO village_coverage
                (village_code, operator, class, estimated, samples, stale, confidence, dead_zone_id)
            SELECT cv.code, o.operator, coalesce(cc.class, 'unknown'), coalesce(cc.estimated, false),
                   coalesce(cc.samples, 0), coalesce(cc.stale, false),
                   coalesce(cc.confidence, 'none'), z.zone_id
            FROM cov_village cv
            CROSS JOIN unnest(?::text[]) AS o(operator)
            LEFT JOIN coverage_cell cc ON cc.cell_i = cv.i AND cc.cell_j = cv.j
                AND cc.operator = o.operator AND cc.technology = '*'
            LEFT JOIN cov_zone_cell z ON z.cell_i = cv.i AND z.cell_j = cv.j
            """)) {
      ps.setArray(1, c.createArrayOf("text", withAny.toArray()));
      ps.executeUpdate();
    }
    int villages = (int) number(c, "SELECT count(*) FROM cov_village");

    progress.step(5, total, STEPS.get(5));
    int cells = anyMeasured.size() + anyEstimated.size();
    int deadZones = zones.isEmpty() ? 0 : zones.values().stream().mapToInt(i -> i).max().orElse(0);
    long millis = (System.nanoTime() - start) / 1_000_000;
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            INSERT INTO coverage_run (fingerprint, parameters, survey_points, cells, estimated_cells,
                dead_zones, agreement, millis)
            VALUES (?, ?::jsonb, ?, ?, ?, ?, jsonb_build_object('folds', ?, 'measured_cells', ?,
                'tested_cells', ?, 'correct_cells', ?, 'within_one_class_cells', ?,
                'tested_points', ?, 'correct_points', ?), ?)
            """)) {
      ps.setString(1, fingerprint);
      ps.setString(2, json(settings.parameters()));
      ps.setLong(3, points);
      ps.setInt(4, cells);
      ps.setInt(5, estimatedCells);
      ps.setInt(6, deadZones);
      ps.setInt(7, agreement.folds());
      ps.setInt(8, agreement.measuredCells());
      ps.setInt(9, agreement.testedCells());
      ps.setInt(10, agreement.correctCells());
      ps.setInt(11, agreement.withinOneClassCells());
      ps.setLong(12, agreement.testedPoints());
      ps.setLong(13, agreement.correctPoints());
      ps.setLong(14, millis);
      ps.executeUpdate();
    }
    log.info(
        "Coverage: {} survey points, {} cells ({} estimated), {} dead zones in {} ms",
        points,
        cells,
        estimatedCells,
        deadZones,
        millis);
    return new Result(
        true,
        points,
        cells,
        estimatedCells,
        deadZones,
        villages,
        agreement.cellShare(),
        agreement.testedCells(),
        millis);
  }

  private void addIfDead(Set<Long> dead, long key, int rank) {
    if (rank < settings.usableRank) {
      dead.add(key);
    }
  }

  /**
   * The readings projected to the metric CRS, each with its class rank and signal value, in a
   * temporary table: ST_Transform runs once a point (in a query placing points in cells directly,
   * the inlined cell function would repeat it for every use of x and y).
   */
  private String readingsSql(int srid) {
    return """
        CREATE TEMP TABLE cov_point ON COMMIT DROP AS
        SELECT ST_X(t) AS x, ST_Y(t) AS y, operator, technology,
               coverage_rank(technology, rsrp, rssi, snr) AS rank,
               CASE WHEN technology IN ('4G', '5G') THEN rsrp
                    WHEN technology IN ('2G', '3G') THEN rssi END AS signal,
               observed_at
        FROM (SELECT p.*, ST_Transform(p.location, %d) AS t FROM survey_point p) s
        """
        .formatted(srid);
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
      "cell_i, cell_j, operator, technology, samples, n_none, n_poor, n_fair, n_good,"
          + " signal_measure, signal_median, signal_p10, last_observed, rank, class, estimated,"
          + " stale, confidence";

  /**
   * Per operator and technology, and per technology for any operator, from the readings in one pass
   * (GROUPING SETS); the classes from the counts of readings by class.
   */
  private String measuredCellsSql(double edge) {
    return """
        INSERT INTO coverage_cell (%1$s)
        SELECT i, j, operator, technology, n, n0, n1, n2, n3,
               CASE WHEN technology IN ('4G', '5G') THEN 'rsrp'
                    WHEN technology IN ('2G', '3G') THEN 'rssi' END,
               median, p10, last_observed, %2$s
        FROM (
            SELECT h.i, h.j,
                   CASE WHEN GROUPING(p.operator) = 1 THEN '*' ELSE p.operator END AS operator,
                   p.technology, count(*) AS n,
                   count(*) FILTER (WHERE rank = 0) AS n0, count(*) FILTER (WHERE rank = 1) AS n1,
                   count(*) FILTER (WHERE rank = 2) AS n2, count(*) FILTER (WHERE rank = 3) AS n3,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY signal) AS median,
                   percentile_cont(0.1) WITHIN GROUP (ORDER BY signal) AS p10,
                   max(observed_at) AS last_observed
            FROM cov_point p CROSS JOIN LATERAL coverage_hex(p.x, p.y, %3$s) h
            GROUP BY GROUPING SETS ((h.i, h.j, p.operator, p.technology), (h.i, h.j, p.technology))
        ) g
        """
        .formatted(CELL_COLUMNS, cellValues("n0, n1, n2, n3"), num(edge));
  }

  /** Per operator, any technology: the lower median of all its readings, none included. */
  private String operatorCellsSql() {
    return """
        INSERT INTO coverage_cell (%1$s)
        SELECT cell_i, cell_j, operator, '*', n, n0, n1, n2, n3, NULL, NULL, NULL, last_observed,
               %2$s
        FROM (
            SELECT cell_i, cell_j, operator, sum(samples) AS n, sum(n_none) AS n0,
                   sum(n_poor) AS n1, sum(n_fair) AS n2, sum(n_good) AS n3,
                   max(last_observed) AS last_observed
            FROM coverage_cell WHERE operator <> '*' AND technology <> '*'
            GROUP BY cell_i, cell_j, operator
        ) g
        """
        .formatted(CELL_COLUMNS, cellValues("n0::bigint, n1::bigint, n2::bigint, n3::bigint"));
  }

  /** Any operator, any technology: the best operator's class. */
  private String anyOperatorSql() {
    return """
        INSERT INTO coverage_cell (cell_i, cell_j, operator, technology, samples, n_none, n_poor,
            n_fair, n_good, last_observed, rank, class, estimated, stale, confidence)
        SELECT cell_i, cell_j, '*', '*', sum(samples), sum(n_none), sum(n_poor), sum(n_fair),
               sum(n_good), max(last_observed), max(rank), coverage_class(max(rank)), false,
               max(last_observed) < now() - interval '%1$d months',
               CASE WHEN sum(samples) >= %2$d THEN 'high' WHEN sum(samples) >= %3$d THEN 'medium'
                    ELSE 'low' END
        FROM coverage_cell WHERE technology = '*' AND operator <> '*'
        GROUP BY cell_i, cell_j
        """
        .formatted(
            settings.staleMonths, settings.highConfidenceSamples, settings.mediumConfidenceSamples);
  }

  private static void insertEstimates(Connection c, String operator, Map<Long, Integer> ranks)
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

  private static void insertZoneCells(Connection c, Map<Long, Integer> zones, Set<Long> estimated)
      throws SQLException {
    if (zones.isEmpty()) {
      return;
    }
    Integer[] is = new Integer[zones.size()];
    Integer[] js = new Integer[zones.size()];
    Integer[] zs = new Integer[zones.size()];
    Boolean[] es = new Boolean[zones.size()];
    int n = 0;
    for (Map.Entry<Long, Integer> e : zones.entrySet()) {
      is[n] = HexGrid.i(e.getKey());
      js[n] = HexGrid.j(e.getKey());
      zs[n] = e.getValue();
      es[n++] = estimated.contains(e.getKey());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO cov_zone_cell SELECT * FROM"
                + " unnest(?::integer[], ?::integer[], ?::integer[], ?::boolean[])")) {
      ps.setArray(1, c.createArrayOf("integer", is));
      ps.setArray(2, c.createArrayOf("integer", js));
      ps.setArray(3, c.createArrayOf("integer", zs));
      ps.setArray(4, c.createArrayOf("boolean", es));
      ps.executeUpdate();
    }
  }

  private static void insertDeadZones(Connection c, double edge, int srid, List<String> operators)
      throws SQLException {
    String sql =
        """
        WITH zc AS (
            SELECT zone_id, estimated, ST_SetSRID(ST_Hexagon(%1$s, cell_i, cell_j), %2$d) AS g
            FROM cov_zone_cell),
        z AS (
            SELECT zone_id, ST_UnaryUnion(ST_Collect(g)) AS g, count(*) AS cells,
                   count(*) FILTER (WHERE NOT estimated) AS measured
            FROM zc GROUP BY zone_id),
        vz AS (
            SELECT zc.zone_id, array_agg(v.code ORDER BY v.code) AS codes,
                   array_agg(v.name ORDER BY v.code) AS names, sum(v.households) AS households,
                   sum(v.residents) AS residents, sum(v.eligible) AS eligible,
                   sum(v.eligible - v.eid_done) AS eid_missing,
                   (array_agg(ST_Transform(v.location, %2$d) ORDER BY v.households DESC, v.code))[1]
                       AS anchor
            FROM cov_village cv
            JOIN cov_zone_cell zc ON zc.cell_i = cv.i AND zc.cell_j = cv.j
            JOIN village v ON v.code = cv.code
            GROUP BY zc.zone_id),
        om AS (
            SELECT zc.zone_id, array_agg(DISTINCT cc.operator ORDER BY cc.operator) AS ops
            FROM cov_zone_cell zc
            JOIN coverage_cell cc ON cc.cell_i = zc.cell_i AND cc.cell_j = zc.cell_j
                AND cc.technology = '*' AND cc.operator <> '*' AND NOT cc.estimated
            GROUP BY zc.zone_id)
        INSERT INTO dead_zone (id, geom, area_km2, cells, measured_share, estimated_share,
            village_codes, village_names, households, residents, eligible, eid_missing,
            operators_absent, operators_measured, nearest_usable_m)
        SELECT z.zone_id, ST_Multi(ST_Transform(z.g, 4326)), ST_Area(z.g) / 1e6, z.cells,
               z.measured::float8 / z.cells, 1 - z.measured::float8 / z.cells,
               coalesce(vz.codes, '{}'), coalesce(vz.names, '{}'), coalesce(vz.households, 0),
               coalesce(vz.residents, 0), coalesce(vz.eligible, 0), coalesce(vz.eid_missing, 0),
               ?::text[], coalesce(om.ops, '{}'),
               (SELECT ST_Distance(a.p, u.c) FROM cov_usable u ORDER BY u.c <-> a.p LIMIT 1)
        FROM z LEFT JOIN vz USING (zone_id) LEFT JOIN om USING (zone_id)
        CROSS JOIN LATERAL (SELECT coalesce(vz.anchor, ST_PointOnSurface(z.g)) AS p) a
        """
            .formatted(num(edge), srid);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", operators.toArray()));
      ps.executeUpdate();
    }
  }

  private static List<String> operators(Connection c) throws SQLException {
    List<String> ops = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT operator FROM coverage_cell WHERE operator <> '*'"
                    + " AND technology = '*' AND NOT estimated ORDER BY 1")) {
      while (rs.next()) {
        ops.add(rs.getString(1));
      }
    }
    return ops;
  }

  /** What the layer depends on: the survey points, the villages, the settings and the day. */
  private String fingerprint(Connection c) throws SQLException {
    return text(
            c,
            "SELECT count(*) || '/' || coalesce(max(import_id), 0) || '/'"
                + " || coalesce(sum(line_no), 0) FROM survey_point")
        + "|"
        + text(
            c,
            "SELECT count(*) || '/' || coalesce(max(updated_at)::text, '')"
                + " || '/' || coalesce(sum(households + residents + eligible + eid_done), 0)"
                + " FROM village")
        + "|"
        + text(c, "SELECT current_date::text")
        + "|"
        + json(settings.parameters());
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

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static void execute(Connection c, String sql) throws SQLException {
    long t = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
    if (log.isDebugEnabled()) {
      log.debug(
          "{} ms: {}",
          (System.nanoTime() - t) / 1_000_000,
          sql.strip().lines().findFirst().orElse(""));
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static long number(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
