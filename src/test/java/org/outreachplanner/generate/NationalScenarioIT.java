package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small national scenario (two provinces, twelve communes) goes through the real importers like
 * any generated province: communes with their provinces, villages, teams, roads and surveys.
 */
@DatabaseTest
class NationalScenarioIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @TempDir Path dir;

  @BeforeEach
  void empty() {
    RoadTestData.clear(jdbc);
  }

  @Test
  void aSmallNationalRunImportsWithTheUsualKinds() {
    assertThat(
            OutreachCli.run(
                "generate",
                "--preset",
                "national",
                "--seed",
                "3",
                "--provinces",
                "2",
                "--communes",
                "12",
                "--villages",
                "120",
                "--survey-readings",
                "4000",
                "--out",
                dir.toString()))
        .isZero();
    RoadTestData.importScenario(imports, dir);
    Path surveys = dir.resolve("surveys.csv");
    ImportReport report =
        imports.importFile(ImportKind.SURVEYS, surveys, ImportOptions.defaults("surveys.csv"));
    assertThat(report.succeeded()).as(report.summary()).isTrue();

    assertThat(
            jdbc.queryForList(
                "SELECT code || ' ' || name FROM province ORDER BY code", String.class))
        .containsExactly("01 Hà Nội", "04 Cao Bằng");
    assertThat(TestTables.count(jdbc, "commune")).isEqualTo(12);
    assertThat(TestTables.count(jdbc, "village")).isEqualTo(120);
    assertThat(TestTables.count(jdbc, "team")).isGreaterThanOrEqualTo(12);
    assertThat(TestTables.count(jdbc, "road_segment")).isPositive();
    assertThat(TestTables.count(jdbc, "survey_point")).isEqualTo(4_000);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM village v JOIN commune c ON c.code = v.commune_code"
                    + " WHERE ST_Contains(c.boundary, v.location)",
                Integer.class))
        .as("every village inside its commune")
        .isEqualTo(120);
  }
}
