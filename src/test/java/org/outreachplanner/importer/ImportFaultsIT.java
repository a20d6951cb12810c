package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.CliRun;
import org.outreachplanner.support.FaultFiles;
import org.outreachplanner.support.Waits;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports that meet a fault, with real processes: the command line killed ({@code kill -9}) while
 * it streams survey readings into the database with COPY, and two imports of the same kind at once.
 * Afterwards the state is checked exactly: the domain tables as they were (or as one whole file
 * left them), no run left RUNNING, no staging table left, and the same file imports again.
 */
class ImportFaultsIT extends ImportTestSupport {

  /** Readings in the file killed mid-COPY: enough to stream for a while. */
  private static final int BIG = 400_000;

  private static final int SEED = 200;

  /** The command line's own settings: no coverage recompute after a survey import. */
  private static final Map<String, String> CLI =
      Map.of("outreach.coverage.recompute-after-import", "false");

  private static final String SURVEY_CHECKSUM =
      "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
          + " FROM (SELECT location, observed_at, operator, technology, rsrp, source_id"
          + " FROM survey_point) t";

  @Autowired DataSource dataSource;
  @Autowired FeatureReader reader;
  @Autowired List<KindImporter> importers;
  @Autowired ImportSettings settings;
  @Autowired RegionBounds region;

  @Test
  void aCommandLineImportKilledMidCopyChangesNothingIsMarkedFailedAndImportsAgain(@TempDir Path dir)
      throws Exception {
    Path seed = FaultFiles.surveys(dir.resolve("seed.csv"), BIG, SEED);
    assertThat(service.importFile(ImportKind.SURVEYS, seed, ImportOptions.defaults(null)).status())
        .isEqualTo(ImportReport.Status.SUCCEEDED);
    Path big = FaultFiles.surveys(dir.resolve("big.csv"), 0, BIG);
    String before = jdbc.queryForObject(SURVEY_CHECKSUM, String.class);
    long runId;
    long pid;
    try (CliRun importing = CliRun.start(CLI, "import", "surveys", big.toString())) {
      pid = importing.pid();
      Waits.until("the import of process " + pid + " to stream its readings with COPY")
          .until(() -> copying(pid) || !importing.isAlive());
      assertThat(importing.isAlive()).as(importing.output()).isTrue();
      runId = runningImportOf(pid);
      importing.kill();
    }
    Waits.until("the killed process's connections to end")
        .until(() -> connectionsOf(pid), n -> n == 0);

    assertThat(jdbc.queryForObject(SURVEY_CHECKSUM, String.class))
        .as("survey_point exactly as before")
        .isEqualTo(before);
    // marked by this process's heartbeat sweep: another process of the same host, gone
    ImportRun failed =
        Waits.until("import " + runId + " marked FAILED")
            .until(() -> runs.find(runId).orElseThrow(), r -> !r.status().equals("RUNNING"));
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.message().english())
        .contains("process " + pid + ") stopped before it finished; nothing was imported");

    try (CliRun again = CliRun.start(CLI, "import", "surveys", big.toString())) {
      assertThat(again.exitCode(Waits.DEADLINE.multipliedBy(3))).as(again.output()).isZero();
      assertThat(again.output())
          .contains("SUCCEEDED: imported surveys from big.csv: 400,000 inserted");
    }
    assertThat(jdbc.queryForObject("SELECT count(*) FROM survey_point", Integer.class))
        .isEqualTo(SEED + BIG);
    assertNothingLeftRunning();
  }

  @Test
  void twoImportsOfTheSameKindRunOneAfterTheOtherAndTheLastFileIsWhatRemains(@TempDir Path dir)
      throws Exception {
    insertCommunes();
    int n = 3000;
    Path a = FaultFiles.villages(dir.resolve("a.csv"), "19147", "Bản A", n, 40, 106.01, 17.31);
    Path b = FaultFiles.villages(dir.resolve("b.csv"), "19147", "Bản B", n, 70, 106.01, 17.31);
    CompletableFuture<ImportReport> first;
    CompletableFuture<ImportReport> second;
    try (Connection holder = dataSource.getConnection()) {
      // both start while the kind is locked, so both wait for their turn at the same time
      lockVillages(holder, true);
      CountDownLatch go = new CountDownLatch(1);
      first = importAsync(a, go);
      second = importAsync(b, go);
      go.countDown();
      Waits.until("both imports waiting for the villages' lock")
          .until(this::waitingForTheLock, waiting -> waiting == 2);
      lockVillages(holder, false);
    }
    ImportReport one = first.get();
    ImportReport other = second.get();

    assertThat(List.of(one.status(), other.status())).containsOnly(ImportReport.Status.SUCCEEDED);
    ImportReport last = one.updated() == n ? one : other;
    ImportReport earlier = last == one ? other : one;
    assertThat(List.of(earlier.inserted(), earlier.updated(), last.inserted(), last.updated()))
        .as("one inserted every village, the other then updated every one")
        .containsExactly(n, 0, 0, n);
    String prefix = last == one ? "Bản A " : "Bản B ";
    int households = last == one ? 40 : 70;
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FILTER (WHERE name LIKE ? AND households = ?) || '/' || count(*)"
                    + " FROM village",
                String.class,
                prefix + "%",
                households))
        .as("every village as the file merged last has it, none from the other")
        .isEqualTo(n + "/" + n);
    assertNothingLeftRunning();
  }

  @Test
  void anImportThatWaitsTooLongForAnotherOfItsKindIsRefusedAsBusy(@TempDir Path dir)
      throws Exception {
    insertCommunes();
    Path file = FaultFiles.villages(dir.resolve("v.csv"), "19147", "Bản", 5, 40, 106.01, 17.31);
    ImportService patientForASecond =
        new ImportService(
            dataSource, reader, importers, runs, settings, region, Duration.ofSeconds(1));
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);
    Throwable thrown;
    try (Connection holder = dataSource.getConnection()) {
      lockVillages(holder, true);
      thrown =
          catchThrowable(
              () ->
                  patientForASecond.importFile(
                      ImportKind.VILLAGES, file, ImportOptions.defaults(null)));
      lockVillages(holder, false);
    }

    assertThat(thrown).isInstanceOf(ImportBusyException.class);
    ImportBusyException busy = (ImportBusyException) thrown;
    assertThat(busy.getMessage())
        .contains(
            "not imported: another import of villages is running and did not finish within 1 s"
                + " (imports of one kind run one at a time); nothing was changed.");
    assertThat(busy.getStatusCode().value()).isEqualTo(503);
    assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
    ImportRun run = runs.recent(1).get(0);
    assertThat(run.status()).isEqualTo("FAILED");
    assertThat(run.message().english()).isEqualTo(busy.text().english());
    assertThat(
            patientForASecond
                .importFile(ImportKind.VILLAGES, file, ImportOptions.defaults(null))
                .status())
        .as("once the other import is over")
        .isEqualTo(ImportReport.Status.SUCCEEDED);
  }

  private CompletableFuture<ImportReport> importAsync(Path file, CountDownLatch go) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            go.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return service.importFile(ImportKind.VILLAGES, file, ImportOptions.defaults(null));
        });
  }

  /** Takes or releases the villages' import lock (the one {@link KindLock} takes) in a session. */
  private static void lockVillages(Connection c, boolean take) throws Exception {
    try (Statement st = c.createStatement()) {
      st.execute(
          "SELECT pg_advisory_"
              + (take ? "lock" : "unlock")
              + "(20304, "
              + ImportKind.VILLAGES.ordinal()
              + ")");
    }
  }

  private int waitingForTheLock() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            + " AND classid = 20304 AND objid = ?",
        Integer.class,
        ImportKind.VILLAGES.ordinal());
  }

  private boolean copying(long pid) {
    return jdbc.queryForObject(
        "SELECT count(*) > 0 FROM pg_stat_activity WHERE application_name = ?"
            + " AND state = 'active' AND query LIKE 'COPY survey_point%'",
        Boolean.class, "outreach:" + pid);
  }

  private int connectionsOf(long pid) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?",
        Integer.class,
        "outreach:" + pid);
  }

  private long runningImportOf(long pid) {
    return jdbc.queryForObject(
        "SELECT id FROM import_run WHERE status = 'RUNNING' AND owner_pid = ?", Long.class, pid);
  }

  private void assertNothingLeftRunning() {
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM import_run WHERE status = 'RUNNING'", Integer.class))
        .as("runs left RUNNING")
        .isZero();
    assertThat(
            jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'staging'", String.class))
        .as("staging tables left")
        .isEmpty();
  }
}
