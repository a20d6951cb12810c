package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports of in-memory tables through the real service and database, and what they left. */
@DatabaseTest
public abstract class ImportTestSupport {

  /** Province 44 with two communes: Thượng Trạch and Dân Hoá, as simple boxes. */
  protected static final String INSERT_COMMUNES =
      """
      INSERT INTO province (code, name) VALUES ('44', 'Quảng Trị');
      INSERT INTO commune (code, province_code, name, boundary, centre) VALUES
        ('19147', '44', 'Thượng Trạch',
         ST_Multi(ST_MakeEnvelope(106.0, 17.3, 106.4, 17.6, 4326)),
         ST_SetSRID(ST_MakePoint(106.2, 17.45), 4326)),
        ('18904', '44', 'Dân Hoá',
         ST_Multi(ST_MakeEnvelope(105.6, 17.7, 105.8, 17.9, 4326)),
         ST_SetSRID(ST_MakePoint(105.7, 17.8), 4326));
      """;

  @Autowired protected ImportService service;
  @Autowired protected ImportRunRepository runs;
  @Autowired protected JdbcTemplate jdbc;

  @BeforeEach
  void emptyTables() {
    TestTables.clear(jdbc);
  }

  protected void insertCommunes() {
    jdbc.execute(INSERT_COMMUNES);
  }

  protected ImportReport importTable(KindImporter importer, String fileName, String table) {
    return importTable(importer, fileName, table, ImportOptions.defaults(fileName));
  }

  protected ImportReport importTable(
      KindImporter importer, String fileName, String table, ImportOptions options) {
    MemorySource source = new MemorySource(fileName, importer.columns(), table);
    ImportReport report = service.importFeatures(importer, source, "test", options);
    assertThat(source.closed()).as("the source is closed after the import").isTrue();
    return report;
  }

  protected static void assertCounts(
      ImportReport report, int inserted, int updated, int unchanged) {
    assertThat(report.problems()).isEmpty();
    assertThat(report.status()).isEqualTo(ImportReport.Status.SUCCEEDED);
    assertThat(List.of(report.inserted(), report.updated(), report.unchanged()))
        .as("inserted, updated, unchanged")
        .containsExactly(inserted, updated, unchanged);
  }

  /**
   * Imports a table that must be refused with exactly {@code problems}, and checks that no domain
   * table changed and that import_run records the failure with the same problems.
   */
  protected ImportReport assertRefused(
      KindImporter importer, String fileName, String table, ImportProblem... problems) {
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);
    ImportReport report = importTable(importer, fileName, table);
    assertThat(EnglishProblems.inEnglish(report.problems())).containsExactly(problems);
    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    assertThat(report.problemCount()).isEqualTo(problems.length);
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
    assertRecordedFailure(report);
    return report;
  }

  protected void assertRecordedFailure(ImportReport report) {
    ImportRun run = runs.find(report.importId()).orElseThrow();
    assertThat(run.status()).isEqualTo("FAILED");
    assertThat(run.finishedAt()).isNotNull();
    assertThat(run.message()).isEqualTo(report.outcome());
    assertThat(run.problems()).isEqualTo(report.problems().isEmpty() ? null : report.problems());
    assertThat(run.inserted()).isNull();
  }

  protected static ImportProblem problem(String file, long feature, String column, String english) {
    return EnglishProblems.problem(file, feature, column, english);
  }
}
