package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Distances of the network build are true distances wherever the roads lie: in Monaco (UTM zone
 * 32), in northern Vietnam (zone 48) and in southern Vietnam (zone 49). Every place is laid out on
 * the spheroid from one point with ST_Project, so its distance is known exactly: a 100 m road
 * running east, a road ending 4.98 m from it (joined at the 5 m tolerance), one ending 5.02 m from
 * it (not joined), and villages 2,305 m, 2,990 m and 3,020 m south of the road (attached within
 * 3,000 m, or not).
 */
@DatabaseTest
class MetricDistanceIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;

  @BeforeEach
  void clear() {
    RoadTables.clear(jdbc);
  }

  @ParameterizedTest(name = "at {0}°E {1}°N")
  @CsvSource({"7.4, 43.7", "105, 22", "109, 12"})
  void lengthsSnappingAndOffRoadLegsAreMetresOnTheGround(double lon, double lat) {
    layOut(lon, lat);

    NetworkReport report = builder.rebuild(5, 3000);

    // the road: 100 m, cut where the near road joins it (at 50 m)
    assertThat(
            jdbc.queryForObject(
                "SELECT sum(length_m) FROM road_edge WHERE segment_id = 1", Double.class))
        .isCloseTo(100, withinPercentage(0.5));
    // the road ending 4.98 m from it is joined to it, the one ending 5.02 m away is not
    assertThat(component("near")).isEqualTo(component("road"));
    assertThat(component("far")).isNotEqualTo(component("road"));
    // the near road was moved onto the road: 50 m plus the 4.98 m closed
    assertThat(
            jdbc.queryForObject(
                "SELECT sum(length_m) FROM road_edge WHERE segment_id = 2", Double.class))
        .isCloseTo(54.98, withinPercentage(0.5));
    // off-road legs: measured on the ground, and the reach too
    assertThat(offroad("V-2305")).isCloseTo(2305, withinPercentage(0.5));
    assertThat(offroad("V-2990")).isCloseTo(2990, withinPercentage(0.5));
    assertThat(report.placesUnattached())
        .containsExactly(
            new NetworkReport.UnattachedPlace("village", "V-3020", "no road within 3000 m"));
  }

  @ParameterizedTest(name = "{0}°E {1}°N is in EPSG:{2}")
  @CsvSource({
    "7.4, 43.7, 32632",
    "105, 22, 32648",
    "108.1, 16, 32649",
    "109, 12, 32649",
    "-70.6, -33.4, 32719",
    "-180, 10, 32601",
    "180, 10, 32660"
  })
  void theUtmZoneOfAPlaceIsTheOneItLiesIn(double lon, double lat, int srid) {
    assertThat(jdbc.queryForObject("SELECT utm_srid(?, ?)", Integer.class, lon, lat))
        .isEqualTo(srid);
    // of a geometry in any CRS: the centre of its bounding box
    assertThat(
            jdbc.queryForObject(
                "SELECT utm_srid(ST_Transform(ST_Buffer(ST_SetSRID(ST_MakePoint(?, ?), 4326),"
                    + " 0.01), 3857))",
                Integer.class,
                Math.max(-179.9, Math.min(179.9, lon)),
                lat))
        .isEqualTo(srid);
  }

  /** The roads and villages around (lon, lat); see the class comment. */
  private void layOut(double lon, double lat) {
    segment("road", point(lon, lat, 0, 0, 0, 0), point(lon, lat, 100, 90, 0, 0), "tertiary");
    // from 50 m along the road, 4.98 m north of it and 50 m on
    segment("near", point(lon, lat, 50, 90, 4.98, 0), point(lon, lat, 50, 90, 54.98, 0), "path");
    // from 95 m along the road, 5.02 m north of it and 50 m on
    segment("far", point(lon, lat, 95, 90, 5.02, 0), point(lon, lat, 95, 90, 55.02, 0), "path");
    jdbc.update("INSERT INTO province (code, name) VALUES ('99', 'Thử')");
    jdbc.update(
        "INSERT INTO commune (code, province_code, name, boundary, centre) SELECT '99001', '99',"
            + " 'Xã Thử', ST_Multi(ST_Buffer(g, 0.1)), g FROM (SELECT %s AS g) c"
                .formatted(point(lon, lat, 50, 90, 0, 0)));
    for (int metres : List.of(2305, 2990, 3020)) {
      jdbc.update(
          "INSERT INTO village (code, commune_code, name, location, households, residents,"
              + " eligible, eid_done) SELECT ?, '99001', ?, %s, 10, 40, 30, 0"
                  .formatted(point(lon, lat, 50, 90, metres, 180)),
          "V-" + metres,
          "Bản " + metres);
    }
  }

  private void segment(String name, String from, String to, String roadClass) {
    jdbc.update(
        "INSERT INTO road_segment (source_id, geom, road_class) SELECT ?, ST_MakeLine(%s, %s), ?"
            .formatted(from, to),
        name,
        roadClass);
  }

  /**
   * SQL for the point {@code d1} metres from (lon, lat) at bearing {@code b1} (degrees from north),
   * then {@code d2} metres on at bearing {@code b2}, along the spheroid.
   */
  private static String point(double lon, double lat, double d1, double b1, double d2, double b2) {
    return String.format(
        Locale.ROOT,
        "ST_Project(ST_Project(ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography, %s, radians(%s)),"
            + " %s, radians(%s))::geometry",
        lon,
        lat,
        d1,
        b1,
        d2,
        b2);
  }

  private int component(String sourceId) {
    return jdbc.queryForObject(
        "SELECT min(e.component) FROM road_edge e JOIN road_segment s ON s.id = e.segment_id"
            + " WHERE s.source_id = ?",
        Integer.class,
        sourceId);
  }

  private double offroad(String village) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT offroad_m FROM place_attachment WHERE place_kind = 'village'"
                + " AND place_code = ?",
            village);
    return (Double) row.get("offroad_m");
  }
}
