package org.outreachplanner.coverage;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outlines of the communes around the dead zones, for the partners' map: code, name and a
 * simplified boundary only (no figures), so partners see where the zones lie without reading the
 * planners' commune listing.
 */
@Repository
class ZoneCommunes {

  /**
   * The communes whose boundary meets the extent of the dead zones, outlines simplified by 100 m in
   * their UTM zone and rounded to 4 decimals (about 11 m), as one FeatureCollection.
   */
  private static final String OUTLINES =
      """
      WITH extent AS (SELECT ST_SetSRID(ST_Extent(geom), 4326) AS box FROM dead_zone)
      SELECT json_build_object(
          'type', 'FeatureCollection',
          'features', coalesce(json_agg(json_build_object(
              'type', 'Feature',
              'id', c.code,
              'geometry', ST_AsGeoJSON(ST_Transform(ST_SimplifyPreserveTopology(
                  ST_Transform(c.boundary, utm_srid(c.boundary)), 100), 4326), 4)::json,
              'properties', json_build_object('code', c.code, 'name', c.name))
              ORDER BY c.code), '[]'::json))::text
      FROM commune c, extent
      WHERE extent.box IS NOT NULL AND c.boundary && extent.box
      """;

  private final NamedParameterJdbcTemplate jdbc;

  ZoneCommunes(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The outlines as GeoJSON text (an empty collection while there are no dead zones). */
  byte[] outlines() {
    return jdbc.query(OUTLINES, Map.of(), rs -> rs.next() ? rs.getBytes(1) : null);
  }
}
