package org.outreachplanner.traveltime;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The road edges of a route: its line, and the closures that close any of them on a date. */
@Repository
class RouteRepository {

  /**
   * The edges in travel order, each turned to run the way it is travelled, joined into one
   * LineString as GeoJSON ([lon, lat], 6 decimals).
   */
  private static final String SELECT_ROUTE_LINE =
      """
      SELECT ST_AsGeoJSON(ST_RemoveRepeatedPoints(
                 ST_MakeLine(CASE WHEN r.forward THEN e.geom ELSE ST_Reverse(e.geom) END
                             ORDER BY r.ord)), 6)
        FROM unnest(CAST(:edges AS bigint[]), CAST(:forward AS boolean[]))
             WITH ORDINALITY AS r(edge_id, forward, ord)
        JOIN road_edge e ON e.id = r.edge_id
      """;

  private static final String SELECT_CLOSURES_ON_EDGES =
      """
      SELECT DISTINCT c.name
        FROM outreach_closed_edges(:date) x
        JOIN road_closure c ON c.id = x.closure_id
       WHERE x.edge_id = ANY(CAST(:edges AS bigint[]))
       ORDER BY c.name
      """;

  private static final String SELECT_OFFROAD_EDGES =
      """
      SELECT id FROM road_edge WHERE id = ANY(CAST(:edges AS bigint[])) AND road_class = 'offroad'
      """;

  private final NamedParameterJdbcTemplate jdbc;

  RouteRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The route's line as GeoJSON geometry text; null for a route of no edges. */
  String line(long[] edgeIds, boolean[] forward) {
    if (edgeIds.length == 0) {
      return null;
    }
    Boolean[] directions = new Boolean[forward.length];
    for (int i = 0; i < forward.length; i++) {
      directions[i] = forward[i];
    }
    Long[] ids = java.util.Arrays.stream(edgeIds).boxed().toArray(Long[]::new);
    return jdbc.queryForObject(
        SELECT_ROUTE_LINE,
        new MapSqlParameterSource("edges", ids).addValue("forward", directions),
        String.class);
  }

  /** Which of these edges are off-road legs between a place and the road. */
  java.util.Set<Long> offroad(long[] edgeIds) {
    Long[] ids = java.util.Arrays.stream(edgeIds).boxed().toArray(Long[]::new);
    return new java.util.HashSet<>(
        jdbc.queryForList(
            SELECT_OFFROAD_EDGES, new MapSqlParameterSource("edges", ids), Long.class));
  }

  /** The names of the closures in force on {@code date} that close any of these edges. */
  List<String> closuresOn(long[] edgeIds, LocalDate date) {
    Long[] ids = java.util.Arrays.stream(edgeIds).boxed().toArray(Long[]::new);
    return jdbc.queryForList(
        SELECT_CLOSURES_ON_EDGES,
        new MapSqlParameterSource("edges", ids).addValue("date", Date.valueOf(date)),
        String.class);
  }
}
