package org.outreachplanner.coverage;

import static org.outreachplanner.coverage.Sql.execute;
import static org.outreachplanner.coverage.Sql.num;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the dead zones of a recompute: their cells, then one row per zone with its figures. */
final class DeadZoneWriter {

  private DeadZoneWriter() {}

  /**
   * The temporary tables the dead zones and village classes are built from, for this transaction:
   * the zones' cells ({@code cov_zone_cell}), each village's cell ({@code cov_village}) and the
   * centres of the usable measured cells ({@code cov_usable}, indexed), for a full recompute and an
   * area's alike.
   */
  static void stageInputs(
      Connection c,
      Map<Long, Integer> zones,
      Set<Long> estimated,
      double edge,
      int srid,
      int usableRank)
      throws SQLException {
    execute(
        c,
        "CREATE TEMP TABLE cov_zone_cell (cell_i integer, cell_j integer, zone_id integer,"
            + " estimated boolean, PRIMARY KEY (cell_i, cell_j)) ON COMMIT DROP");
    insertZoneCells(c, zones, estimated);
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
            .formatted(num(edge), srid, usableRank));
    execute(c, "CREATE INDEX ON cov_usable USING gist (c)");
    execute(c, "ANALYZE cov_usable");
  }

  static void insertZoneCells(Connection c, Map<Long, Integer> zones, Set<Long> estimated)
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

  static void insertDeadZones(Connection c, double edge, int srid, List<String> operators)
      throws SQLException {
    insertDeadZones(c, "dead_zone", edge, srid, operators);
  }

  /** The dead zones of cov_zone_cell into {@code table} (dead_zone or a table like it). */
  static void insertDeadZones(
      Connection c, String table, double edge, int srid, List<String> operators)
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
                   count(*) FILTER (WHERE num_nulls(v.households, v.residents, v.eligible,
                       v.eid_done) > 0) AS without_figures,
                   (array_agg(ST_Transform(v.location, %2$d)
                       ORDER BY v.households DESC NULLS LAST, v.code))[1] AS anchor
            FROM cov_village cv
            JOIN cov_zone_cell zc ON zc.cell_i = cv.i AND zc.cell_j = cv.j
            JOIN village v ON v.code = cv.code
            GROUP BY zc.zone_id),
        om AS (
            SELECT zc.zone_id, array_agg(DISTINCT cc.operator ORDER BY cc.operator) AS ops
            FROM cov_zone_cell zc
            JOIN coverage_cell cc ON cc.cell_i = zc.cell_i AND cc.cell_j = zc.cell_j
                AND cc.technology = '*' AND cc.operator <> '*' AND NOT cc.estimated
            GROUP BY zc.zone_id),
        rd AS (
            SELECT zc.zone_id, sum(cc.samples) AS readings
            FROM cov_zone_cell zc
            JOIN coverage_cell cc ON cc.cell_i = zc.cell_i AND cc.cell_j = zc.cell_j
                AND cc.technology = '*' AND cc.operator = '*' AND NOT cc.estimated
            GROUP BY zc.zone_id)
        INSERT INTO %3$s (id, geom, area_km2, cells, measured_share, estimated_share,
            village_codes, village_names, households, residents, eligible, eid_missing,
            operators_absent, operators_measured, nearest_usable_m, villages_without_figures,
            readings)
        SELECT z.zone_id, ST_Multi(ST_Transform(z.g, 4326)),
               ST_Area(ST_Transform(z.g, 4326)::geography) / 1e6, z.cells,
               z.measured::float8 / z.cells, 1 - z.measured::float8 / z.cells,
               coalesce(vz.codes, '{}'), coalesce(vz.names, '{}'), coalesce(vz.households, 0),
               coalesce(vz.residents, 0), coalesce(vz.eligible, 0), coalesce(vz.eid_missing, 0),
               ?::text[], coalesce(om.ops, '{}'),
               (SELECT ST_Distance(a.p, u.c) FROM cov_usable u ORDER BY u.c <-> a.p LIMIT 1),
               coalesce(vz.without_figures, 0), coalesce(rd.readings, 0)
        FROM z LEFT JOIN vz USING (zone_id) LEFT JOIN om USING (zone_id)
        LEFT JOIN rd USING (zone_id)
        CROSS JOIN LATERAL (SELECT coalesce(vz.anchor, ST_PointOnSurface(z.g)) AS p) a
        """
            .formatted(num(edge), srid, table);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", operators.toArray()));
      ps.executeUpdate();
    }
  }

  static List<String> operators(Connection c) throws SQLException {
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
}
