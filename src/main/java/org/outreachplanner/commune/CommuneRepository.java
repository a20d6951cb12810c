package org.outreachplanner.commune;

import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.api.Completion;
import org.outreachplanner.api.FeatureCollectionSql;
import org.outreachplanner.api.ListingFilter;
import org.outreachplanner.api.Paging;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.UriComponentsBuilder;

/** Communes with their village totals as GeoJSON, written by PostGIS. */
@Repository
class CommuneRepository {

  /**
   * Metres per degree of latitude. A tolerance of m / 111320 degrees is m metres north-south and
   * less east-west, so the simplified outline never strays more than the metres asked for.
   */
  static final double METRES_PER_DEGREE = 111_320;

  /**
   * One commune (alias c, its province p, its village totals t) as a Feature, its outline
   * simplified by :tolerance degrees keeping the rings valid, coordinates to 6 decimals.
   */
  private static final String COMMUNE_FEATURE =
      """
      json_build_object(
          'type', 'Feature',
          'id', c.code,
          'geometry', ST_AsGeoJSON(
              ST_Multi(ST_SimplifyPreserveTopology(c.boundary, :tolerance)), 6)::json,
          'properties', json_build_object(
              'code', c.code,
              'name', c.name,
              'province_code', c.province_code,
              'province_name', p.name,
              'village_count', t.village_count,
              'villages_without_figures', t.villages_without_figures,
              'households', t.households,
              'residents', t.residents,
              'eligible', t.eligible,
              'eid_done', t.eid_done,
              'completion_pct', t.completion_pct))
      """;

  /** %s: the filter, on commune c only. */
  private static final String PAGE =
      """
      SELECT c.code, %s AS feature
      FROM commune c
      JOIN province p ON p.code = c.province_code
      CROSS JOIN LATERAL (
          SELECT %s
          FROM %s v WHERE v.commune_code = c.code) t
      WHERE %%s
      ORDER BY c.code
      LIMIT :limit OFFSET :offset
      """
          .formatted(COMMUNE_FEATURE, Completion.villageTotals("v"), Completion.VILLAGES_NOW);

  private static final String COUNT = "SELECT count(*) FROM commune c WHERE %s";

  /** Every commune with its village totals, for the completion spreadsheet; ordered by code. */
  private static final String SELECT_COMPLETION =
      """
      SELECT c.code, c.name, p.name AS province_name, t.village_count,
             t.villages_without_figures, t.households, t.residents, t.eligible, t.eid_done,
             t.completion_pct
      FROM commune c
      JOIN province p ON p.code = c.province_code
      CROSS JOIN LATERAL (
          SELECT %s
          FROM %s v WHERE v.commune_code = c.code) t
      ORDER BY c.code
      """
          .formatted(Completion.villageTotals("v"), Completion.VILLAGES_NOW);

  /** The columns of the completion spreadsheet, in the order of {@link #SELECT_COMPLETION}. */
  static final List<String> COMPLETION_COLUMNS =
      List.of(
          "code",
          "name",
          "province_name",
          "village_count",
          "villages_without_figures",
          "households",
          "residents",
          "eligible",
          "eid_done",
          "completion_pct");

  /** The box is in EPSG:4326 like the column, so the GiST index on boundary answers it. */
  private static final String IN_BBOX = "ST_Intersects(c.boundary, " + ListingFilter.ENVELOPE + ")";

  private static final String IN_COMMUNE = "c.code = :commune";

  /** The listing, one statement per combination of filters. */
  private static final String[] SELECT_COMMUNES =
      ListingFilter.statements(
          IN_BBOX,
          IN_COMMUNE,
          filter -> FeatureCollectionSql.of(PAGE.formatted(filter), COUNT.formatted(filter)));

  private final NamedParameterJdbcTemplate jdbc;

  CommuneRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every commune's completion figures, one list of values per commune in the order of {@link
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

  /**
   * A FeatureCollection of the communes matching the filter, ordered by code, their outlines
   * simplified by {@code simplifyMetres}.
   */
  byte[] features(
      ListingFilter filter, double simplifyMetres, Paging paging, UriComponentsBuilder query) {
    return FeatureCollectionSql.run(
        jdbc,
        filter.statement(SELECT_COMMUNES),
        filter.parameters().addValue("tolerance", simplifyMetres / METRES_PER_DEGREE),
        paging,
        query);
  }
}
