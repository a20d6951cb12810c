package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.database.Database;
import org.outreachplanner.database.LocalCluster;
import org.outreachplanner.database.PostgresSettings;
import org.outreachplanner.support.CliRun;
import org.outreachplanner.support.FaultFiles;
import org.outreachplanner.support.Waits;

/**
 * The database server killed ({@code kill -9} of the postmaster) while a command-line import
 * streams survey readings into it: the command says that the database stopped, that nothing was
 * changed and how to start it, and exits non-zero; once the server is started again nothing has
 * changed, the interrupted run is marked FAILED and the same file imports. Uses an app-managed
 * cluster of its own (its own work folder under target/), so the shared test cluster is not
 * disturbed.
 */
class DatabaseKilledImportIT {

  private static final String DATABASE = "outreach_faults";
  private static final int BIG = 400_000;
  private static final int SEED = 100;

  private static final String SURVEY_CHECKSUM =
      "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
          + " FROM (SELECT location, observed_at, operator, technology, rsrp, source_id"
          + " FROM survey_point) t";

  private static Path workDir;
  private static PostgresSettings settings;
  private static Map<String, String> cli;

  /** Where the cluster is: its port changes when it is started again. */
  private static ConnectionInfo info;

  @BeforeAll
  static void startOwnCluster() throws Exception {
    workDir = Path.of("target", "fault-cluster").toAbsolutePath();
    remove(workDir);
    Files.createDirectories(workDir);
    settings = new PostgresSettings(null, null, null, workDir, DATABASE, "postgres");
    info = Database.prepare(settings);
    // the pool's own warnings are log lines, not the command's output: off, as every log line
    cli =
        Map.of(
            "outreach.work.dir",
            workDir.toString(),
            "outreach.db.name",
            DATABASE,
            "outreach.coverage.recompute-after-import",
            "false",
            "logging.level.com.zaxxer.hikari",
            "OFF");
  }

  @AfterAll
  static void removeOwnCluster() throws Exception {
    LocalCluster cluster = Database.cluster(settings);
    cluster.stop();
    remove(cluster.workDir());
    remove(workDir);
  }

  @Test
  void anImportWhoseDatabaseIsKilledSaysSoChangesNothingAndImportsOnceItRunsAgain(@TempDir Path dir)
      throws Exception {
    Path seed = FaultFiles.surveys(dir.resolve("seed.csv"), BIG, SEED);
    try (CliRun seeding = CliRun.start(cli, "import", "surveys", seed.toString())) {
      assertThat(seeding.exitCode(Waits.DEADLINE)).as(seeding.output()).isZero();
    }
    Path big = FaultFiles.surveys(dir.resolve("big.csv"), 0, BIG);
    String before = query(SURVEY_CHECKSUM);

    long cliPid;
    try (CliRun importing = CliRun.start(cli, "import", "surveys", big.toString())) {
      cliPid = importing.pid();
      long backend =
          Waits.until("the import of process " + cliPid + " to stream its readings with COPY")
              .until(() -> copyingBackend(cliPid), pid -> pid != 0 || !importing.isAlive());
      assertThat(importing.isAlive()).as(importing.output()).isTrue();
      long postmaster =
          ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow().pid();
      new ProcessBuilder("kill", "-9", String.valueOf(postmaster)).start().waitFor();

      int exit = importing.exitCode(Waits.DEADLINE);
      String output = importing.output();
      assertThat(exit).as(output).isEqualTo(1);
      assertThat(output)
          .contains("error: the database stopped (")
          .contains(
              "): nothing was changed. Start it again with ./outreach db start (when"
                  + " OUTREACH_DB_URL names the database: start that PostgreSQL server), then try"
                  + " again.")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }

    info = Database.prepare(settings);
    assertThat(query(SURVEY_CHECKSUM)).as("survey_point exactly as before").isEqualTo(before);
    try (CliRun again = CliRun.start(cli, "import", "surveys", big.toString())) {
      assertThat(again.exitCode(Waits.DEADLINE.multipliedBy(3))).as(again.output()).isZero();
      assertThat(again.output())
          .contains("SUCCEEDED: imported surveys from big.csv: 400,000 inserted");
    }
    // the new command, at its start, marked the run of the killed one: its process is gone
    assertThat(
            query(
                "SELECT status || ' ' || (message->'args'->>1)"
                    + " FROM import_run WHERE owner_pid = "
                    + cliPid))
        .isEqualTo("FAILED " + cliPid);
    assertThat(query("SELECT count(*)::text FROM survey_point")).isEqualTo("" + (SEED + BIG));
    assertThat(query("SELECT count(*)::text FROM import_run WHERE status = 'RUNNING'"))
        .isEqualTo("0");
    assertThat(query("SELECT count(*)::text FROM pg_tables WHERE schemaname = 'staging'"))
        .isEqualTo("0");
  }

  /** The server process of the command's COPY, or 0 while there is none. */
  private static long copyingBackend(long cliPid) throws SQLException {
    String pid =
        query(
            "SELECT coalesce(max(pid), 0)::text FROM pg_stat_activity"
                + " WHERE application_name = 'outreach:"
                + cliPid
                + "' AND state = 'active' AND query LIKE 'COPY survey_point%'");
    return Long.parseLong(pid);
  }

  private static String query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void remove(Path dir) throws Exception {
    new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
  }
}
