package org.outreachplanner.coverage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.outreachplanner.geo.BoundingBox;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/**
 * The dead-zone report as telecom partners get it: aggregates per zone only, ranked by a sort key.
 * For a zone with fewer villages or households than the privacy thresholds ({@code
 * outreach.coverage.privacy.*}) the report and its downloads give no one its counts (households,
 * residents, residents without Level-2 e-ID: a one-village zone's households are that village's),
 * anyone but a planner none of its village names either; only the planners' own map and dashboard
 * ({@code GET /api/dead-zones} without {@code shared}) show a planner its households and residents.
 * The villages counted are those with census figures: a zone's sums cover only them, so a zone of
 * one village with figures and four without would otherwise give that one village's figures away.
 * Every format (map, JSON, CSV, GeoJSON, KML, GeoPackage, printable page) reads {@link #rowsSql},
 * the one place the rule lives.
 */
@Repository
public class DeadZoneReport {

  /** The sort keys, each with its SQL expression over the report row r (all descending). */
  static final Map<String, String> SORT_KEYS =
      Map.of(
          "households", "r.households",
          "residents", "r.residents",
          "eid_missing", "r.eid_missing",
          "area", "r.area_km2",
          "villages", "r.village_count",
          "distance", "r.nearest_usable_m");

  /** The columns of a report row, in the order of the CSV and GeoPackage. */
  static final List<String> COLUMNS =
      List.of(
          "rank",
          "id",
          "area_km2",
          "village_count",
          "village_names",
          "households",
          "residents",
          "eid_missing",
          "eid_suppressed",
          "villages_without_figures",
          "operators_absent",
          "operators_measured",
          "nearest_usable_m",
          "measured_share",
          "estimated_share",
          "readings");

  /**
   * %1$s: minimum villages, %2$s: minimum households, %3$s: the sort expression, %4$s: a filter,
   * %5$s: whether a suppressed zone also loses its village names (true for everyone but planners).
   * The privacy rule is applied here, so every format gets the same suppressed figures, and a sort
   * by a suppressed count puts the zone last.
   */
  private static final String ROWS =
      """
      WITH z AS (
          SELECT z.*, cardinality(z.village_codes) AS village_count,
                 (cardinality(z.village_codes) - z.villages_without_figures < %1$d
                     OR z.households < %2$d) AS suppressed,
                 (cardinality(z.village_codes) - z.villages_without_figures < %1$d
                     OR z.households < %2$d) AND %5$s AS hidden,
                 (cardinality(z.village_codes) - z.villages_without_figures < %1$d
                     OR z.households < %2$d) AND %6$s AS counts_hidden
          FROM dead_zone z WHERE %4$s),
      r AS (
          SELECT id, round(area_km2::numeric, 3) AS area_km2, village_count,
                 CASE WHEN hidden THEN NULL
                      ELSE array_to_string(village_names, '; ') END AS village_names,
                 CASE WHEN counts_hidden THEN NULL ELSE households END AS households,
                 CASE WHEN counts_hidden THEN NULL ELSE residents END AS residents,
                 CASE WHEN suppressed THEN NULL ELSE eid_missing END AS eid_missing,
                 suppressed AS eid_suppressed, villages_without_figures,
                 array_to_string(operators_absent, ', ') AS operators_absent,
                 array_to_string(operators_measured, ', ') AS operators_measured,
                 round(nearest_usable_m::numeric) AS nearest_usable_m,
                 round(measured_share::numeric, 3) AS measured_share,
                 round(estimated_share::numeric, 3) AS estimated_share,
                 readings,
                 geom
          FROM z)
      SELECT row_number() OVER (ORDER BY %3$s DESC NULLS LAST, r.id) AS rank, r.*
      FROM r
      """;

  /** The simplification of outlines for the map, in metres. */
  static final double MAP_SIMPLIFY_M = 100;

  /** Coordinates of the map's outlines: 4 decimals, about 11 m. */
  static final int MAP_DECIMALS = 4;

  /**
   * Left out of the map's features to keep a province within 300 KB: the operators absent are every
   * operator (listed once in the metadata), the measured share is 1 - estimated share.
   */
  private static final String MAP_LEFT_OUT =
      "- 'operators_absent' - 'operators_measured' - 'measured_share'";

  /** The properties of a map feature. */
  static final List<String> MAP_COLUMNS =
      COLUMNS.stream().filter(c -> !MAP_LEFT_OUT.contains("'" + c + "'")).toList();

  /** The authority of the one role that sees a small zone's counts and names. */
  private static final String PLANNER_AUTHORITY = "ROLE_PLANNER";

  private final NamedParameterJdbcTemplate jdbc;
  private final CoverageSettings settings;

  DeadZoneReport(NamedParameterJdbcTemplate jdbc, CoverageSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** The report rows as they are shared (the rule for everyone), ranked by the key, rank order. */
  String rowsSql(String sort, BoundingBox bbox) {
    return rowsSql(sort, bbox, false);
  }

  /**
   * The report rows as SQL (geometry column geom, EPSG:4326), ranked by the key, rank order. With
   * {@code planning}, a planner gets the households and residents of the small zones too (their map
   * and dashboard, where they see every village anyway); anyone else never does.
   */
  String rowsSql(String sort, BoundingBox bbox, boolean planning) {
    String key = SORT_KEYS.get(sort == null ? "households" : sort.toLowerCase(Locale.ROOT));
    if (key == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "coverage.badSort");
    }
    String filter =
        bbox == null
            ? "true"
            : String.format(
                Locale.ROOT,
                "z.geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)",
                bbox.minLon(),
                bbox.minLat(),
                bbox.maxLon(),
                bbox.maxLat());
    return "SELECT * FROM ("
        + ROWS.formatted(
            settings.privacyMinVillages,
            settings.privacyMinHouseholds,
            key,
            filter,
            !askedByPlanner(),
            !(planning && askedByPlanner()))
        + ") ranked ORDER BY rank";
  }

  /**
   * Whether the signed-in caller is a planner. Anyone else (a telecom partner, or no one known)
   * gets the partners' report: deny by default.
   */
  private static boolean askedByPlanner() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return caller != null
        && caller.getAuthorities().stream()
            .anyMatch(a -> PLANNER_AUTHORITY.equals(a.getAuthority()));
  }

  /**
   * The ranked zones as a GeoJSON FeatureCollection, outlines simplified by {@code simplifyM}
   * metres (in the UTM zone of each zone) and coordinates rounded to {@code decimals}, with the
   * layer's metadata (when computed, parameters, agreement check, privacy thresholds).
   */
  byte[] geoJson(String sort, BoundingBox bbox, double simplifyM, int decimals, boolean full) {
    return geoJson(sort, bbox, simplifyM, decimals, full, false);
  }

  /** The same, with the planners' counts when {@code planning} (see {@link #rowsSql}). */
  byte[] geoJson(
      String sort,
      BoundingBox bbox,
      double simplifyM,
      int decimals,
      boolean full,
      boolean planning) {
    String sql =
        """
        WITH rows AS (%1$s)
        SELECT json_build_object(
            'type', 'FeatureCollection',
            'metadata', (%2$s),
            'features', coalesce(json_agg(json_build_object(
                'type', 'Feature',
                'id', rows.id,
                'geometry', ST_AsGeoJSON(CASE WHEN :simplify > 0
                    THEN ST_Transform(ST_SimplifyPreserveTopology(
                        ST_Transform(rows.geom, utm_srid(rows.geom)), :simplify), 4326)
                    ELSE rows.geom END, :decimals)::json,
                'properties', to_jsonb(rows) - 'geom' %3$s) ORDER BY rows.rank), '[]'::json)
        )::text
        FROM rows
        """
            .formatted(rowsSql(sort, bbox, planning), metadataSql(), full ? "" : MAP_LEFT_OUT);
    MapSqlParameterSource params =
        new MapSqlParameterSource().addValue("simplify", simplifyM).addValue("decimals", decimals);
    return jdbc.query(sql, params, rs -> rs.next() ? rs.getBytes(1) : null);
  }

  /** The metadata object of the current layer, as SQL json. */
  String metadataSql() {
    return """
        SELECT json_build_object(
            'label', 'Measured coverage: dead zones are connected hexagons where no operator'
                || ' reaches the usable class; estimated hexagons are marked as such.',
            'computed_at', (SELECT computed_at FROM coverage_run ORDER BY id DESC LIMIT 1),
            'survey_points', (SELECT survey_points FROM coverage_run ORDER BY id DESC LIMIT 1),
            'parameters', (SELECT parameters FROM coverage_run ORDER BY id DESC LIMIT 1),
            'agreement', (SELECT agreement FROM coverage_run ORDER BY id DESC LIMIT 1),
            'operators', (SELECT coalesce(json_agg(DISTINCT operator ORDER BY operator), '[]')
                FROM coverage_cell WHERE operator <> '*' AND NOT estimated),
            'privacy', json_build_object('min_villages', %1$d, 'min_households', %2$d,
                'rule', 'for a zone with fewer villages with census figures or households than'
                    || ' these, eid_missing is left out (null); households and residents too in'
                    || ' the shared report and every download; for partners also village_names'))
        """
        .formatted(settings.privacyMinVillages, settings.privacyMinHouseholds);
  }

  /** The report rows without geometry, for the CSV and the printable page. */
  List<Map<String, Object>> rows(String sort) {
    return jdbc.queryForList(
        "SELECT " + String.join(", ", COLUMNS) + " FROM (" + rowsSql(sort, null) + ") t", Map.of());
  }

  /** The metadata of the current layer as JSON text. */
  String metadata() {
    return jdbc.queryForObject(metadataSql().strip() + "::text", Map.of(), String.class);
  }
}
