package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.coverage.CoverageFixture.I0;
import static org.outreachplanner.coverage.CoverageFixture.J0;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each reading is classed on the measure of its technology; one without it is unknown, never none,
 * and a hexagon whose readings are mostly usable is never part of a dead zone.
 *
 * <ul>
 *   <li>X (+0): Viettel 4G RSRP -95, -98, -99 (good) and four 3G readings whose only value sits in
 *       the RSRP column (-125): unknown, so X is good. Classed as none, they would have made X
 *       dead.
 *   <li>Y (+1): VNPT 3G RSCP -90, -92 (fair), MobiFone 2G RSSI -110 (none): two of three usable.
 *   <li>Z (+5): Viettel 4G RSRP -125 three times (none) and two 4G readings with RSRQ only.
 *   <li>W (+6, next to Z): a 5G non-standalone reading, LTE anchor RSRP -125, NR SS-RSRP -95: good.
 * </ul>
 */
@DatabaseTest
class CoverageMeasuresIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  private int line;

  @BeforeEach
  void load() {
    new CoverageFixture(jdbc).load();
    TestTables.owner().execute("TRUNCATE survey_point");
    for (double rsrp : new double[] {-95, -98, -99}) {
      reading(0, "Viettel", "4G", "rsrp", rsrp);
    }
    for (int k = 0; k < 4; k++) {
      reading(0, "Viettel", "3G", "rsrp", -125);
    }
    reading(1, "VNPT", "3G", "rscp", -90);
    reading(1, "VNPT", "3G", "rscp", -92);
    reading(1, "MobiFone", "2G", "rssi", -110);
    for (int k = 0; k < 3; k++) {
      reading(5, "Viettel", "4G", "rsrp", -125);
    }
    reading(5, "Viettel", "4G", "rsrq", -20);
    reading(5, "Viettel", "4G", "rsrq", -19);
    reading(6, "Viettel", "5G", "rsrp", -125);
    jdbc.update("UPDATE survey_point SET nr_rsrp = -95 WHERE technology = '5G'");
  }

  @Test
  void aReadingWithoutItsTechnologysMeasureIsUnknownNotNone() {
    CoverageFixture.service(dataSource, false).recompute(true, null);

    assertThat(cell(0, "Viettel", "3G")).isEqualTo("unknown");
    assertThat(cell(0, "*", "*")).isEqualTo("good 3 4");
    assertThat(cell(1, "VNPT", "3G")).isEqualTo("fair 2 0");
    assertThat(cell(1, "*", "*")).isEqualTo("fair 3 0");
    assertThat(cell(5, "*", "*")).isEqualTo("none 3 2");
    assertThat(cell(6, "Viettel", "5G")).isEqualTo("good 1 0");
    assertThat(
            jdbc.queryForObject(
                "SELECT signal_measure || ' ' || signal_median FROM coverage_cell"
                    + " WHERE cell_i = ? AND cell_j = ? AND operator = 'VNPT'"
                    + " AND technology = '3G'",
                String.class,
                I0 + 1,
                J0))
        .isEqualTo("rscp -91");
  }

  @Test
  void aHexagonWhoseReadingsAreMostlyUsableIsInNoDeadZoneAndAZoneSaysWhatItRestsOn() {
    CoverageService.Result result =
        CoverageFixture.service(dataSource, false).recompute(true, null);

    assertThat(result.deadZones()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT cells || ' ' || readings FROM dead_zone", String.class))
        .isEqualTo("1 3");
    List<String> mostlyUsableInZones =
        jdbc.queryForList(
            """
            SELECT c.cell_i || ',' || c.cell_j FROM coverage_cell c
            JOIN coverage_hex h USING (cell_i, cell_j)
            JOIN dead_zone z ON ST_Intersects(z.geom, ST_PointOnSurface(h.geom))
            WHERE c.operator = '*' AND c.technology = '*' AND NOT c.estimated
              AND 2 * (c.n_poor + c.n_fair + c.n_good) > c.samples
            """,
            String.class);
    assertThat(mostlyUsableInZones).isEmpty();
  }

  private void reading(int di, String operator, String technology, String measure, double v) {
    line++;
    jdbc.update(
        "INSERT INTO survey_point (location, observed_at, operator, technology, "
            + measure
            + ", identity_key, import_id, line_no) VALUES ("
            + CoverageFixture.centre(di, 0, line % 7)
            + ", ?, ?, ?, ?, ?, 1, ?)",
        OffsetDateTime.now().minusDays(1),
        operator,
        technology,
        v,
        line,
        line);
  }

  private String cell(int di, String operator, String technology) {
    List<String> rows =
        jdbc.queryForList(
            "SELECT class || ' ' || samples || ' ' || n_unknown FROM coverage_cell"
                + " WHERE cell_i = ? AND cell_j = ? AND operator = ? AND technology = ?",
            String.class,
            I0 + di,
            J0,
            operator,
            technology);
    return rows.isEmpty() ? "unknown" : rows.get(0);
  }
}
