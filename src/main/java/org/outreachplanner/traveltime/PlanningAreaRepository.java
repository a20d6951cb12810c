package org.outreachplanner.traveltime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.network.PlaceRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Planning areas (communes, provinces) and their places, with where each joins the network. */
@Repository
class PlanningAreaRepository {

  private static final String SELECT_AREA =
      """
      SELECT 'commune' AS kind, code, name, province_code FROM commune WHERE code = :code
      UNION ALL
      SELECT 'province', code, name, code FROM province WHERE code = :code
      """;

  private static final String SELECT_PROVINCES =
      "SELECT 'province' AS kind, code, name, code AS province_code FROM province ORDER BY code";

  private static final String SELECT_COMMUNES_OF_PROVINCE =
      """
      SELECT 'commune' AS kind, code, name, province_code
        FROM commune WHERE province_code = :code ORDER BY code
      """;

  /**
   * The places of the communes {@code %s} selects (alias c), with their attachment: centres, then
   * villages, then team bases, each by code. A place the network build has no row for is reported
   * as such.
   */
  private static final String PLACES_TEMPLATE =
      """
      WITH area_commune AS (SELECT c.code, c.name FROM commune c WHERE %s),
      place AS (
          SELECT 0 AS ord, 'commune_centre' AS kind, c.code, c.name, c.code AS commune_code
            FROM area_commune c
          UNION ALL
          SELECT 1, 'village', v.code, v.name, v.commune_code
            FROM village v JOIN area_commune c ON c.code = v.commune_code
          UNION ALL
          SELECT 2, 'team_base', t.code, t.name, t.commune_code
            FROM team t JOIN area_commune c ON c.code = t.commune_code
      )
      SELECT p.kind, p.code, p.name, p.commune_code, a.node_id,
             CASE WHEN a.place_code IS NULL THEN 'the network build has not placed it yet'
                  ELSE a.problem END AS problem
        FROM place p
        LEFT JOIN place_attachment a ON a.place_kind = p.kind AND a.place_code = p.code
       ORDER BY p.ord, p.code
      """;

  private static final String SELECT_COMMUNE_PLACES = PLACES_TEMPLATE.formatted("c.code = :code");

  private static final String SELECT_PROVINCE_PLACES =
      PLACES_TEMPLATE.formatted("c.province_code = :code");

  /** Every place with this code, of any kind (or of one kind), with its province. */
  private static final String SELECT_PLACES_BY_CODE =
      """
      SELECT p.kind, p.code, p.name, p.commune_code, c.province_code, a.node_id,
             CASE WHEN a.place_code IS NULL THEN 'the network build has not placed it yet'
                  ELSE a.problem END AS problem
        FROM (SELECT 'village' AS kind, code, name, commune_code FROM village WHERE code = :code
              UNION ALL
              SELECT 'commune_centre', code, name, code FROM commune WHERE code = :code
              UNION ALL
              SELECT 'team_base', code, name, commune_code FROM team WHERE code = :code) p
        JOIN commune c ON c.code = p.commune_code
        LEFT JOIN place_attachment a ON a.place_kind = p.kind AND a.place_code = p.code
       WHERE CAST(:kind AS text) IS NULL OR p.kind = :kind
       ORDER BY p.kind
      """;

  private final NamedParameterJdbcTemplate jdbc;

  PlanningAreaRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The communes and provinces with this code (normally one, at most one of each). */
  List<PlanningArea> areas(String code) {
    return jdbc.query(SELECT_AREA, new MapSqlParameterSource("code", code), this::area);
  }

  /** Every province, without places. */
  List<PlanningArea> provinces() {
    return jdbc.query(SELECT_PROVINCES, this::area);
  }

  /** The communes of a province, without places. */
  List<PlanningArea> communesOf(String provinceCode) {
    return jdbc.query(
        SELECT_COMMUNES_OF_PROVINCE, new MapSqlParameterSource("code", provinceCode), this::area);
  }

  /** The area with its places. */
  PlanningArea withPlaces(PlanningArea area) {
    String sql =
        area.kind() == PlanningArea.Kind.COMMUNE ? SELECT_COMMUNE_PLACES : SELECT_PROVINCE_PLACES;
    List<Place> places =
        jdbc.query(sql, new MapSqlParameterSource("code", area.code()), (rs, i) -> place(rs));
    return new PlanningArea(area.kind(), area.code(), area.name(), area.provinceCode(), places);
  }

  /** A place with its province, found by code (and kind, when given). */
  record FoundPlace(Place place, String provinceCode) {}

  List<FoundPlace> placesByCode(String code, PlaceKind kind) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("code", code).addValue("kind", kind == null ? null : kind.code());
    return jdbc.query(
        SELECT_PLACES_BY_CODE,
        params,
        (rs, i) -> new FoundPlace(place(rs), rs.getString("province_code")));
  }

  Optional<FoundPlace> placeByCode(String code, PlaceKind kind) {
    return placesByCode(code, kind).stream().findFirst();
  }

  private PlanningArea area(ResultSet rs, int row) throws SQLException {
    return new PlanningArea(
        PlanningArea.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("province_code"),
        List.of());
  }

  private static Place place(ResultSet rs) throws SQLException {
    long node = rs.getLong("node_id");
    Long nodeId = rs.wasNull() ? null : node;
    return new Place(
        new PlaceRef(PlaceKind.parse(rs.getString("kind")), rs.getString("code")),
        rs.getString("name"),
        rs.getString("commune_code"),
        nodeId,
        nodeId == null ? rs.getString("problem") : null);
  }
}
