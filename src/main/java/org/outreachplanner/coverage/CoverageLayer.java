package org.outreachplanner.coverage;

import static org.outreachplanner.coverage.Sql.execute;
import static org.outreachplanner.coverage.Sql.num;
import static org.outreachplanner.coverage.Sql.number;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One recompute of the coverage layer on the recompute's connection, in the steps of {@link
 * CoverageService#STEPS}: the survey points to measured cells, the estimates of the cells between,
 * the hexagons, the dead zones, the villages' classes, and the run's record.
 */
final class CoverageLayer {

  /** The recompute's log lines are the service's. */
  private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

  private static final String ANY = CoverageService.ANY;

  /** The villages' classes into village_coverage (or a table like it: %1$s). */
  static final String INSERT_VILLAGE_COVERAGE =
      """
      INSERT INTO %1$s
          (village_code, operator, class, estimated, samples, stale, confidence, dead_zone_id)
      SELECT cv.code, o.operator, coalesce(cc.class, 'unknown'), coalesce(cc.estimated, false),
             coalesce(cc.samples, 0), coalesce(cc.stale, false),
             coalesce(cc.confidence, 'none'), z.zone_id
      FROM cov_village cv
      CROSS JOIN unnest(?::text[]) AS o(operator)
      LEFT JOIN coverage_cell cc ON cc.cell_i = cv.i AND cc.cell_j = cv.j
          AND cc.operator = o.operator AND cc.technology = '*'
      LEFT JOIN cov_zone_cell z ON z.cell_i = cv.i AND z.cell_j = cv.j
      """;

  /** The cells' ranks for any operator, measured and estimated, and the agreement check. */
  private record Estimates(
      Map<Long, Integer> anyMeasured,
      Map<Long, Integer> anyEstimated,
      int estimatedCells,
      Idw.Agreement agreement) {}

  private final Connection c;
  private final CoverageSettings settings;
  private final CellStatements statements;
  private final CoverageService.Progress progress;
  private final long start;
  private final double edge;
  private final int srid;

  /**
   * The UTM zone of the centre of the survey points (of the villages when there are none): the
   * metric CRS of the hexagons when outreach.coverage.srid is auto.
   */
  static final String AREA_SRID =
      """
      SELECT coalesce(
          (SELECT utm_srid(ST_SetSRID(ST_Extent(location)::geometry, 4326)) FROM survey_point),
          (SELECT utm_srid(ST_SetSRID(ST_Extent(location)::geometry, 4326)) FROM village),
          utm_srid(0, 0))
      """;

  /**
   * @param start when the recompute started ({@link System#nanoTime}), for the time it took
   */
  CoverageLayer(
      Connection c,
      CoverageSettings settings,
      CellStatements statements,
      CoverageService.Progress progress,
      long start)
      throws SQLException {
    this.c = c;
    this.settings = settings;
    this.statements = statements;
    this.progress = progress;
    this.start = start;
    this.edge = settings.edgeM();
    this.srid = settings.srid != 0 ? settings.srid : (int) number(c, AREA_SRID);
  }

  /** Writes the layer anew and records the run as computed from {@code fingerprint}. */
  CoverageService.Result write(String fingerprint) throws SQLException {
    step(0);
    long points = measure();
    step(1);
    Estimates estimates = estimate();
    step(2);
    writeHexagons();
    step(3);
    Map<Long, Integer> zones = deadZoneCells(estimates);
    List<String> operators = writeDeadZones(zones, estimates);
    step(4);
    int villages = writeVillageCoverage(operators);
    step(5);
    int cells = estimates.anyMeasured().size() + estimates.anyEstimated().size();
    int deadZones = zones.isEmpty() ? 0 : zones.values().stream().mapToInt(i -> i).max().orElse(0);
    long millis = elapsedMillis();
    CoverageService.Result result =
        new CoverageService.Result(
            true,
            points,
            cells,
            estimates.estimatedCells(),
            deadZones,
            villages,
            estimates.agreement().cellShare(),
            estimates.agreement().testedCells(),
            millis);
    CoverageRuns.insert(c, fingerprint, settings, srid, result, estimates.agreement());
    log.info(
        "Coverage: {} survey points, {} cells ({} estimated), {} dead zones in {} ms",
        points,
        cells,
        estimates.estimatedCells(),
        deadZones,
        millis);
    return result;
  }

  private void step(int index) {
    progress.step(index, CoverageService.STEPS.size(), CoverageService.STEPS.get(index));
  }

  private long elapsedMillis() {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Empties the layer and puts the survey points in measured cells; returns how many points. */
  private long measure() throws SQLException {
    execute(c, "DELETE FROM village_coverage");
    execute(c, "DELETE FROM dead_zone");
    execute(c, "DELETE FROM coverage_cell");
    execute(c, "DELETE FROM coverage_hex");
    long points = number(c, "SELECT count(*) FROM survey_point");
    execute(c, statements.readingsSql(srid));
    execute(c, statements.groupsSql(edge));
    execute(c, statements.measuredCellsSql());
    execute(c, statements.operatorCellsSql());
    execute(c, statements.anyOperatorSql());
    execute(c, CellStatements.ANY_UNKNOWN_SQL);
    return points;
  }

  /**
   * Estimates the unmeasured cells of each operator from the measured ones (when interpolation is
   * on) and checks the estimates against the measurements.
   */
  private Estimates estimate() throws SQLException {
    Map<String, Map<Long, Integer>> measured = new TreeMap<>();
    Map<Long, Integer> samples = new HashMap<>();
    readMeasured(measured, samples);
    log.debug("read measured cells: {} ms", elapsedMillis());
    Map<Long, Integer> anyMeasured = measured.getOrDefault(ANY, Map.of());
    Idw idw =
        new Idw(
            new HexGrid(edge), settings.idwRadiusM, settings.idwPower, settings.idwMinNeighbours);
    Map<Long, Integer> anyEstimated = Map.of();
    int estimatedCells = 0;
    if (settings.interpolate) {
      for (Map.Entry<String, Map<Long, Integer>> e : measured.entrySet()) {
        Map<Long, Integer> estimated = idw.estimate(e.getValue());
        log.debug("estimated {}: {} ms", e.getKey(), elapsedMillis());
        CellStatements.insertEstimates(c, e.getKey(), estimated);
        log.debug("inserted {}: {} ms", e.getKey(), elapsedMillis());
        if (ANY.equals(e.getKey())) {
          anyEstimated = estimated;
          estimatedCells = estimated.size();
        }
      }
    }
    Idw.Agreement agreement = idw.agreement(anyMeasured, samples, settings.agreementFolds);
    log.debug("agreement: {} ms", elapsedMillis());
    return new Estimates(anyMeasured, anyEstimated, estimatedCells, agreement);
  }

  /** The measured cells' ranks by operator, and the samples of the cells of any operator. */
  private void readMeasured(Map<String, Map<Long, Integer>> measured, Map<Long, Integer> samples)
      throws SQLException {
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
  }

  /** The outline of every cell of any operator and technology. */
  private void writeHexagons() throws SQLException {
    execute(
        c,
        ("INSERT INTO coverage_hex (cell_i, cell_j, geom)"
                + " SELECT cell_i, cell_j, ST_Transform(ST_SetSRID(ST_Hexagon(%s, cell_i, cell_j),"
                + " %d), 4326) FROM coverage_cell WHERE operator = '*' AND technology = '*'")
            .formatted(num(edge), srid));
  }

  /** The dead cells (measured or estimated below usable) by zone: each cell's zone number. */
  private Map<Long, Integer> deadZoneCells(Estimates estimates) {
    Set<Long> dead = new HashSet<>();
    estimates.anyMeasured().forEach((k, r) -> addIfDead(dead, k, r));
    estimates.anyEstimated().forEach((k, r) -> addIfDead(dead, k, r));
    return DeadZoneFinder.zones(dead);
  }

  private void addIfDead(Set<Long> dead, long key, int rank) {
    if (rank < settings.usableRank) {
      dead.add(key);
    }
  }

  /**
   * Writes the dead zones with their figures, leaving the villages' cells and the zones' cells in
   * temporary tables for the villages' classes; returns the operators measured.
   */
  private List<String> writeDeadZones(Map<Long, Integer> zones, Estimates estimates)
      throws SQLException {
    DeadZoneWriter.stageInputs(
        c, zones, estimates.anyEstimated().keySet(), edge, srid, settings.usableRank);
    List<String> operators = DeadZoneWriter.operators(c);
    DeadZoneWriter.insertDeadZones(c, edge, srid, operators);
    return operators;
  }

  /** Each village's class for any operator and for each one; returns how many villages. */
  private int writeVillageCoverage(List<String> operators) throws SQLException {
    List<String> withAny = new ArrayList<>();
    withAny.add(ANY);
    withAny.addAll(operators);
    try (PreparedStatement ps =
        c.prepareStatement(INSERT_VILLAGE_COVERAGE.formatted("village_coverage"))) {
      ps.setArray(1, c.createArrayOf("text", withAny.toArray()));
      ps.executeUpdate();
    }
    return (int) number(c, "SELECT count(*) FROM cov_village");
  }
}
