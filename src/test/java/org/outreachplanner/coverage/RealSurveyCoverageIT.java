package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real walk-test readings (two walks in Ottawa, as Network Cell Info Lite exports them in
 * OpenCellID's measurement format) imported as they come, with the planning region set to their
 * area, and their coverage computed in the UTM zone of the area (18N).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "outreach.region.name=Ottawa (test)",
      "outreach.region.bbox=-76.0,45.0,-75.0,46.0",
      "outreach.coverage.recompute-after-import=false"
    })
class RealSurveyCoverageIT {

  @Autowired ImportService imports;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  private static List<Path> walkFiles() throws IOException {
    String shared = System.getProperty("outreach.shared.data");
    Path dir = shared == null ? null : Path.of(shared, "real", "signal-opencellid");
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(dir),
        "skipped: the shared real data (real/signal-opencellid under outreach.shared.data = "
            + shared
            + ") is not on this machine");
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
  }

  @Test
  void realWalkReadingsImportAsTheyComeAndNoMostlyUsableHexagonIsDead() throws IOException {
    List<Path> files = walkFiles();
    TestTables.clear(jdbc);
    TestTables.owner()
        .execute("TRUNCATE coverage_run, coverage_hex, coverage_cell, dead_zone, village_coverage");
    long dataLines = 0;
    long stored = 0;
    for (Path file : files) {
      ImportReport report =
          imports.importFile(ImportKind.SURVEYS, file, ImportOptions.defaults(null));
      assertThat(report.succeeded()).as(report.summary()).isTrue();
      assertThat(report.message()).contains("Read as OpenCellID measurements");
      assertThat(report.message()).contains("stored as operator '302-720'");
      try (Stream<String> lines = Files.lines(file)) {
        dataLines += lines.skip(1).filter(l -> !l.isBlank()).count();
      }
      stored += report.inserted();
    }
    assertThat(stored).isEqualTo(TestTables.count(jdbc, "survey_point")).isGreaterThan(1800);
    // only rows repeating another in every value are left out
    assertThat(dataLines - stored).isLessThan(dataLines / 20);
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT operator || ' ' || technology FROM survey_point", String.class))
        .containsExactly("302-720 4G");
    assertThat(
            jdbc.queryForObject("SELECT count(*) FROM survey_point WHERE rsrp IS NULL", Long.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM survey_point"
                    + " WHERE observed_at = '2020-08-30T14:14:12Z' AND rsrp = -86",
                Long.class))
        .isEqualTo(1);

    CoverageService.Result result = new CoverageService(dataSource, utm18()).recompute(true, null);

    assertThat(result.cells()).isPositive();
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
    // these walks found -100 dBm or better almost everywhere: no measured hexagon is dead
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM coverage_cell WHERE operator = '*' AND technology = '*'"
                    + " AND NOT estimated AND class = 'none'",
                Long.class))
        .isZero();
    TestTables.clear(jdbc);
    TestTables.owner()
        .execute("TRUNCATE coverage_run, coverage_hex, coverage_cell, dead_zone, village_coverage");
  }

  /** The default settings: the UTM zone is chosen from the readings (18N, which holds Ottawa). */
  private static CoverageSettings utm18() {
    return new CoverageSettings(
        500, "auto", 12, "idw", 1500, 2, 2, "poor", 10, 3, 3, 30, 5, 5000, false);
  }
}
