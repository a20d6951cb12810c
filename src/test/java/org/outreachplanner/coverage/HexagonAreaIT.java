package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.outreachplanner.coverage.CoverageFixture.HEX_KM2;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With outreach.coverage.srid = auto (the default) the hexagons are laid out in the UTM zone of the
 * survey's centre, so a hexagon of 500 m covers its nominal area on the ground wherever the survey
 * is: in Monaco (zone 32), northern Vietnam (48) and southern Vietnam (49), and the layer's
 * parameters name the zone used. In one fixed zone a survey three zones away would have hexagons a
 * third too large.
 */
@DatabaseTest
class HexagonAreaIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @BeforeEach
  void clear() {
    CoverageFixture.clear(jdbc);
  }

  @ParameterizedTest(name = "at {0}°E {1}°N")
  @CsvSource({"7.4, 43.7, 32632", "105, 22, 32648", "109, 12, 32649"})
  void hexagonsAndDeadZonesHaveTheirNominalAreaOnTheGround(double lon, double lat, int zone) {
    // readings with no service along 2 km east of (lon, lat): one dead zone of a few hexagons
    OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1);
    for (int metres : List.of(0, 400, 800, 1200, 1600, 2000)) {
      jdbc.update(
          "INSERT INTO survey_point (location, observed_at, operator, technology, identity_key,"
              + " import_id, line_no) SELECT "
              + String.format(
                  Locale.ROOT,
                  "ST_Project(ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography, %d,"
                      + " radians(90))::geometry",
                  lon,
                  lat,
                  metres)
              + ", ?, 'Viettel', 'none', ?, 1, ?",
          yesterday,
          metres,
          metres);
    }

    new CoverageService(dataSource, CoverageFixture.settings(false, "auto")).recompute(true, null);

    List<Double> areas =
        jdbc.queryForList("SELECT ST_Area(geom::geography) / 1e6 FROM coverage_hex", Double.class);
    assertThat(areas)
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a).isCloseTo(HEX_KM2, withinPercentage(0.5)));
    Integer cells = jdbc.queryForObject("SELECT sum(cells) FROM dead_zone", Integer.class);
    assertThat(cells).isPositive();
    assertThat(jdbc.queryForObject("SELECT sum(area_km2) FROM dead_zone", Double.class))
        .isCloseTo(cells * HEX_KM2, withinPercentage(0.5));
    // the report names the zone that was used, not the setting "auto"
    assertThat(
            jdbc.queryForObject(
                "SELECT parameters ->> 'srid' FROM coverage_run ORDER BY id DESC LIMIT 1",
                String.class))
        .isEqualTo(String.valueOf(zone));
  }
}
