package org.outreachplanner.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.QueryPlans;
import org.outreachplanner.support.QueryPlans.Scan;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queries of the national map, its tiles and the dashboards use their indexes: on a database
 * with enough rows that reading a whole table costs more than an index (30,000 villages in 300
 * communes of 30 provinces, 40,000 coverage hexagons with 80,000 cells, 100,000 survey readings
 * over two months), the plan of each query that asks for a small part of a big table reads no big
 * table whole (no Seq Scan of village, coverage_hex or coverage_cell), and a time range of survey
 * readings reads only the partitions of its months. The queries are the tile functions' bodies
 * (R__tiles.sql), the progress series (R__progress.sql) and the village and commune listings as
 * their repositories write them.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansIT {

  private static final Set<String> BIG_TABLES = Set.of("village", "coverage_hex", "coverage_cell");

  /** A village in the middle of the data: commune C0155 (lon 105.4–105.5, lat 20.5–20.6). */
  private static final double LON = 105.4505;

  private static final double LAT = 20.5505;

  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void fill() {
    TestTables.clear(jdbc);
    JdbcTemplate owner = TestTables.owner();
    owner.execute("TRUNCATE coverage_hex, coverage_cell");
    jdbc.update(
        "INSERT INTO province (code, name) SELECT 'P' || n, 'P' || n FROM generate_series(1, 30) n");
    // 300 communes of 0.1° x 0.1° in 30 columns and 10 rows, 10 per province (as in the country:
    // a province is a few percent of the villages)
    jdbc.update(
        """
        INSERT INTO commune (code, province_code, name, boundary, centre)
        SELECT 'C' || lpad(n::text, 4, '0'), 'P' || (n / 10 + 1), 'Xã ' || n,
               ST_Multi(ST_MakeEnvelope(102.5 + (n % 30) * 0.1, 20 + (n / 30) * 0.1,
                                        102.6 + (n % 30) * 0.1, 20.1 + (n / 30) * 0.1, 4326)),
               ST_SetSRID(ST_MakePoint(102.55 + (n % 30) * 0.1, 20.05 + (n / 30) * 0.1), 4326)
          FROM generate_series(0, 299) n
        """);
    // 100 villages per commune on a 10 x 10 grid of 0.01°
    jdbc.update(
        """
        INSERT INTO village (code, commune_code, name, location, households, residents, eligible,
                             eid_done)
        SELECT 'V' || lpad((n * 100 + k)::text, 6, '0'), 'C' || lpad(n::text, 4, '0'), 'Bản ' || k,
               ST_SetSRID(ST_MakePoint(102.5005 + (n % 30) * 0.1 + (k % 10) * 0.01,
                                       20.0005 + (n / 30) * 0.1 + (k / 10) * 0.01), 4326),
               100, 400, 300, 100
          FROM generate_series(0, 299) n, generate_series(0, 99) k
        """);
    // 200 x 200 hexagons (as squares of 0.015°) over the villages, each with two operators' cells
    jdbc.update(
        """
        INSERT INTO coverage_hex (cell_i, cell_j, geom)
        SELECT i, j, ST_MakeEnvelope(102.5 + i * 0.015, 20 + j * 0.005,
                                     102.515 + i * 0.015, 20.005 + j * 0.005, 4326)
          FROM generate_series(0, 199) i, generate_series(0, 199) j
        """);
    jdbc.update(
        """
        INSERT INTO coverage_cell (cell_i, cell_j, operator, technology, samples, rank, class,
                                   estimated, stale, confidence)
        SELECT cell_i, cell_j, op, op, 5, 2, 'fair', false, false, 'high'
          FROM coverage_hex, unnest(ARRAY['*', 'Viettel']) op
        """);
    jdbc.queryForObject(
        "SELECT outreach_survey_partitions(ARRAY['2026-03-01Z', '2026-04-01Z']::timestamptz[])",
        Integer.class);
    jdbc.update(
        """
        INSERT INTO survey_point (location, observed_at, operator, technology, rsrp, identity_key,
                                  import_id, line_no)
        SELECT ST_SetSRID(ST_MakePoint(102.5 + (n % 300) * 0.01, 20 + (n / 300) * 0.003), 4326),
               timestamptz '2026-03-01Z' + n * interval '50 seconds', 'Viettel', '4G', -90, n, 1, n
          FROM generate_series(1, 100000) n
        """);
    owner.execute("ANALYZE province, commune, village, coverage_hex, coverage_cell, survey_point");
  }

  @AfterAll
  void empty() {
    TestTables.clear(jdbc);
    TestTables.owner().execute("TRUNCATE coverage_hex, coverage_cell");
  }

  @Test
  void villageTilesFromZoomTenReadTheirVillagesByIndex() {
    for (int z : new int[] {10, 12, 14}) {
      assertReadsNoBigTableWhole("tile_villages at zoom " + z, tileBody("tile_villages", z));
    }
  }

  @Test
  void communeAndCoverageTilesReadByIndex() {
    assertReadsNoBigTableWhole("tile_communes", tileBody("tile_communes", 12));
    assertReadsNoBigTableWhole("tile_coverage", tileBody("tile_coverage", 13));
  }

  @Test
  void villageListingsReadByIndex() {
    assertReadsNoBigTableWhole(
        "villages in a box",
        """
        SELECT v.code FROM village v JOIN commune c ON c.code = v.commune_code
         WHERE v.location && ST_MakeEnvelope(105.4, 20.5, 105.45, 20.55, 4326)
         ORDER BY v.code LIMIT 1000
        """);
    assertReadsNoBigTableWhole(
        "villages of a commune",
        """
        SELECT v.code FROM village v JOIN commune c ON c.code = v.commune_code
         WHERE v.commune_code = 'C0155' ORDER BY v.code LIMIT 1000
        """);
    assertReadsNoBigTableWhole(
        "communes in a box with their villages",
        """
        SELECT c.code, (SELECT count(*) FROM village v WHERE v.commune_code = c.code)
          FROM commune c WHERE c.boundary && ST_MakeEnvelope(105.4, 20.5, 105.6, 20.7, 4326)
        """);
  }

  @Test
  void progressSeriesOfACommuneAndAProvinceReadTheirVillagesByIndex() {
    for (String area : List.of("'commune', 'C0155'", "'province', 'P16'")) {
      String args = area + ", date '2026-03-02', 12";
      assertReadsNoBigTableWhole(
          "weekly progress of " + area, "SELECT * FROM outreach_progress_weeks(" + args + ")");
      assertReadsNoBigTableWhole(
          "visits per week of " + area, "SELECT * FROM outreach_progress_visits(" + args + ")");
    }
  }

  @Test
  void aTimeRangeOfSurveyReadingsReadsOnlyThePartitionsOfItsMonths() {
    List<Scan> scans =
        QueryPlans.scans(
            jdbc,
            """
            SELECT identity_key FROM survey_point
             WHERE observed_at BETWEEN '2026-04-02Z' AND '2026-04-03Z' AND import_id <> 2
            """);
    assertThat(scans).extracting(Scan::relation).containsOnly("survey_point_y2026m04");
  }

  private String tileBody(String function, int z) {
    int n = 1 << z;
    int x = (int) Math.floor((LON + 180) / 360 * n);
    double r = Math.toRadians(LAT);
    int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    return QueryPlans.functionBody(
        jdbc, function, Map.of("p_z", "" + z, "p_x", "" + x, "p_y", "" + y));
  }

  private void assertReadsNoBigTableWhole(String what, String sql) {
    List<Scan> scans = QueryPlans.scans(jdbc, sql);
    assertThat(scans)
        .as("%s: %s", what, scans)
        .isNotEmpty()
        .noneMatch(s -> s.node().equals("Seq Scan") && BIG_TABLES.contains(s.relation()));
  }
}
