package org.outreachplanner.coverage;

import static org.outreachplanner.coverage.Sql.execute;
import static org.outreachplanner.coverage.Sql.num;
import static org.outreachplanner.coverage.Sql.number;
import static org.outreachplanner.coverage.Sql.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.survey.SurveysImported;
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
  private final CellStatements statements;

  public CoverageService(DataSource dataSource, CoverageSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.statements = new CellStatements(settings);
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
        if (result.computed()) {
          // fresh statistics for the readers' queries (the map's hexagons by bounding box), instead
          // of waiting for autovacuum: with the old ones the first query of a new layer can take
          // minutes
          c.setAutoCommit(true);
          try (Statement s = c.createStatement()) {
            s.execute("ANALYZE coverage_hex, coverage_cell, dead_zone, village_coverage");
          }
        }
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
    execute(c, statements.readingsSql(srid));
    execute(c, statements.measuredCellsSql(edge));
    execute(c, statements.operatorCellsSql());
    execute(c, statements.anyOperatorSql());

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
        CellStatements.insertEstimates(c, e.getKey(), estimated);
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
    DeadZoneWriter.insertZoneCells(c, zones, anyEstimated.keySet());
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
    List<String> operators = DeadZoneWriter.operators(c);
    DeadZoneWriter.insertDeadZones(c, edge, srid, operators);

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
}
