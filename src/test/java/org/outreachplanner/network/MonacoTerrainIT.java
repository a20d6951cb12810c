package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Walking times on real terrain: the OpenStreetMap extract of Monaco (steep streets, stairs) and
 * the SRTM tile under it, from ../shared/data/real/osm-monaco, imported as a user would (the
 * planning region set to the tile). Skipped when that folder is absent.
 */
@DatabaseTest
@TestPropertySource(
    properties = {"outreach.region.name=Monaco", "outreach.region.bbox=7.0,43.0,8.0,44.0"})
class MonacoTerrainIT {

  private static final Path DATA = Path.of("../shared/data/real/osm-monaco");

  @TempDir Path dir;
  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @Autowired NetworkBuilder builder;
  @Autowired DemImporter dem;

  @BeforeEach
  void clear() {
    RoadTables.clear(jdbc);
  }

  @Test
  void walkingTimesOnMonacosStreetsAreBoundedAndPlausible() throws Exception {
    assumeTrue(
        Files.isRegularFile(DATA.resolve("monaco.osm.gz"))
            && Files.isRegularFile(DATA.resolve("N43E007.hgt.zip")),
        "../shared/data/real/osm-monaco (the Monaco extract and its SRTM tile) is absent");
    Path osm = dir.resolve("monaco.osm");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(DATA.resolve("monaco.osm.gz")));
        OutputStream out = Files.newOutputStream(osm)) {
      in.transferTo(out);
    }
    imports.importFile(ImportKind.ROADS, osm, ImportOptions.defaults(null));
    dem.importFiles(List.of(DATA.resolve("N43E007.hgt.zip")));

    NetworkReport report = builder.rebuild();
    NetworkReport.Terrain terrain = report.terrain();
    // the report as ./outreach network prints it, for the figures in docs/travel-times.md
    NetworkReportText.lines(report).forEach(System.out::println);

    assertThat(report.edgesWithElevation()).isGreaterThan(1000);
    // no edge walked slower than the floor of 0.5 km/h or faster than 6 km/h, either way
    assertThat(terrain.implausibleOnFoot()).isZero();
    Map<String, Object> walked =
        jdbc.queryForMap(
            "SELECT min(c.length_m / c.cost * 3.6) AS slowest,"
                + " max(greatest(c.cost, c.reverse_cost)) FILTER (WHERE c.length_m < 10)"
                + " AS short_max"
                + " FROM outreach_edge_costs('on_foot', 'dry') c WHERE c.cost > 0");
    assertThat((Double) walked.get("slowest")).isGreaterThan(0.499);
    // no street under 10 m takes more than 10 m at 0.5 km/h, 72 s (a 7 m street took 42 days)
    assertThat((Double) walked.get("short_max")).isLessThanOrEqualTo(72.0);
    // gentle descents (2 to 8 %, no climb) are walked faster than the flat
    Map<String, Object> gentle =
        jdbc.queryForMap(
            "SELECT count(*) AS edges, count(*) FILTER (WHERE outreach_travel_seconds("
                + "length_m, climb_m, descent_m, 4.5, true) >= length_m / 1.25) AS slower"
                + " FROM road_edge WHERE climb_m = 0 AND descent_m / length_m BETWEEN 0.02 AND 0.08");
    assertThat((Long) gentle.get("edges")).isPositive();
    assertThat((Long) gentle.get("slower")).isZero();
    // steeper than 30 % somewhere: a few percent of Monaco's streets (stairs and ramps), not the
    // seventh of them a reading of the nearest cell gave
    long edges = jdbc.queryForObject("SELECT count(*) FROM road_edge", Long.class);
    assertThat(terrain.steeperThan30Pct()).isLessThan(edges / 20);
    // impassable on foot (over 100 %): none in a city
    assertThat(terrain.impassableOnFoot()).isZero();
  }
}
