package org.outreachplanner.village;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outreachplanner.api.Completion;
import org.outreachplanner.api.FeatureCollectionSql;
import org.outreachplanner.api.ListingFilter;
import org.outreachplanner.api.Paging;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.UriComponentsBuilder;

/** Villages as GeoJSON, written by PostGIS. */
@Repository
class VillageRepository {

  /** One village (alias v, its commune c) as a GeoJSON Feature; coordinates to 6 decimals. */
  private static final String VILLAGE_FEATURE =
      """
      json_build_object(
          'type', 'Feature',
          'id', v.code,
          'geometry', ST_AsGeoJSON(v.location, 6)::json,
          'properties', json_build_object(
              'code', v.code,
              'name', v.name,
              'commune_code', v.commune_code,
              'commune_name', c.name,
              'households', v.households,
              'residents', v.residents,
              'eligible', v.eligible,
              'eid_done', %s,
              'eid_reported_since', e.since,
              'completion_pct', %s,
              'figures_known', num_nulls(v.households, v.residents, v.eligible, v.eid_done) = 0,
              'grid_power', v.grid_power,
              'ethnic_groups', v.ethnic_groups))
      """
          .formatted(CurrentEid.DONE, Completion.sql(CurrentEid.DONE, "v.eligible"));

  /** %s: the filter, on village v only. */
  private static final String PAGE =
      """
      SELECT v.code, %s AS feature
      FROM village v JOIN commune c ON c.code = v.commune_code
      %s
      WHERE %%s
      ORDER BY v.code
      LIMIT :limit OFFSET :offset
      """
          .formatted(VILLAGE_FEATURE, CurrentEid.REPORTED_SINCE);

  private static final String COUNT = "SELECT count(*) FROM village v WHERE %s";

  /** Every village with its figures, for the completion spreadsheet; ordered by code. */
  private static final String SELECT_COMPLETION =
      """
      SELECT v.code, v.name, v.commune_code, c.name AS commune_name, v.households, v.residents,
             v.eligible, %s AS eid_done, %s AS completion_pct
      FROM village v JOIN commune c ON c.code = v.commune_code
      %s
      ORDER BY v.code
      """
          .formatted(
              CurrentEid.DONE,
              Completion.sql(CurrentEid.DONE, "v.eligible"),
              CurrentEid.REPORTED_SINCE);

  /** The columns of the completion spreadsheet, in the order of {@link #SELECT_COMPLETION}. */
  static final List<String> COMPLETION_COLUMNS =
      List.of(
          "code",
          "name",
          "commune_code",
          "commune_name",
          "households",
          "residents",
          "eligible",
          "eid_done",
          "completion_pct");

  /** The box is in EPSG:4326 like the column, so the GiST index on location answers it. */
  private static final String IN_BBOX = "v.location && " + ListingFilter.ENVELOPE;

  private static final String IN_COMMUNE = "v.commune_code = :commune";

  /**
   * One village with its visits: the last one made (a published week's visit before today, or the
   * date a planner recorded) and the next one planned (a published visit from today on); :team
   * limits them to one team's visits (a team lead's), null to none.
   */
  private static final String SELECT_VILLAGE =
      """
      SELECT jsonb_set(
          jsonb_set(%s::jsonb, '{properties,last_visit}', coalesce((
              SELECT to_jsonb(x) FROM (
                  SELECT vv.visit_date AS date, vv.team_code AS team
                    FROM village_visit vv
                   WHERE vv.village_code = v.code AND vv.visit_date < current_date
                     AND (CAST(:team AS text) IS NULL OR vv.team_code IS NULL
                          OR vv.team_code = :team)
                   ORDER BY vv.visit_date DESC LIMIT 1) x), 'null'::jsonb)),
          '{properties,next_visit}', coalesce((
              SELECT to_jsonb(x) FROM (
                  SELECT vv.visit_date AS date, vv.team_code AS team, vv.arrival
                    FROM village_visit vv
                   WHERE vv.village_code = v.code AND vv.visit_date >= current_date
                     AND vv.in_force
                     AND (CAST(:team AS text) IS NULL OR vv.team_code = :team)
                   ORDER BY vv.visit_date, vv.arrival LIMIT 1) x), 'null'::jsonb))::text
      FROM village v JOIN commune c ON c.code = v.commune_code
      %s
      WHERE v.code = :code
      """
          .formatted(VILLAGE_FEATURE, CurrentEid.REPORTED_SINCE);

  /** The listing, one statement per combination of filters. */
  private static final String[] SELECT_VILLAGES =
      ListingFilter.statements(
          IN_BBOX,
          IN_COMMUNE,
          filter -> FeatureCollectionSql.of(PAGE.formatted(filter), COUNT.formatted(filter)));

  private final NamedParameterJdbcTemplate jdbc;

  VillageRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every village's completion figures, one list of values per village in the order of {@link
   * #COMPLETION_COLUMNS}: an unknown figure is null, the completion a share (0.25 for 25 %).
   */
  List<List<Object>> completionRows() {
    return jdbc.query(
        SELECT_COMPLETION,
        (rs, n) -> {
          List<Object> row = new ArrayList<>();
          for (String column : COMPLETION_COLUMNS) {
            row.add(rs.getObject(column));
          }
          return SheetWriter.Percent.ofPercent(row, COMPLETION_COLUMNS.indexOf("completion_pct"));
        });
  }

  /** A FeatureCollection of the villages matching the filter, ordered by code. */
  byte[] features(ListingFilter filter, Paging paging, UriComponentsBuilder query) {
    return FeatureCollectionSql.run(
        jdbc, filter.statement(SELECT_VILLAGES), filter.parameters(), paging, query);
  }

  /** One village as a GeoJSON Feature, with the visits of {@code team} (null: of every team). */
  Optional<byte[]> feature(String code, String team) {
    return Optional.ofNullable(
        jdbc.query(
            SELECT_VILLAGE,
            new MapSqlParameterSource("code", code).addValue("team", team),
            rs -> rs.next() ? rs.getBytes(1) : null));
  }
}
