package org.outreachplanner.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.io.WKBWriter;
import org.outreachplanner.api.FeatureCollectionSql;
import org.outreachplanner.api.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Road closures: stored as drawn or imported, applied by outreach_edge_costs for the dates they are
 * in force (no network rebuild needed).
 */
@Repository
public class ClosureRepository {

  private static final String INSERT_CLOSURE =
      """
      INSERT INTO road_closure (name, reason, closed_from, closed_to, geom)
      VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
      RETURNING id
      """;

  private static final String DELETE_CLOSURE = "DELETE FROM road_closure WHERE id = ?";

  private static final String SELECT_ACTIVE =
      """
      SELECT id, name, reason, closed_from, closed_to
        FROM road_closure
       WHERE ? BETWEEN closed_from AND closed_to
       ORDER BY id
      """;

  private static final String CLOSURE_SET = "SELECT outreach_closure_set(?)";

  private static final String CLOSED_EDGES =
      "SELECT edge_id, closure_id FROM outreach_closed_edges(?)";

  private static final String PLACE_CLOSURES =
      """
      SELECT closure_id, name, reason, closed_from, closed_to, closed_edges, distance_m
        FROM outreach_place_closures(?, ?, ?)
      """;

  /** One closure (alias c) as a GeoJSON Feature, coordinates to 6 decimals. */
  private static final String CLOSURE_FEATURE =
      """
      json_build_object(
          'type', 'Feature',
          'id', c.id,
          'geometry', ST_AsGeoJSON(c.geom, 6)::json,
          'properties', json_build_object(
              'id', c.id,
              'name', c.name,
              'reason', c.reason,
              'closed_from', c.closed_from,
              'closed_to', c.closed_to))
      """;

  private static final String PAGE =
      """
      SELECT c.id AS code, %s AS feature
        FROM road_closure c
       WHERE %%s
       ORDER BY c.id
       LIMIT :limit OFFSET :offset
      """
          .formatted(CLOSURE_FEATURE);

  private static final String COUNT = "SELECT count(*) FROM road_closure c WHERE %s";

  private static final String ALL = "true";
  private static final String IN_FORCE = ":on BETWEEN c.closed_from AND c.closed_to";

  private static final String SELECT_ALL_CLOSURES =
      FeatureCollectionSql.of(PAGE.formatted(ALL), COUNT.formatted(ALL));
  private static final String SELECT_CLOSURES_IN_FORCE =
      FeatureCollectionSql.of(PAGE.formatted(IN_FORCE), COUNT.formatted(IN_FORCE));

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  ClosureRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
    this.jdbc = jdbc;
    this.named = named;
  }

  /** Stores a closure; returns its id. It applies to the costs at once. */
  public long add(ClosureInput closure) {
    Long id =
        jdbc.queryForObject(
            INSERT_CLOSURE,
            Long.class,
            closure.name(),
            closure.reason(),
            closure.closedFrom(),
            closure.closedTo(),
            new WKBWriter(2).write(closure.geometry()));
    return id == null ? 0 : id;
  }

  /** Deletes a closure; false when there was none with this id. */
  public boolean delete(long id) {
    return jdbc.update(DELETE_CLOSURE, id) > 0;
  }

  /** The closures in force on {@code date}, by id. */
  public List<Closure> closuresActiveOn(LocalDate date) {
    return jdbc.query(SELECT_ACTIVE, ClosureRepository::closure, date);
  }

  /**
   * A key naming the set of closures in force on {@code date}: their ids in ascending order joined
   * by commas, "" when there are none. Two dates with the same key have the same costs.
   */
  public String closureSetKey(LocalDate date) {
    return jdbc.queryForObject(CLOSURE_SET, String.class, date);
  }

  /** The edges closed on {@code date}, with the closure that closes each. */
  public List<ClosedEdge> closedEdges(LocalDate date) {
    return jdbc.query(CLOSED_EDGES, (rs, n) -> new ClosedEdge(rs.getLong(1), rs.getLong(2)), date);
  }

  /**
   * The closures in force on {@code date} that close edges of the network component the place is
   * attached to, nearest first: the ones to name when the place cannot be reached that day.
   */
  public List<PlaceClosure> closuresAffecting(String placeKind, String placeCode, LocalDate date) {
    return jdbc.query(
        PLACE_CLOSURES,
        (rs, n) ->
            new PlaceClosure(
                rs.getLong("closure_id"),
                rs.getString("name"),
                rs.getString("reason"),
                rs.getObject("closed_from", LocalDate.class),
                rs.getObject("closed_to", LocalDate.class),
                rs.getLong("closed_edges"),
                rs.getDouble("distance_m")),
        placeKind,
        placeCode,
        date);
  }

  /** The closures as a GeoJSON FeatureCollection, all of them or those in force on a date. */
  byte[] features(LocalDate inForceOn, Paging paging, UriComponentsBuilder query) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = SELECT_ALL_CLOSURES;
    if (inForceOn != null) {
      params.addValue("on", inForceOn);
      sql = SELECT_CLOSURES_IN_FORCE;
    }
    return FeatureCollectionSql.run(named, sql, params, paging, query);
  }

  private static Closure closure(ResultSet rs, int n) throws SQLException {
    return new Closure(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("reason"),
        rs.getObject("closed_from", LocalDate.class),
        rs.getObject("closed_to", LocalDate.class));
  }
}
