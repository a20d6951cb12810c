package org.outreachplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.Waits;

/**
 * The app-managed cluster's life: created on first use, shared by a second user, recovered after
 * the server is killed, started over a stale lock file, stopped. Uses a cluster of its own so the
 * shared test cluster is not disturbed.
 */
class LocalClusterIT {

  private static Path workDir;
  private static LocalCluster cluster;

  @BeforeAll
  static void createCluster() throws Exception {
    workDir = Files.createTempDirectory("outreach-cluster-it");
    cluster = new LocalCluster(workDir, "postgres", PgBinaries.find());
  }

  @AfterAll
  static void removeCluster() throws Exception {
    cluster.stop();
    for (Path dir : List.of(cluster.workDir(), workDir)) {
      new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
    }
  }

  @Test
  void createsStartsAndSharesTheCluster() throws Exception {
    int port = cluster.ensureRunning();

    assertThat(Files.exists(cluster.dataDir().resolve("PG_VERSION"))).isTrue();
    assertThat(cluster.runningPort()).isEqualTo(port);
    LocalCluster secondUser = new LocalCluster(workDir, "postgres", PgBinaries.find());
    assertThat(secondUser.ensureRunning())
        .as("a second user reuses the running server")
        .isEqualTo(port);
    assertThat(query(port, "SELECT current_setting('listen_addresses')")).isEqualTo("127.0.0.1");
  }

  @Test
  void createsThePostgisExtensionsInItsDatabase() throws Exception {
    int port = cluster.ensureRunning();
    ConnectionInfo info =
        Database.prepare(
            new PostgresSettings(null, null, null, workDir, "extensions_it", "postgres"));

    assertThat(info.port()).isEqualTo(port);
    try (Connection c = Database.connect(info, null);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT extname FROM pg_extension ORDER BY extname")) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      assertThat(names).contains("pgrouting", "postgis", "postgis_raster");
    }
  }

  @Test
  void recoversAfterTheServerIsKilled() throws Exception {
    int port = cluster.ensureRunning();
    execute(
        port,
        "CREATE TABLE IF NOT EXISTS survives_crash (n int); INSERT INTO survives_crash VALUES (42)");
    long pid = PostmasterPid.read(cluster.dataDir()).pid();

    new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
    waitUntilGone(pid);
    assertThat(cluster.runningPort()).as("a dead server is not reported running").isNull();

    int newPort = cluster.ensureRunning();
    assertThat(query(newPort, "SELECT max(n)::text FROM survives_crash")).isEqualTo("42");
  }

  @Test
  void startsOverAStaleLockFileOfAnotherProcess() throws Exception {
    cluster.ensureRunning();
    cluster.stop();
    assertThat(cluster.runningPort()).isNull();
    // a postmaster.pid left behind whose process id now belongs to a process that is not postgres
    Path pidFile = cluster.dataDir().resolve("postmaster.pid");
    Files.writeString(
        pidFile,
        ProcessHandle.current().pid() + "\n" + cluster.dataDir() + "\n0\n5999\n\n127.0.0.1\n");
    new ProcessBuilder("chown", "postgres:", pidFile.toString()).start().waitFor();

    int port = cluster.ensureRunning();

    assertThat(query(port, "SELECT 'up'")).isEqualTo("up");
  }

  @Test
  void refusesAnExternalUrlThatIsNotPostgres() {
    PostgresSettings settings =
        new PostgresSettings("mysql://example/db", null, null, workDir, "x", "postgres");

    assertThatThrownBy(() -> Database.prepare(settings))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining(
            "OUTREACH_DB_URL must look like jdbc:postgresql://HOST:PORT/DATABASE");
  }

  @Test
  void refusesAnExternalDatabaseWithoutPostgis() throws Exception {
    int port = cluster.ensureRunning();
    execute(
        port,
        "DROP DATABASE IF EXISTS plain_db; DROP ROLE IF EXISTS plain_user;"
            + " CREATE ROLE plain_user LOGIN PASSWORD 'plain-pw';");
    execute(port, "CREATE DATABASE plain_db OWNER plain_user");
    PostgresSettings settings =
        new PostgresSettings(
            "jdbc:postgresql://127.0.0.1:" + port + "/plain_db",
            "plain_user",
            "plain-pw",
            workDir,
            "plain_db",
            "postgres");

    assertThatThrownBy(() -> Database.prepare(settings))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("The database has no postgis extension and it cannot be created");
  }

  @Test
  void usesAnExternalPostgisDatabase() throws Exception {
    int port = cluster.ensureRunning();
    PostgresSettings settings =
        new PostgresSettings(
            "jdbc:postgresql://127.0.0.1:" + port + "/postgres",
            LocalCluster.SUPERUSER,
            cluster.password(),
            workDir,
            "postgres",
            "postgres");

    DatabaseLogins logins = Database.prepareLogins(settings);

    assertThat(logins.app().gdalConnection())
        .isEqualTo("PG:host=127.0.0.1 port=" + port + " dbname=postgres user=outreach");
    assertThat(logins.separateOwner()).as("one user, migrations included, by default").isFalse();
  }

  @Test
  void anExternalDatabaseMayNameAnOwnerLoginForTheMigrations() throws Exception {
    int port = cluster.ensureRunning();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    PostgresSettings withOwner =
        PostgresSettings.from(
            Map.of(
                "OUTREACH_DB_URL",
                url,
                "OUTREACH_DB_USER",
                "app_user",
                "OUTREACH_DB_PASSWORD",
                "app-pw",
                "OUTREACH_DB_OWNER_USER",
                LocalCluster.SUPERUSER,
                "OUTREACH_DB_OWNER_PASSWORD",
                cluster.password()));

    DatabaseLogins logins = Database.prepareLogins(withOwner);

    assertThat(logins.separateOwner()).isTrue();
    assertThat(logins.app().user()).isEqualTo("app_user");
    assertThat(logins.owner().user()).isEqualTo(LocalCluster.SUPERUSER);
    assertThat(logins.owner().jdbcUrl()).isEqualTo(url);
  }

  /**
   * Waits until the process is gone: exited and collected by its parent (until then, as a zombie,
   * it still counts as alive).
   */
  private static void waitUntilGone(long pid) {
    Waits.until("the killed server (pid " + pid + ") to be gone")
        .until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
  }

  private static String query(int port, String sql) throws Exception {
    try (Connection c = Database.connect(info(port), null);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(int port, String sql) throws Exception {
    try (Connection c = Database.connect(info(port), null);
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static ConnectionInfo info(int port) {
    return ConnectionInfo.local(
        "127.0.0.1", port, "postgres", LocalCluster.SUPERUSER, cluster.password());
  }
}
