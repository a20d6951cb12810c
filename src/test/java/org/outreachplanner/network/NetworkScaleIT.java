package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds of generated networks: a grid of winding segments 200 m long (4 segments meet at each
 * junction) with 2,000 villages. About 10,000 edges run with every build of the tests; about
 * 100,000 with {@code -Doutreach.scale-tests=true} (it takes a while to generate). Each build
 * prints how long it took; the time is not asserted (speed is measured by the benchmarks).
 */
@DatabaseTest
class NetworkScaleIT {

  /**
   * An n x n grid of junctions 200 m apart in UTM 48N, one segment to each east and north
   * neighbour, each with three bends of a few metres; villages spread over it by two primes.
   */
  private static final String GENERATE =
      """
      INSERT INTO province (code, name) VALUES ('12', 'Lai Châu');
      INSERT INTO commune (code, province_code, name, boundary, centre)
      VALUES ('C1', '12', 'Grid', ST_Multi(ST_MakeEnvelope(102.5, 21, 104.5, 23, 4326)),
              ST_Transform(ST_SetSRID(ST_MakePoint(600000, 2450000), 32648), 4326));
      INSERT INTO road_segment (source_id, geom, road_class, surface)
      SELECT d || '-' || i || '-' || j,
             ST_Transform(ST_SetSRID(ST_MakeLine(ARRAY[
                 ST_MakePoint(x, y),
                 ST_MakePoint(x + dx * 50 + dy * 7, y + dy * 50 + dx * 7),
                 ST_MakePoint(x + dx * 100 - dy * 5, y + dy * 100 - dx * 5),
                 ST_MakePoint(x + dx * 150 + dy * 3, y + dy * 150 + dx * 3),
                 ST_MakePoint(x + dx * 200, y + dy * 200)]), 32648), 4326),
             (ARRAY['tertiary', 'unclassified', 'track', 'path'])[1 + (i * 7 + j * 3) %% 4], 'dirt'
        FROM generate_series(0, %1$d - 1) AS i,
             generate_series(0, %1$d - 1) AS j,
             (VALUES ('h', 1, 0), ('v', 0, 1)) AS v (d, dx, dy),
             LATERAL (SELECT 600000 + i * 200.0 AS x, 2450000 + j * 200.0 AS y) c
       WHERE (d = 'h' AND i < %1$d - 1) OR (d = 'v' AND j < %1$d - 1);
      INSERT INTO village (code, commune_code, name, location, households, residents, eligible,
                           eid_done)
      SELECT 'V' || k, 'C1', 'Bản ' || k,
             ST_Transform(ST_SetSRID(ST_MakePoint(
                 600000 + (k * 7919 %% 997) / 997.0 * %1$d * 200,
                 2450000 + (k * 104729 %% 991) / 991.0 * %1$d * 200), 32648), 4326),
             10, 50, 30, 5
        FROM generate_series(1, 2000) AS k;
      """;

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;
  @Autowired ImportService imports;

  @BeforeEach
  void empty() {
    RoadTables.clear(jdbc);
  }

  @Test
  void tenThousandEdgesBuildIntoOneNetworkWithEveryPlace() {
    NetworkReport r = build(72);

    // 2 x 72 x 71 segments; the 2,000 villages and the commune centre are all within reach
    assertThat(r.segments()).isEqualTo(10_224);
    assertThat(r.components()).isEqualTo(1);
    assertThat(r.placesAttached()).isEqualTo(2_001);
    assertNoSegmentCutMoreThanItsPlacesNeed(r);
  }

  @Test
  @EnabledIfSystemProperty(named = "outreach.scale-tests", matches = "true")
  void aHundredThousandEdgesBuildIntoOneNetwork() {
    NetworkReport r = build(224);

    assertThat(r.segments()).isEqualTo(99_904);
    assertThat(r.edges()).isGreaterThan(100_000);
    assertThat(r.components()).isEqualTo(1);
    assertNoSegmentCutMoreThanItsPlacesNeed(r);
  }

  /**
   * The generated province whose build once failed on a stretch of road collapsed into one vertex
   * (see CollapsedStretchIT): 50,000 villages with about two roads each, some 100,000 segments.
   */
  @Test
  @EnabledIfSystemProperty(named = "outreach.scale-tests", matches = "true")
  void aGeneratedProvinceWithTwoRoadsPerVillageBuilds(@TempDir Path dir) {
    RoadTestData.generateProvince(dir, 1, 50_000, 2);
    RoadTestData.importScenario(imports, dir);

    NetworkReport r = builder.rebuild();

    assertThat(r.segments()).isGreaterThan(100_000);
    assertThat(r.collapsedPieces()).isNotEmpty();
    assertThat(TestCounts.rows(jdbc, "road_edge WHERE NOT (length_m > 0)")).isZero();
    assertThat(r.placesAttached() + r.placesUnattached().size())
        .isEqualTo(TestCounts.rows(jdbc, "place_attachment"));
  }

  /**
   * The build's size is bounded: the grid's segments cross nowhere, so each is one edge, and a
   * place adds at most its off-road leg and one cut of the road it joins.
   */
  private static void assertNoSegmentCutMoreThanItsPlacesNeed(NetworkReport r) {
    assertThat(r.edges()).isLessThanOrEqualTo(r.segments() + 2 * r.placesAttached());
  }

  private NetworkReport build(int n) {
    jdbc.execute(GENERATE.formatted(n));
    jdbc.execute("ANALYZE road_segment, village");
    NetworkReport r = builder.rebuild();
    System.out.println(NetworkReportText.lines(r).get(0) + ", " + r.edges() + " edges");
    return r;
  }
}
