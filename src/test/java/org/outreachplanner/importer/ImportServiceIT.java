package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.village.VillageImporter;
import org.springframework.beans.factory.annotation.Autowired;

/** What the service does when an import fails for reasons other than the file's content. */
class ImportServiceIT extends ImportTestSupport {

  private static final String FILE = "villages.csv";
  private static final String VILLAGES =
      """
      code | name | commune_code | households | residents | eligible | eid_done | geometry
      TT-01 | Cà Roòng 1 | 19147 | 120 | 560 | 400 | 60 | POINT (106.25 17.45)
      TT-02 | Cà Roòng 2 | 19147 | 95 | 430 | 300 | 45 | POINT (106.27 17.47)
      TT-03 | Cà Roòng 3 | 19147 | 70 | 300 | 200 | 30 | POINT (106.29 17.49)
      """;

  @Autowired VillageImporter villages;
  @Autowired DataSource dataSource;
  @Autowired FeatureReader reader;

  @Test
  void anImportLeftRunningByAProcessThatIsGoneIsMarkedFailedAndItsStagingDropped() {
    jdbc.update(
        "INSERT INTO import_run (kind, file_name, sha256, status, owner)"
            + " VALUES ('roads', 'roads.gpkg', 'x', 'RUNNING', 'outreach:999999999')");
    jdbc.execute("CREATE TABLE staging.import_left_behind (n int)");

    // the heartbeat's sweep may have marked it already
    runs.recoverInterrupted();

    long id =
        jdbc.queryForObject("SELECT id FROM import_run WHERE file_name = 'roads.gpkg'", Long.class);
    ImportRun run = runs.find(id).orElseThrow();
    assertThat(run.status()).isEqualTo("FAILED");
    assertThat(run.message().english())
        .isEqualTo(
            "interrupted: the process running it ended before it finished; nothing was imported");
    assertThat(run.message().in(Locale.forLanguageTag("vi")))
        .isEqualTo(
            "bị gián đoạn: tiến trình chạy việc nhập đã dừng trước khi xong; không có gì được nhập");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'staging'", Integer.class))
        .isZero();
  }

  @Test
  void anImportWhoseHeartbeatStoppedIsMarkedFailedAndOneThatBeatsIsKept() {
    String insert =
        "INSERT INTO import_run (kind, file_name, sha256, status, owner, heartbeat_at,"
            + " owner_host, owner_pid, owner_instance) VALUES ('roads', ?, 'x', 'RUNNING',"
            + " 'outreach:4242', now() - ?::interval, 'another-host', 4242, ?) RETURNING id";
    long silent =
        jdbc.queryForObject(
            insert, Long.class, "silent.gpkg", "2 minutes", UUID.randomUUID().toString());
    long beating =
        jdbc.queryForObject(
            insert, Long.class, "beating.gpkg", "0 seconds", UUID.randomUUID().toString());

    runs.recoverInterrupted();

    ImportRun run = runs.find(silent).orElseThrow();
    assertThat(run.status()).isEqualTo("FAILED");
    assertThat(run.message().english())
        .isEqualTo(
            "interrupted: the process running it (on another-host, process 4242) stopped before"
                + " it finished; nothing was imported");
    assertThat(run.message().in(Locale.forLanguageTag("vi")))
        .startsWith("bị gián đoạn: tiến trình chạy việc nhập (trên another-host, tiến trình 4242)");
    assertThat(runs.find(beating).orElseThrow().status()).isEqualTo("RUNNING");
    jdbc.update("DELETE FROM import_run WHERE id = ?", beating);
  }

  @Test
  void aKilledConnectionFailsTheImportAndLeavesEverythingAsItWas() {
    insertCommunes();
    importTable(villages, FILE, VILLAGES.replace("| 60 |", "| 59 |"));
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);

    KindImporter killed =
        new ForwardingImporter(villages) {
          @Override
          public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
              throws SQLException {
            int pid = backendPid(tx);
            // the merge has run, uncommitted, when the connection is killed
            ImportCounts counts = super.importFeatures(source, ctx, tx);
            jdbc.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, pid);
            tx.createStatement().execute("SELECT 1");
            return counts;
          }
        };
    MemorySource source = new MemorySource(FILE, villages.columns(), VILLAGES);
    ImportReport report =
        service.importFeatures(killed, source, "test", ImportOptions.defaults(FILE));

    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    assertThat(report.message())
        .isIn(
            "the connection to the database was lost during the import",
            "the database ended the import (the server was shut down or the connection was"
                + " terminated)");
    assertThat(report.problems()).isEmpty();
    assertThat(source.closed()).isTrue();
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
    assertRecordedFailure(report);
  }

  @Test
  void anErrorWhileReadingFailsTheImportWithAReadableReason() {
    insertCommunes();
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);
    MemorySource rows = new MemorySource(FILE, villages.columns(), VILLAGES);
    FeatureSource failing =
        new ForwardingSource(rows) {
          @Override
          public void forEach(Consumer<SourceFeature> action) {
            rows.forEach(
                f -> {
                  if (f.number() == 3) {
                    throw new IllegalStateException("the disk went away");
                  }
                  action.accept(f);
                });
          }
        };

    ImportReport report =
        service.importFeatures(villages, failing, "test", ImportOptions.defaults(FILE));

    assertThat(report.message())
        .isEqualTo("the import failed unexpectedly (IllegalStateException: the disk went away)");
    assertThat(rows.closed()).isTrue();
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
    assertRecordedFailure(report);
  }

  @Test
  void aRowTheDatabaseRefusesFailsTheImportWithItsConstraint() {
    KindImporter broken =
        new ForwardingImporter(villages) {
          @Override
          public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
              throws SQLException {
            tx.createStatement().execute("INSERT INTO province (code, name) VALUES ('1', 'One')");
            tx.createStatement().execute("INSERT INTO province (code, name) VALUES ('', 'x')");
            return ImportCounts.NONE;
          }
        };
    ImportReport report =
        service.importFeatures(
            broken,
            new MemorySource(FILE, villages.columns(), VILLAGES),
            "test",
            ImportOptions.defaults(FILE));

    assertThat(report.message())
        .isEqualTo(
            "the database refused the data: new row for relation \"province\" violates check"
                + " constraint \"province_code_check\"");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM province", Integer.class)).isZero();
    assertRecordedFailure(report);
  }

  @Test
  void aKindWithoutImporterIsNamedPlainly(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("survey.csv"), "observed_at,operator\n");
    ImportService withoutImporters = newService(List.of(), 500);

    ImportReport report =
        withoutImporters.importFile(ImportKind.SURVEYS, file, ImportOptions.defaults(null));

    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    assertThat(report.file()).isEqualTo("survey.csv");
    assertThat(report.message())
        .isEqualTo("this build has no importer for surveys; nothing was imported");
    ImportRun run = runs.find(report.importId()).orElseThrow();
    // printf 'observed_at,operator\n' | sha256sum
    assertThat(run.sha256())
        .isEqualTo("96344134c9f9846d1684763eeb82edaba224f3817e3a29f60b1603d85d83b117");
    assertRecordedFailure(report);
  }

  @Test
  void aMissingFileIsAUsageError() {
    assertThatThrownBy(
            () ->
                service.importFile(
                    ImportKind.VILLAGES,
                    Path.of("/nonexistent/v.csv"),
                    ImportOptions.defaults(null)))
        .isInstanceOf(ImportRequestException.class)
        .hasMessage("no such file: /nonexistent/v.csv");
  }

  @Test
  void allProblemsAreCountedWhenOnlySomeAreListed() {
    insertCommunes();
    ImportService listsTwo = newService(List.of(villages), 2);
    String bad =
        VILLAGES.replace("| 60 |", "| x |").replace("| 45 |", "| y |").replace("| 30 |", "| z |");

    ImportReport report =
        listsTwo.importFeatures(
            villages,
            new MemorySource(FILE, villages.columns(), bad),
            "test",
            ImportOptions.defaults(FILE));

    assertThat(report.problemCount()).isEqualTo(3);
    assertThat(report.problems()).extracting(ImportProblem::feature).containsExactly(2L, 3L);
    assertThat(report.message()).isEqualTo("3 problems found (the first 2 are listed)");
    assertThat(report.summary())
        .isEqualTo(
            "FAILED: villages from villages.csv was not imported; nothing in the database"
                + " changed.\n3 problems found (the first 2 are listed)\n"
                + "  villages.csv row 2, column 'eid_done': 'x' is not a whole number\n"
                + "  villages.csv row 3, column 'eid_done': 'y' is not a whole number\n"
                + "  … and 1 more problem");
  }

  @Test
  void recentRunsAreListedNewestFirst() {
    insertCommunes();
    ImportReport first = importTable(villages, "first.csv", VILLAGES);
    ImportReport second = importTable(villages, "second.csv", VILLAGES.replace("| 60 |", "| x |"));

    List<ImportRun> recent = runs.recent(10);
    assertThat(recent)
        .extracting(ImportRun::id)
        .containsExactly(second.importId(), first.importId());
    ImportRun ok = recent.get(1);
    assertThat(List.of(ok.kind(), ok.fileName(), ok.status(), ok.sha256()))
        .containsExactly("villages", "first.csv", "SUCCEEDED", "test");
    assertThat(List.of(ok.inserted(), ok.updated(), ok.unchanged())).containsExactly(3, 0, 0);
    assertThat(ok.problems()).isNull();
    assertThat(recent.get(0).status()).isEqualTo("FAILED");
    assertThat(runs.recent(1)).hasSize(1);
  }

  private ImportService newService(List<KindImporter> importers, int maxProblems) {
    ImportSettings settings =
        new ImportSettings(
            null,
            1000,
            1L << 32,
            1L << 31,
            200,
            ProcessLimits.defaults(),
            maxProblems,
            Duration.ofHours(1));
    return new ImportService(
        dataSource,
        reader,
        importers,
        runs,
        settings,
        RegionBounds.parse("Vietnam", "102.14,8.18,109.47,23.40"));
  }

  private static int backendPid(Connection tx) throws SQLException {
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** An importer that does what another does, for tests to change one step. */
  private static class ForwardingImporter implements KindImporter {
    private final KindImporter delegate;

    ForwardingImporter(KindImporter delegate) {
      this.delegate = delegate;
    }

    @Override
    public KindDescriptor descriptor() {
      return delegate.descriptor();
    }

    @Override
    public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
        throws SQLException {
      return delegate.importFeatures(source, ctx, tx);
    }
  }

  /** A source that reads another, for tests to change one step. */
  private static class ForwardingSource implements FeatureSource {
    private final FeatureSource delegate;

    ForwardingSource(FeatureSource delegate) {
      this.delegate = delegate;
    }

    @Override
    public String fileName() {
      return delegate.fileName();
    }

    @Override
    public Set<String> columns() {
      return delegate.columns();
    }

    @Override
    public void forEach(Consumer<SourceFeature> action) {
      delegate.forEach(action);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
