package org.outreachplanner.database;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides which database the process uses and makes it ready: the app-managed
 * local cluster (started if needed, database and extensions created) or the server named by {@code
 * OUTREACH_DB_URL} (checked for PostGIS 3 or newer).
 */
public final class Database {

  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final Map<Path, LocalCluster> CLUSTERS = new HashMap<>();

  private Database() {}

  /** Prepares the database the settings name and tells how to connect to it. */
  public static ConnectionInfo prepare(PostgresSettings settings) {
    ConnectionInfo info = settings.isExternal() ? external(settings) : local(settings);
    ensureDatabase(info, settings.isExternal());
    return info;
  }

  /**
   * The local cluster in the settings' work folder, one per folder in this process, started on
   * first use and stopped when the JVM exits if this process started it.
   */
  public static LocalCluster cluster(PostgresSettings settings) {
    synchronized (CLUSTERS) {
      return CLUSTERS.computeIfAbsent(
          settings.workDir(),
          dir -> {
            LocalCluster cluster =
                new LocalCluster(dir, settings.unprivilegedUser(), PgBinaries.find());
            Runtime.getRuntime()
                .addShutdownHook(new Thread(cluster::stopIfStartedHere, "outreach-db-stop"));
            return cluster;
          });
    }
  }

  /** The application name this process gives its connections, so it can tell them apart. */
  public static String applicationName() {
    return "outreach:" + ProcessHandle.current().pid();
  }

  private static ConnectionInfo local(PostgresSettings settings) {
    LocalCluster cluster = cluster(settings);
    int port = cluster.ensureRunning();
    return ConnectionInfo.local(
        "127.0.0.1", port, settings.databaseName(), LocalCluster.SUPERUSER, cluster.password());
  }

  private static ConnectionInfo external(PostgresSettings settings) {
    String url = settings.externalUrl();
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new DatabaseUnavailableException(
          "OUTREACH_DB_URL must look like jdbc:postgresql://HOST:PORT/DATABASE, got: " + url);
    }
    URI uri = URI.create(url.substring("jdbc:".length()));
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    return new ConnectionInfo(
        uri.getHost(),
        port,
        db,
        settings.externalUser(),
        settings.externalPassword() == null ? "" : settings.externalPassword(),
        url);
  }

  static Connection connect(ConnectionInfo info, String database) throws SQLException {
    Properties props = new Properties();
    if (info.user() != null) {
      props.setProperty("user", info.user());
    }
    if (info.password() != null) {
      props.setProperty("password", info.password());
    }
    props.setProperty("ApplicationName", applicationName());
    String url =
        database == null
            ? info.jdbcUrl()
            : "jdbc:postgresql://" + info.host() + ":" + info.port() + "/" + database;
    return DriverManager.getConnection(url, props);
  }

  private static void ensureDatabase(ConnectionInfo info, boolean external) {
    try {
      if (!external) {
        try (Connection c = connect(info, "postgres");
            Statement st = c.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '"
                        + info.database().replace("'", "''")
                        + "'")) {
          if (!rs.next()) {
            log.info("Creating database {}", info.database());
            st.execute("CREATE DATABASE \"" + info.database().replace("\"", "\"\"") + "\"");
          }
        }
      }
      try (Connection c = connect(info, null);
          Statement st = c.createStatement()) {
        for (String ext : new String[] {"postgis", "postgis_raster", "pgrouting"}) {
          try {
            st.execute("CREATE EXTENSION IF NOT EXISTS " + ext);
          } catch (SQLException e) {
            if (!external || "postgis".equals(ext)) {
              throw new DatabaseUnavailableException(
                  "The database has no "
                      + ext
                      + " extension and it cannot be created ("
                      + e.getMessage().strip()
                      + "). Install it (Debian: postgresql-15-postgis-3, "
                      + "postgresql-15-pgrouting).",
                  e);
            }
            log.warn("Extension {} is not available: {}", ext, e.getMessage());
          }
        }
        checkPostgisVersion(st);
      }
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Cannot connect to the database at "
              + info.host()
              + ":"
              + info.port()
              + "/"
              + info.database()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static void checkPostgisVersion(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT postgis_lib_version()")) {
      rs.next();
      String version = rs.getString(1);
      int major = Integer.parseInt(version.split("\\.")[0]);
      if (major < 3) {
        throw new DatabaseUnavailableException(
            "PostGIS " + version + " is installed; Outreach Planner needs PostGIS 3 or newer");
      }
    }
  }
}
