package org.outreachplanner.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The teams' routes of one day of the published weeks, for the planner map: each visit's ride along
 * the roads from the team's previous place, as GeoJSON written by PostGIS.
 */
@RestController
@Tag(name = "Schedules")
class RouteLayerController {

  /** The first day from :from on with published visits (in :area when given). */
  private static final String FIRST_DAY =
      """
      SELECT min(sv.visit_date)
        FROM schedule_visit sv JOIN schedule_plan p ON p.id = sv.plan_id
        JOIN village v ON v.code = sv.village_code JOIN commune c ON c.code = v.commune_code
       WHERE p.status = 'PUBLISHED' AND sv.visit_date >= :from
         AND (CAST(:area AS text) IS NULL OR c.code = :area OR c.province_code = :area)
      """;

  /** The visits of :day as a FeatureCollection: the route, or the village when it has none. */
  private static final String ROUTES =
      """
      SELECT json_build_object(
          'type', 'FeatureCollection',
          'date', CAST(:day AS date),
          'features', coalesce(json_agg(json_build_object(
              'type', 'Feature',
              'geometry', ST_AsGeoJSON(coalesce(sv.route, v.location), 6)::json,
              'properties', json_build_object(
                  'team', sv.team_code, 'team_name', t.name, 'village', v.code,
                  'village_name', v.name, 'seq', sv.seq, 'arrival', to_char(sv.arrival, 'HH24:MI'),
                  'departure', to_char(sv.departure, 'HH24:MI'),
                  'travel_minutes', sv.travel_minutes,
                  'households_expected', sv.households_expected))
              ORDER BY sv.team_code, sv.seq), '[]'::json))::text
        FROM schedule_visit sv JOIN schedule_plan p ON p.id = sv.plan_id
        JOIN village v ON v.code = sv.village_code JOIN commune c ON c.code = v.commune_code
        JOIN team t ON t.code = sv.team_code
       WHERE p.status = 'PUBLISHED' AND sv.visit_date = CAST(:day AS date)
         AND (CAST(:area AS text) IS NULL OR c.code = :area OR c.province_code = :area)
      """;

  private final NamedParameterJdbcTemplate jdbc;

  RouteLayerController(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping(value = "/api/schedules/routes", produces = "application/geo+json")
  @Operation(
      summary = "The teams' routes of one day of the published weeks",
      description =
          "A FeatureCollection of the published visits of the date (default: the first day from"
              + " today on with published visits), each a line along the roads from the team's"
              + " previous place (the village's point when no route is known), with team, village,"
              + " order, arrival, departure, travel minutes and households expected. area: a"
              + " commune or province code.")
  ResponseEntity<String> routes(
      @RequestParam(required = false) String date, @RequestParam(required = false) String area) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("area", area == null || area.isBlank() ? null : area.strip());
    LocalDate day;
    if (date == null || date.isBlank()) {
      params.addValue("from", LocalDate.now());
      day = jdbc.queryForObject(FIRST_DAY, params, LocalDate.class);
    } else {
      try {
        day = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.routes.badDate");
      }
    }
    params.addValue("day", day);
    String body = jdbc.queryForObject(ROUTES, params, String.class);
    return ResponseEntity.ok().contentType(MediaType.valueOf("application/geo+json")).body(body);
  }
}
