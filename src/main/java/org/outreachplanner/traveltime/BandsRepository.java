package org.outreachplanner.traveltime;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A commune's villages as a GeoJSON FeatureCollection (built by PostGIS) with each village's travel
 * time from the commune centre and its band.
 */
@Repository
class BandsRepository {

  /** Upper ends of the bands in seconds, and their keys; a time of 4 h or more is "over_4h". */
  private static final double[] BAND_ENDS = {1800, 3600, 7200, 14400};

  private static final String[] BAND_KEYS = {"under_30min", "30_60min", "1_2h", "2_4h", "over_4h"};

  static final String UNREACHABLE = "unreachable";

  private static final String SELECT_BANDS =
      """
      SELECT json_build_object(
          'type', 'FeatureCollection',
          'commune', json_build_object('code', c.code, 'name', c.name,
                                       'centre', ST_AsGeoJSON(c.centre, 6)::json),
          'mode', CAST(:mode AS text), 'season', CAST(:season AS text),
          'date', CAST(:date AS text), 'closure_set', CAST(:closureSet AS text),
          'features', coalesce(json_agg(json_build_object(
              'type', 'Feature',
              'id', v.code,
              'geometry', ST_AsGeoJSON(v.location, 6)::json,
              'properties', json_build_object(
                  'code', v.code, 'name', v.name, 'households', v.households,
                  'seconds', t.seconds, 'metres', t.metres,
                  'minutes', round(CAST(t.seconds / 60 AS numeric), 1),
                  'band', t.band, 'reason', t.reason))
              ORDER BY v.code) FILTER (WHERE v.code IS NOT NULL), '[]'::json))::text
        FROM commune c
        LEFT JOIN unnest(CAST(:codes AS text[]), CAST(:seconds AS float8[]),
                         CAST(:metres AS float8[]), CAST(:bands AS text[]),
                         CAST(:reasons AS text[])) AS t(code, seconds, metres, band, reason)
               ON true
        LEFT JOIN village v ON v.code = t.code
       WHERE c.code = :commune
       GROUP BY c.code, c.name, c.centre
      """;

  /** One village's time from the centre (null when none), its band, and why it has none. */
  record VillageTime(String code, Double seconds, Double metres, String band, String reason) {

    static VillageTime reached(String code, double seconds, double metres) {
      return new VillageTime(code, seconds, metres, BandsRepository.band(seconds), null);
    }

    static VillageTime unreached(String code, String reason) {
      return new VillageTime(code, null, null, UNREACHABLE, reason);
    }
  }

  private final NamedParameterJdbcTemplate jdbc;

  BandsRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The band key of a travel time. */
  static String band(double seconds) {
    for (int i = 0; i < BAND_ENDS.length; i++) {
      if (seconds < BAND_ENDS[i]) {
        return BAND_KEYS[i];
      }
    }
    return BAND_KEYS[BAND_KEYS.length - 1];
  }

  byte[] featureCollection(PlanningArea commune, NetworkSnapshot network, List<VillageTime> times) {
    MapSqlParameterSource params =
        new MapSqlParameterSource("commune", commune.code())
            .addValue("mode", network.mode().code())
            .addValue("season", network.season().code())
            .addValue("date", network.date() == null ? null : network.date().toString())
            .addValue("closureSet", network.closureSet())
            .addValue("codes", times.stream().map(VillageTime::code).toArray(String[]::new))
            .addValue("seconds", times.stream().map(VillageTime::seconds).toArray(Double[]::new))
            .addValue("metres", times.stream().map(VillageTime::metres).toArray(Double[]::new))
            .addValue("bands", times.stream().map(VillageTime::band).toArray(String[]::new))
            .addValue("reasons", times.stream().map(VillageTime::reason).toArray(String[]::new));
    String json = jdbc.queryForObject(SELECT_BANDS, params, String.class);
    return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
