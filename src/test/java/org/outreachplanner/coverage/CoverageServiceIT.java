package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.outreachplanner.coverage.CoverageFixture.HEX_KM2;
import static org.outreachplanner.coverage.CoverageFixture.I0;
import static org.outreachplanner.coverage.CoverageFixture.J0;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class CoverageServiceIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ImportService imports;

  private CoverageFixture fixture;

  @BeforeEach
  void load() {
    fixture = new CoverageFixture(jdbc);
    fixture.load();
  }

  private String cell(int di, String operator, String technology) {
    List<String> rows =
        jdbc.queryForList(
            "SELECT class || ' ' || samples || ' ' || estimated || ' ' || stale || ' ' || confidence"
                + " FROM coverage_cell WHERE cell_i = ? AND cell_j = ? AND operator = ?"
                + " AND technology = ?",
            String.class,
            I0 + di,
            J0,
            operator,
            technology);
    return rows.isEmpty() ? "unknown" : rows.get(0);
  }

  @Test
  void measuredCellsAreClassedByTheLowerMedianOfTheirReadings() {
    CoverageService.Result result =
        CoverageFixture.service(dataSource, false).recompute(true, null);

    assertThat(result.surveyPoints()).isEqualTo(13);
    assertThat(result.cells()).isEqualTo(5);
    assertThat(result.estimatedCells()).isZero();
    assertThat(result.deadZones()).isEqualTo(2);
    assertThat(cell(0, "Viettel", "4G")).isEqualTo("good 3 false false medium");
    assertThat(cell(0, "VNPT", "none")).isEqualTo("none 2 false false low");
    assertThat(cell(0, "VNPT", "*")).isEqualTo("none 2 false false low");
    assertThat(cell(0, "*", "*")).isEqualTo("good 5 false false medium");
    assertThat(cell(0, "MobiFone", "*")).isEqualTo("unknown");
    assertThat(cell(1, "Viettel", "*")).isEqualTo("none 1 false true low");
    assertThat(cell(1, "MobiFone", "2G")).isEqualTo("fair 1 false true low");
    assertThat(cell(1, "*", "*")).isEqualTo("fair 2 false true low");
    assertThat(cell(5, "*", "*")).isEqualTo("none 2 false false low");
    assertThat(cell(6, "Viettel", "4G")).isEqualTo("none 3 false false medium");
    assertThat(cell(20, "*", "*")).isEqualTo("none 1 false false low");
    // -105, -98, -95: median -98, 10th percentile -105 + 0.2 · 7
    Map<String, Object> a =
        jdbc.queryForMap(
            "SELECT signal_measure, signal_median, signal_p10 FROM coverage_cell"
                + " WHERE cell_i = ? AND cell_j = ? AND operator = 'Viettel' AND technology = '4G'",
            I0,
            J0);
    assertThat(a.get("signal_measure")).isEqualTo("rsrp");
    assertThat(((Number) a.get("signal_median")).doubleValue()).isEqualTo(-98.0);
    assertThat(((Number) a.get("signal_p10")).doubleValue()).isCloseTo(-103.6, within(1e-4));
    assertThat(
            jdbc.queryForObject(
                "SELECT signal_median FROM coverage_cell WHERE cell_i = ? AND cell_j = ?"
                    + " AND operator = 'MobiFone' AND technology = '2G'",
                Double.class,
                I0 + 1,
                J0))
        .isEqualTo(-90.0);
  }

  @Test
  void deadZonesJoinNeighbouringCellsAndCountTheHouseholdsInside() {
    CoverageFixture.service(dataSource, false).recompute(true, null);

    Map<String, Object> z1 = jdbc.queryForMap("SELECT * FROM dead_zone WHERE id = 1");
    assertThat(z1.get("cells")).isEqualTo(2);
    // measured on the spheroid: the UTM grid's 250 m are 250.05 m on the ground 125 km west of
    // the central meridian, so the area is 0.04 % larger than the grid's
    assertThat((Double) z1.get("area_km2")).isCloseTo(2 * HEX_KM2, withinPercentage(0.1));
    assertThat(z1.get("households")).isEqualTo(150);
    assertThat(z1.get("residents")).isEqualTo(600);
    assertThat(z1.get("eligible")).isEqualTo(450);
    assertThat(z1.get("eid_missing")).isEqualTo(200);
    assertThat(z1.get("measured_share")).isEqualTo(1.0);
    assertThat(z1.get("estimated_share")).isEqualTo(0.0);
    assertThat(texts("village_codes", 1)).isEqualTo("{V1,V2}");
    assertThat(texts("operators_measured", 1)).isEqualTo("{VNPT,Viettel}");
    assertThat(texts("operators_absent", 1)).isEqualTo("{MobiFone,VNPT,Viettel}");
    // from V1 (the most households) at the centre of C to the centre of B, 4 columns west
    assertThat((Double) z1.get("nearest_usable_m")).isCloseTo(1500.0, within(1e-6));
    assertThat(
            jdbc.queryForObject(
                "SELECT ST_NumGeometries(geom) || ' ' || ST_NPoints(geom) FROM dead_zone"
                    + " WHERE id = 1",
                String.class))
        .as("two hexagons sharing an edge make one polygon of 10 corners and its closing point")
        .isEqualTo("1 11");

    Map<String, Object> z2 = jdbc.queryForMap("SELECT * FROM dead_zone WHERE id = 2");
    assertThat(z2.get("households")).isEqualTo(10);
    assertThat(z2.get("eid_missing")).isEqualTo(30);
    assertThat(texts("operators_measured", 2)).isEqualTo("{MobiFone}");
    assertThat(TestTables.count(jdbc, "dead_zone")).isEqualTo(2);
  }

  @Test
  void villagesGetTheClassOfTheirCellPerOperatorAndForTheBestOne() {
    CoverageFixture.service(dataSource, false).recompute(true, null);

    assertThat(
            jdbc.queryForList(
                "SELECT village_code || ' ' || operator || ' ' || class || ' '"
                    + " || coalesce(dead_zone_id::text, '-') FROM village_coverage"
                    + " ORDER BY village_code, operator",
                String.class))
        .containsExactly(
            "V1 * none 1",
            "V1 MobiFone unknown 1",
            "V1 VNPT none 1",
            "V1 Viettel none 1",
            "V2 * none 1",
            "V2 MobiFone unknown 1",
            "V2 VNPT unknown 1",
            "V2 Viettel none 1",
            "V3 * good -",
            "V3 MobiFone unknown -",
            "V3 VNPT none -",
            "V3 Viettel good -",
            "V4 * none 2",
            "V4 MobiFone none 2",
            "V4 VNPT unknown 2",
            "V4 Viettel unknown 2",
            "V5 * unknown -",
            "V5 MobiFone unknown -",
            "V5 VNPT unknown -",
            "V5 Viettel unknown -");
  }

  @Test
  void estimatedCellsAreAlwaysMarkedEstimated() {
    // between a good cell and a none cell two rows apart: (3 + 0) / 2 rounds to fair
    fixture.point(40, 9, "Viettel", "4G", -90.0, null, java.time.OffsetDateTime.now());
    fixture.point(40, 11, "Viettel", "4G", -130.0, null, java.time.OffsetDateTime.now());
    fixture.village("V7", 40, 10, 12, 50, 30, 10, "no");
    CoverageService.Result result = CoverageFixture.service(dataSource, true).recompute(true, null);
    assertThat(
            jdbc.queryForList(
                "SELECT operator || ' ' || class || ' ' || estimated || ' ' || confidence"
                    + " FROM village_coverage WHERE village_code = 'V7' ORDER BY operator",
                String.class))
        .as("estimated for any operator and for Viettel, unknown for the others")
        .containsExactly(
            "* fair true estimated",
            "MobiFone unknown false none",
            "VNPT unknown false none",
            "Viettel fair true estimated");

    assertThat(result.estimatedCells()).isPositive();
    List<String> x =
        jdbc.queryForList(
            "SELECT class || ' ' || samples || ' ' || estimated || ' ' || confidence"
                + " FROM coverage_cell WHERE cell_i = ? AND cell_j = ? AND operator = '*'"
                + " AND technology = '*'",
            String.class,
            I0 + 40,
            J0 + 10);
    assertThat(x).containsExactly("fair 0 true estimated");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM coverage_cell WHERE estimated AND (samples <> 0"
                    + " OR confidence <> 'estimated' OR signal_median IS NOT NULL)",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT bool_and(measured_share + estimated_share = 1) FROM dead_zone",
                Boolean.class))
        .isTrue();
  }

  @Test
  void readersSeeTheOldLayerUntilTheNewOneIsCommitted() {
    CoverageService service = CoverageFixture.service(dataSource, false);
    service.recompute(true, null);
    String before = snapshot();
    fixture.point(20, 0, "Viettel", "4G", -80.0, null, java.time.OffsetDateTime.now());
    StringBuilder seenDuring = new StringBuilder();

    service.recompute(
        true,
        (index, total, name) -> {
          if (index == total - 1) {
            seenDuring.append(snapshot());
          }
        });

    assertThat(seenDuring.toString()).isEqualTo(before);
    String after = snapshot();
    assertThat(after).isNotEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM dead_zone", Integer.class)).isEqualTo(1);
  }

  @Test
  void aFailedRecomputeLeavesTheOldLayer() {
    CoverageService service = CoverageFixture.service(dataSource, false);
    service.recompute(true, null);
    String before = snapshot();
    fixture.point(20, 0, "Viettel", "4G", -80.0, null, java.time.OffsetDateTime.now());

    assertThatThrownBy(
            () ->
                service.recompute(
                    true,
                    (index, total, name) -> {
                      if (name.equals("village coverage")) {
                        throw new IllegalStateException("stopped in the middle");
                      }
                    }))
        .hasMessage("stopped in the middle");

    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anUnchangedInputIsNotComputedAgain() {
    CoverageService service = CoverageFixture.service(dataSource, false);
    assertThat(service.recompute(false, null).computed()).isTrue();
    assertThat(service.recompute(false, null).computed()).isFalse();
    fixture.point(30, 0, "Viettel", "4G", -80.0, null, java.time.OffsetDateTime.now());
    assertThat(service.recompute(false, null).computed()).isTrue();
  }

  @Test
  void aSurveyImportRecomputesTheLayerAndBadSurveysChangeNothing(@TempDir Path dir)
      throws IOException {
    CoverageFixture.clear(jdbc);
    Path good = dir.resolve("surveys.csv");
    Files.writeString(
        good,
        "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id\n"
            + "103.8,21.5,2026-05-14T09:00:00+07:00,Viettel,4G,-95,,,,dev-1\n"
            + "103.8,21.5,2026-05-14T09:01:00+07:00,VNPT,none,,,,,dev-1\n");
    ImportReport report =
        imports.importFile(ImportKind.SURVEYS, good, ImportOptions.defaults("surveys.csv"));
    assertThat(report.succeeded()).isTrue();
    assertThat(jdbc.queryForObject("SELECT survey_points FROM coverage_run", Long.class))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "SELECT class FROM coverage_cell WHERE operator = '*' AND technology = '*'",
                String.class))
        .isEqualTo("good");

    // each bad row refuses its whole file with a reason; the layer stays as it was
    String header = "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id\n";
    Map<String, String> badRows =
        Map.of(
            ",21.5,2026-05-14T10:00:00+07:00,Viettel,4G,-95,,,,dev-2",
            "no value",
            "103.8,21.5,2026-05-14T10:00:00+07:00,Viettel,4G,-250,,,,dev-2",
            "impossible value -250",
            "103.8,21.5,2026-05-14T10:00:00+07:00,Viettel,6G,-95,,,,dev-2",
            "unknown technology '6G'",
            "103.8,21.5,2099-05-14T10:00:00+07:00,Viettel,4G,-95,,,,dev-2",
            "timestamp in the future");
    for (Map.Entry<String, String> row : badRows.entrySet()) {
      Path bad = dir.resolve("bad.csv");
      Files.writeString(bad, header + row.getKey() + "\n");
      ImportReport refused =
          imports.importFile(ImportKind.SURVEYS, bad, ImportOptions.defaults("bad.csv"));
      assertThat(refused.succeeded()).as(row.getKey()).isFalse();
      assertThat(refused.problems().toString()).as(row.getKey()).contains(row.getValue());
    }
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(2);
    assertThat(TestTables.count(jdbc, "coverage_run")).isEqualTo(1);
  }

  @Test
  void theSqlCellOfAPointIsTheHexagonOfPostgisThatHoldsIt() {
    assertThat(
            jdbc.queryForObject(
                """
                WITH p AS (
                    SELECT ST_MakePoint(200000 + 50000 * sin(n) ^ 2, 2300000 + 90000 * cos(n * 7) ^ 2)
                        AS g
                    FROM generate_series(1, 5000) n)
                SELECT count(*) FILTER (WHERE NOT ST_Intersects(ST_Hexagon(250, h.i, h.j), p.g))
                FROM p CROSS JOIN LATERAL coverage_hex(ST_X(p.g), ST_Y(p.g), 250) h
                """,
                Integer.class))
        .isZero();
  }

  private String texts(String column, int zone) {
    return jdbc.queryForObject(
        "SELECT " + column + "::text FROM dead_zone WHERE id = ?", String.class, zone);
  }

  /** The visible layer: cells, dead zones and village classes. */
  private String snapshot() {
    return jdbc.queryForObject(
        "SELECT (SELECT count(*) FROM coverage_cell) || '|' || (SELECT coalesce(string_agg("
            + "id || ':' || households || ':' || cells, ',' ORDER BY id), '') FROM dead_zone)"
            + " || '|' || (SELECT string_agg(village_code || operator || class, ',' ORDER BY"
            + " village_code, operator) FROM village_coverage) || '|' || (SELECT count(*) FROM"
            + " coverage_run)",
        String.class);
  }
}
