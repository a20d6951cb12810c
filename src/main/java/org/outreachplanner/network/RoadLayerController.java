package org.outreachplanner.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The imported road segments for the map, by class, for the part of the map in view. */
@RestController
@RequestMapping("/api/roads")
@Tag(name = "Roads", description = "Road segments by class for the map")
class RoadLayerController {

  /** Most segments in one response; 'truncated' tells when more lie in the box. */
  static final int MAX_SEGMENTS = 20_000;

  /** A box wider or taller than this many degrees is refused: the layer is for a commune's view. */
  static final double MAX_SPAN_DEG = 2.0;

  private final NamedParameterJdbcTemplate jdbc;

  RoadLayerController(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping
  @Operation(
      summary = "Road segments in a box as GeoJSON lines",
      description =
          "Each segment with its class, surface, name and one-way flag; lines simplified to about"
              + " 10 m with 5 decimals. The box is at most 2 degrees wide and tall; at most"
              + " 20,000 segments, 'truncated' tells when more lie in it.")
  ResponseEntity<byte[]> roads(
      @Parameter(description = "minLon,minLat,maxLon,maxLat (required)")
          @RequestParam(required = false)
          String bbox) {
    BoundingBox box = BoundingBox.parse(bbox);
    if (box == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "roads.api.bboxRequired");
    }
    if (box.maxLon() - box.minLon() > MAX_SPAN_DEG || box.maxLat() - box.minLat() > MAX_SPAN_DEG) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, "roads.api.bboxTooLarge", String.valueOf(MAX_SPAN_DEG));
    }
    String sql =
        """
        WITH hits AS (
            SELECT id, road_class, surface, name, one_way, geom FROM road_segment
             WHERE geom && ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4326)
             ORDER BY id
             LIMIT :max + 1)
        SELECT json_build_object(
            'type', 'FeatureCollection',
            'truncated', count(*) > :max,
            'features', coalesce(json_agg(json_build_object(
                'type', 'Feature',
                'id', id,
                'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, 0.0001), 5)::json,
                'properties', json_build_object(
                    'road_class', road_class, 'surface', surface, 'name', name,
                    'one_way', one_way))) FILTER (WHERE rn <= :max), '[]'::json)
        )::text
        FROM (SELECT hits.*, row_number() OVER () AS rn FROM hits) t
        """;
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("x0", box.minLon())
            .addValue("y0", box.minLat())
            .addValue("x1", box.maxLon())
            .addValue("y1", box.maxLat())
            .addValue("max", MAX_SEGMENTS);
    return GeoJson.ok(jdbc.query(sql, p, rs -> rs.next() ? rs.getBytes(1) : null));
  }
}
