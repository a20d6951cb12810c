package org.outreachplanner.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app-managed PostgreSQL cluster: created on first use from the installed PostgreSQL binaries,
 * listening on a free port of 127.0.0.1 only, its server run as an unprivileged OS user when this
 * process is root. The server, the CLI and the test suite share it: whoever finds it stopped starts
 * it, and the process that started it stops it when it exits.
 */
public final class LocalCluster {

  private static final Logger log = LoggerFactory.getLogger(LocalCluster.class);
  static final String SUPERUSER = "outreach";

  /** Owns the app's schema objects; the migrations run as it. */
  static final String OWNER = "outreach_owner";

  /** The application's own login: reads and writes the tables, owns nothing. */
  static final String APP = "outreach_app";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Path workDir;
  private final ServerAccount account;
  private final PgBinaries binaries;
  private final PasswordFiles passwords;
  private final boolean asRoot;
  private boolean startedHere;

  LocalCluster(Path requestedWorkDir, String osUser, PgBinaries binaries) {
    this.account = new ServerAccount(osUser);
    this.asRoot = account.switchesUser();
    this.binaries = binaries;
    this.workDir = account.reachableWorkDir(requestedWorkDir);
    this.passwords = new PasswordFiles(workDir);
  }

  public Path workDir() {
    return workDir;
  }

  Path dataDir() {
    return workDir.resolve("pgdata");
  }

  private Path socketDir() {
    return workDir.resolve("run");
  }

  private Path logFile() {
    return workDir.resolve("postgres.log");
  }

  /**
   * Makes sure the cluster exists and runs, and returns the port it listens on. Safe to call from
   * several processes at once: a file lock serialises them.
   */
  public synchronized int ensureRunning() {
    try {
      Files.createDirectories(workDir);
      try (FileChannel channel =
              FileChannel.open(
                  workDir.resolve("cluster.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        if (!Files.exists(dataDir().resolve("PG_VERSION"))) {
          initialise();
        }
        passwords.ensure(OWNER);
        passwords.ensure(APP);
        Integer port = runningPort();
        if (port != null) {
          return port;
        }
        return start();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the local database in " + workDir, e);
    }
  }

  /** The password of the cluster's superuser, made at creation. */
  public String password() {
    return passwords.read(SUPERUSER);
  }

  /** The password of one of the cluster's roles, made when the cluster was last made ready. */
  String password(String role) {
    return passwords.read(role);
  }

  private void initialise() throws IOException {
    log.info("Creating the local PostgreSQL cluster in {}", dataDir());
    deleteRecursively(dataDir());
    Files.createDirectories(dataDir());
    Files.createDirectories(socketDir());
    String password = passwords.renew(SUPERUSER);
    Path pwfile = workDir.resolve("initdb.pw");
    Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
    try {
      account.give(dataDir(), socketDir(), pwfile);
      Files.setPosixFilePermissions(dataDir(), PosixFilePermissions.fromString("rwx------"));
      ProcessRunner.run(
          account.command(
              binaries.initdb().toString(),
              "-D",
              dataDir().toString(),
              "-U",
              SUPERUSER,
              "--pwfile=" + pwfile,
              "--auth-local=scram-sha-256",
              "--auth-host=scram-sha-256",
              "--encoding=UTF8",
              "--locale=C.UTF-8"),
          Duration.ofMinutes(2),
          "initdb");
    } finally {
      Files.deleteIfExists(pwfile);
    }
  }

  private int start() throws IOException {
    removeStaleLock();
    Files.createDirectories(socketDir());
    account.give(socketDir());
    if (asRoot && !Files.exists(logFile())) {
      Files.createFile(logFile());
      account.give(logFile());
    }
    int port = freePort();
    String options =
        String.join(
            " ",
            "-c listen_addresses=127.0.0.1",
            "-c port=" + port,
            "-c unix_socket_directories=" + socketDir(),
            "-c shared_buffers=256MB",
            "-c work_mem=64MB",
            "-c maintenance_work_mem=512MB",
            // the cluster's files are on this machine's disk and mostly in its memory: a page read
            // out of order costs about what one read in order does (the default, 4, is for
            // spinning disks, and makes the planner read a whole table where an index serves a
            // province's villages: database/QueryPlansIT)
            "-c random_page_cost=1.1",
            "-c max_wal_size=4GB",
            "-c timezone=UTC",
            // the server, workers, command-line runs and a test suite's cached application
            // contexts,
            // each with a pool of its own
            "-c max_connections=300");
    log.info("Starting the local PostgreSQL cluster on 127.0.0.1:{}", port);
    startWithRetries(port, options);
    startedHere = true;
    return port;
  }

  /**
   * After a crash the old server's children may hold its shared memory for a moment, and the chosen
   * port may have been taken meanwhile: try a few times before giving up.
   */
  private void startWithRetries(int firstPort, String options) throws IOException {
    int port = firstPort;
    for (int attempt = 1; ; attempt++) {
      try {
        startOnce(options.replace("-c port=" + firstPort, "-c port=" + port));
        return;
      } catch (DatabaseUnavailableException e) {
        if (attempt >= 5) {
          throw e;
        }
        log.warn("Starting PostgreSQL failed (attempt {}), retrying: {}", attempt, e.getMessage());
        removeStaleLock();
        sleep(Duration.ofSeconds(attempt));
        port = freePort();
      }
    }
  }

  private void startOnce(String options) {
    ProcessRunner.run(
        account.command(
            binaries.pgCtl().toString(),
            "start",
            "-D",
            dataDir().toString(),
            "-l",
            logFile().toString(),
            "-w",
            "-t",
            String.valueOf(START_TIMEOUT.toSeconds()),
            "-o",
            options),
        START_TIMEOUT.plusSeconds(10),
        "pg_ctl start (log: " + logFile() + ")");
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Leaves the cluster running when this process exits, even if it started it. */
  public synchronized void keepRunning() {
    startedHere = false;
  }

  /** Stops the cluster if this process started it and nobody else is connected. */
  public synchronized void stopIfStartedHere() {
    if (!startedHere) {
      return;
    }
    startedHere = false;
    Integer port = runningPort();
    if (port == null) {
      return;
    }
    int others = otherClients(port);
    if (others > 0) {
      log.info(
          "Leaving the local PostgreSQL cluster running: {} other client(s) connected; "
              + "stop it with './outreach db stop'",
          others);
      return;
    }
    stop();
  }

  /** Stops the cluster whoever started it. */
  public synchronized void stop() {
    if (runningPort() == null) {
      return;
    }
    log.info("Stopping the local PostgreSQL cluster");
    ProcessRunner.run(
        account.command(
            binaries.pgCtl().toString(), "stop", "-D", dataDir().toString(), "-m", "fast", "-w"),
        Duration.ofSeconds(90),
        "pg_ctl stop");
  }

  /** The port of the running server, or null when none runs. */
  public Integer runningPort() {
    PostmasterPid pid = PostmasterPid.read(dataDir());
    if (pid == null || !pid.isAlivePostgres()) {
      return null;
    }
    return pid.port();
  }

  private void removeStaleLock() throws IOException {
    PostmasterPid pid = PostmasterPid.read(dataDir());
    if (pid != null && !pid.isAlivePostgres()) {
      log.warn("Removing a stale postmaster.pid (pid {} is not running postgres)", pid.pid());
      Files.deleteIfExists(dataDir().resolve("postmaster.pid"));
    }
    if (Files.isDirectory(socketDir())) {
      try (var files = Files.list(socketDir())) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private int otherClients(int port) {
    Properties props = new Properties();
    props.setProperty("user", SUPERUSER);
    props.setProperty("password", password());
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", props);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
                    + " AND pid <> pg_backend_pid()"
                    + " AND application_name <> 'outreach:"
                    + ProcessHandle.current().pid()
                    + "'")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
