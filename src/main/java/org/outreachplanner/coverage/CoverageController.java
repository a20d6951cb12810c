package org.outreachplanner.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.outreachplanner.geo.BoundingBox;
import org.outreachplanner.geo.GeoJson;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coverage layer: hexagons by class and the class of each village. */
@RestController
@RequestMapping("/api/coverage")
@Tag(
    name = "Coverage",
    description = "Measured and estimated mobile coverage by hexagon and village")
class CoverageController {

  /** Most hexagons in one response; a larger area is asked for with a smaller bbox. */
  static final int MAX_CELLS = 50_000;

  /** Every property of a hexagon. */
  private static final String PROPERTIES =
      """
      json_build_object(
          'i', cell_i, 'j', cell_j, 'operator', operator, 'technology', technology,
          'class', class, 'estimated', estimated, 'samples', samples,
          'readings', json_build_object('none', n_none, 'poor', n_poor,
              'fair', n_fair, 'good', n_good),
          'signal_measure', signal_measure, 'signal_median', signal_median,
          'signal_p10', signal_p10, 'last_observed', last_observed, 'stale', stale,
          'confidence', confidence)
      """;

  /** What the map draws: class, estimated, samples. */
  private static final String COMPACT_PROPERTIES =
      "json_build_object('class', class, 'estimated', estimated, 'samples', samples)";

  private final NamedParameterJdbcTemplate jdbc;
  private final DeadZoneReport report;

  CoverageController(NamedParameterJdbcTemplate jdbc, DeadZoneReport report) {
    this.jdbc = jdbc;
    this.report = report;
  }

  @GetMapping("/cells")
  @Operation(
      summary = "Coverage hexagons as GeoJSON",
      description =
          "Hexagons of one operator ('*' = any, the default) and technology ('*' = any, the"
              + " default) with their class (good, fair, poor, none), samples, readings by class,"
              + " median and 10th-percentile signal (per technology), last observation, stale"
              + " flag, confidence and whether the class is estimated. A hexagon that is not"
              + " listed is unknown. At most 50,000 hexagons; 'truncated' tells when more match."
              + " compact=true gives only class, estimated and samples, for the map.")
  ResponseEntity<byte[]> cells(
      @Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam(required = false)
          String bbox,
      @Parameter(description = "operator name, or * for any (default)")
          @RequestParam(defaultValue = "*")
          String operator,
      @Parameter(description = "2G, 3G, 4G, 5G, none or * for any (default)")
          @RequestParam(defaultValue = "*")
          String technology,
      @Parameter(description = "only this class: good, fair, poor or none")
          @RequestParam(name = "class", required = false)
          String cls,
      @Parameter(description = "true: only class, estimated and samples (for the map)")
          @RequestParam(defaultValue = "false")
          boolean compact) {
    BoundingBox box = BoundingBox.parse(bbox);
    if (cls != null) {
      CoverageSettings.rankOfOrBadRequest(cls);
    }
    String tech = technology.strip().toUpperCase(Locale.ROOT);
    if (tech.equals("NONE")) {
      tech = "none";
    }
    if (!tech.matches("\\*|2G|3G|4G|5G|none")) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "coverage.badTechnology");
    }
    String sql =
        """
        WITH hits AS (
            SELECT c.*, h.geom FROM coverage_cell c
            JOIN coverage_hex h ON h.cell_i = c.cell_i AND h.cell_j = c.cell_j
            WHERE c.operator = :operator AND c.technology = :technology
              AND (CAST(:cls AS text) IS NULL OR c.class = lower(:cls))
              AND (NOT :boxed OR h.geom && ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4326))
            ORDER BY c.cell_i, c.cell_j
            LIMIT :max + 1)
        SELECT json_build_object(
            'type', 'FeatureCollection',
            'truncated', count(*) > :max,
            'features', coalesce(json_agg(json_build_object(
                'type', 'Feature',
                'id', cell_i || '_' || cell_j,
                'geometry', ST_AsGeoJSON(geom, 5)::json,
                'properties', %s)) FILTER (WHERE rn <= :max), '[]'::json)
        )::text
        FROM (SELECT hits.*, row_number() OVER () AS rn FROM hits) t
        """
            .formatted(compact ? COMPACT_PROPERTIES : PROPERTIES);
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("operator", operator.strip())
            .addValue("technology", tech)
            .addValue("cls", cls)
            .addValue("boxed", box != null)
            .addValue("x0", box == null ? 0 : box.minLon())
            .addValue("y0", box == null ? 0 : box.minLat())
            .addValue("x1", box == null ? 0 : box.maxLon())
            .addValue("y1", box == null ? 0 : box.maxLat())
            .addValue("max", MAX_CELLS);
    return GeoJson.ok(jdbc.query(sql, p, rs -> rs.next() ? rs.getBytes(1) : null));
  }

  @GetMapping("/villages")
  @Operation(
      summary = "The coverage class of each village as GeoJSON points",
      description =
          "Per village and operator ('*' = the best operator, the default; 'all' lists every"
              + " operator): class (good, fair, poor, none or unknown) of the hexagon the village"
              + " lies in, whether it is estimated, samples, stale flag, confidence and the dead"
              + " zone it lies in. 'village' gives one village's rows.")
  ResponseEntity<byte[]> villages(
      @Parameter(description = "operator name, * (default) or all")
          @RequestParam(defaultValue = "*")
          String operator,
      @Parameter(description = "a commune code") @RequestParam(required = false) String commune,
      @Parameter(description = "a village code (for one village's popup)")
          @RequestParam(required = false)
          String village) {
    String sql =
        """
        SELECT json_build_object(
            'type', 'FeatureCollection',
            'features', coalesce(json_agg(json_build_object(
                'type', 'Feature',
                'id', vc.village_code || '/' || vc.operator,
                'geometry', ST_AsGeoJSON(v.location, 6)::json,
                'properties', json_build_object(
                    'village_code', vc.village_code, 'name', v.name,
                    'commune_code', v.commune_code, 'households', v.households,
                    'operator', vc.operator, 'class', vc.class, 'estimated', vc.estimated,
                    'samples', vc.samples, 'stale', vc.stale, 'confidence', vc.confidence,
                    'dead_zone_id', vc.dead_zone_id))
                ORDER BY vc.village_code, vc.operator), '[]'::json)
        )::text
        FROM village_coverage vc JOIN village v ON v.code = vc.village_code
        WHERE (:operator = 'all' OR vc.operator = :operator)
          AND (CAST(:commune AS text) IS NULL OR v.commune_code = :commune)
          AND (CAST(:village AS text) IS NULL OR v.code = :village)
        """;
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("operator", operator.strip())
            .addValue("commune", commune)
            .addValue("village", village);
    return GeoJson.ok(jdbc.query(sql, p, rs -> rs.next() ? rs.getBytes(1) : null));
  }

  @GetMapping("/summary")
  @Operation(summary = "The current layer: when computed, parameters, agreement check, thresholds")
  ResponseEntity<String> summary() {
    return ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(report.metadata());
  }
}
