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
 * A recompute of the coverage layer where the readings of some provinces changed, equal to a full
 * recompute: the measured cells are computed again from the readings of the cells that the
 * provinces' extent reaches (plus two cells), the estimates and hexagons again within the
 * interpolation radius of those, and the dead zones and village classes again from the cells of the
 * whole layer (no readings read), written as a difference so that rows that stay the same are not
 * touched. Rows of the other provinces' cells are left as they are.
 */
final class AreaLayer {

  private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

  private static final String ANY = CoverageService.ANY;

  /**
   * The cells (i, j) of the corners of the extent in the metric CRS of the provinces' communes and
   * of a WGS84 area outside them (its outline segmentized so that its transform bounds it).
   */
  private static final String BOX =
      """
      SELECT min(h.i), max(h.i), min(h.j), max(h.j),
             ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
      FROM (SELECT ST_Extent(g)::geometry AS e
            FROM (SELECT ST_Transform(boundary, %1$d) AS g FROM commune
                  WHERE province_code = ANY(?)
                  UNION ALL
                  SELECT ST_Transform(ST_Segmentize(ST_Envelope(ST_GeomFromText(?, 4326)), 0.01),
                      %1$d)
                  WHERE ?::text IS NOT NULL) a) x
      CROSS JOIN LATERAL (VALUES (ST_XMin(e), ST_YMin(e)), (ST_XMin(e), ST_YMax(e)),
          (ST_XMax(e), ST_YMin(e)), (ST_XMax(e), ST_YMax(e))) AS p(x, y)
      CROSS JOIN LATERAL coverage_hex(p.x, p.y, %2$s) h
      WHERE e IS NOT NULL
      GROUP BY e
      """;

  /** A rectangle of cells (i0..i1, j0..j1), and the metric extent it was made from. */
  record Box(int i0, int i1, int j0, int j1, double[] extent) {

    Box grown(int cells) {
      return new Box(i0 - cells, i1 + cells, j0 - cells, j1 + cells, extent);
    }

    String where(String i, String j) {
      return "%s BETWEEN %d AND %d AND %s BETWEEN %d AND %d".formatted(i, i0, i1, j, j0, j1);
    }

    boolean holds(long key) {
      int i = HexGrid.i(key);
      int j = HexGrid.j(key);
      return i >= i0 && i <= i1 && j >= j0 && j <= j1;
    }
  }

  private final Connection c;
  private final CoverageSettings settings;
  private final CellStatements statements;
  private final double edge;
  private final int srid;
  private final int rings;

  AreaLayer(Connection c, CoverageSettings settings, CellStatements statements, int srid) {
    this.c = c;
    this.settings = settings;
    this.statements = statements;
    this.edge = settings.edgeM();
    this.srid = srid;
    this.rings = new HexGrid(edge).ringsWithin(settings.idwRadiusM);
  }

  /**
   * The cells whose readings may lie where readings changed (the corner cells of the extent, two
   * more on each side), or null when that is nowhere.
   */
  Box box(ProvinceReadings.Changes changes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(BOX.formatted(srid, num(edge)))) {
      ps.setArray(1, c.createArrayOf("text", changes.provinces().toArray()));
      ps.setString(2, changes.outside());
      ps.setString(3, changes.outside());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        double[] extent = {rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)};
        return new Box(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), extent).grown(2);
      }
    }
  }

  /** Recomputes the measured cells of {@code box} from their readings; returns how many read. */
  long measure(Box box) throws SQLException {
    Box near = box.grown(rings);
    execute(c, "DELETE FROM coverage_cell WHERE " + box.where("cell_i", "cell_j"));
    execute(c, "DELETE FROM coverage_cell WHERE estimated AND " + near.where("cell_i", "cell_j"));
    execute(c, "DELETE FROM coverage_hex WHERE " + near.where("cell_i", "cell_j"));
    double[] e = box.extent();
    // every reading of a cell of the box lies within 7 edges of the extent: a corner's cell centre
    // is within an edge of the corner, two columns (3 edges) or two rows and a half (4.4 edges)
    // beyond it lies the box's last centre, and a reading is within an edge of its cell's centre;
    // the box is segmentized so that its outline in WGS84 bounds it
    double margin = 8 * edge;
    String readings =
        ("p.location && ST_Transform(ST_Segmentize(ST_MakeEnvelope(%s, %s, %s, %s, %d), %s),"
                + " 4326)")
            .formatted(
                num(e[0] - margin),
                num(e[1] - margin),
                num(e[2] + margin),
                num(e[3] + margin),
                srid,
                num(edge));
    execute(c, statements.readingsSql(srid, readings));
    long points = number(c, "SELECT count(*) FROM cov_point");
    execute(c, statements.groupsSql(edge, box.where("h.i", "h.j")));
    execute(c, statements.measuredCellsSql());
    execute(c, statements.operatorCellsSql());
    execute(c, statements.anyOperatorSql(box.where("cell_i", "cell_j")));
    execute(c, CellStatements.ANY_UNKNOWN_SQL);
    return points;
  }

  /**
   * Estimates the unmeasured cells within the radius of the box from the measured cells within
   * twice the radius; returns how many cells were estimated there.
   */
  int estimate(Box box) throws SQLException {
    if (!settings.interpolate) {
      return 0;
    }
    Box near = box.grown(rings);
    Map<String, Map<Long, Integer>> measured = new TreeMap<>();
    String sql =
        "SELECT operator, cell_i, cell_j, rank FROM coverage_cell WHERE technology = '*'"
            + " AND NOT estimated AND "
            + near.grown(rings).where("cell_i", "cell_j");
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        measured
            .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
            .put(HexGrid.key(rs.getInt(2), rs.getInt(3)), rs.getInt(4));
      }
    }
    Idw idw =
        new Idw(
            new HexGrid(edge), settings.idwRadiusM, settings.idwPower, settings.idwMinNeighbours);
    int estimated = 0;
    for (Map.Entry<String, Map<Long, Integer>> e : measured.entrySet()) {
      Map<Long, Integer> inside = new HashMap<>();
      idw.estimate(e.getValue())
          .forEach(
              (k, r) -> {
                if (near.holds(k)) {
                  inside.put(k, r);
                }
              });
      CellStatements.insertEstimates(c, e.getKey(), inside);
      if (ANY.equals(e.getKey())) {
        estimated = inside.size();
      }
    }
    execute(
        c,
        ("INSERT INTO coverage_hex (cell_i, cell_j, geom)"
                + " SELECT cell_i, cell_j, ST_Transform(ST_SetSRID(ST_Hexagon(%s, cell_i, cell_j),"
                + " %d), 4326) FROM coverage_cell WHERE operator = '*' AND technology = '*' AND %s")
            .formatted(num(edge), srid, near.where("cell_i", "cell_j")));
    return estimated;
  }

  /** The agreement of estimates and measurements over the whole layer. */
  Idw.Agreement agreement() throws SQLException {
    Map<Long, Integer> ranks = new HashMap<>();
    Map<Long, Integer> samples = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT cell_i, cell_j, rank, samples FROM coverage_cell"
                    + " WHERE operator = '*' AND technology = '*' AND NOT estimated")) {
      while (rs.next()) {
        long key = HexGrid.key(rs.getInt(1), rs.getInt(2));
        ranks.put(key, rs.getInt(3));
        samples.put(key, rs.getInt(4));
      }
    }
    Idw idw =
        new Idw(
            new HexGrid(edge), settings.idwRadiusM, settings.idwPower, settings.idwMinNeighbours);
    return idw.agreement(ranks, samples, settings.agreementFolds);
  }

  /**
   * The dead zones and village classes of the whole layer, from its cells, written where they
   * differ; returns the number of dead zones.
   */
  int zonesAndVillages() throws SQLException {
    Set<Long> dead = new HashSet<>();
    Set<Long> estimated = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT cell_i, cell_j, estimated FROM coverage_cell WHERE operator = '*'"
                    + " AND technology = '*' AND rank < "
                    + settings.usableRank)) {
      while (rs.next()) {
        long key = HexGrid.key(rs.getInt(1), rs.getInt(2));
        dead.add(key);
        if (rs.getBoolean(3)) {
          estimated.add(key);
        }
      }
    }
    Map<Long, Integer> zones = DeadZoneFinder.zones(dead);
    DeadZoneWriter.stageInputs(c, zones, estimated, edge, srid, settings.usableRank);
    List<String> operators = DeadZoneWriter.operators(c);
    execute(c, "CREATE TEMP TABLE cov_dead_zone (LIKE dead_zone) ON COMMIT DROP");
    DeadZoneWriter.insertDeadZones(c, "cov_dead_zone", edge, srid, operators);
    execute(c, "CREATE TEMP TABLE cov_village_coverage (LIKE village_coverage) ON COMMIT DROP");
    List<String> withAny = new ArrayList<>();
    withAny.add(ANY);
    withAny.addAll(operators);
    try (PreparedStatement ps =
        c.prepareStatement(
            CoverageLayer.INSERT_VILLAGE_COVERAGE.formatted("cov_village_coverage"))) {
      ps.setArray(1, c.createArrayOf("text", withAny.toArray()));
      ps.executeUpdate();
    }
    // the villages first: their dead_zone_id refers to no key, but a reader joins the two
    writeChanged("village_coverage", "cov_village_coverage");
    writeChanged("dead_zone", "cov_dead_zone");
    log.debug("dead zones and villages written where they changed");
    return zones.isEmpty() ? 0 : zones.values().stream().mapToInt(i -> i).max().orElse(0);
  }

  /** Makes {@code table} hold the rows of {@code fresh}, touching only the rows that differ. */
  private void writeChanged(String table, String fresh) throws SQLException {
    execute(
        c,
        "DELETE FROM %1$s t WHERE t::text NOT IN (SELECT f::text FROM %2$s f)"
            .formatted(table, fresh));
    execute(
        c,
        "INSERT INTO %1$s SELECT * FROM %2$s f WHERE f::text NOT IN (SELECT t::text FROM %1$s t)"
            .formatted(table, fresh));
  }

  /** The number of cells of the whole layer, measured and estimated, of any operator. */
  int cells() throws SQLException {
    return (int)
        number(c, "SELECT count(*) FROM coverage_cell WHERE operator = '*' AND technology = '*'");
  }

  /** The number of villages. */
  int villages() throws SQLException {
    return (int) number(c, "SELECT count(*) FROM village");
  }
}
