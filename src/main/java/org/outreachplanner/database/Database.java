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
 * local cluster (started if needed; its roles, database and extensions created by its superuser) or
 * the server named by {@code OUTREACH_DB_URL} (checked for PostGIS 3 or newer). Either way the
 * application connects as a login that owns nothing, and the migrations run as the schema owner
 * (see {@link DatabaseLogins}).
 */
public final class Database {

  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final Map<Path, LocalCluster> CLUSTERS = new HashMap<>();

  private Database() {}

  /** Prepares the database the settings name and tells how the application connects to it. */
  public static ConnectionInfo prepare(PostgresSettings settings) {
    return prepareLogins(settings).app();
  }

  /** Prepares the database the settings name and tells how to connect to it, and as whom. */
  public static DatabaseLogins prepareLogins(PostgresSettings settings) {
    if (settings.isExternal()) {
      DatabaseLogins logins = external(settings);
      ensureExtensions(logins.owner(), true);
      return logins;
    }
    return local(settings);
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

  private static DatabaseLogins local(PostgresSettings settings) {
    LocalCluster cluster = cluster(settings);
    int port = cluster.ensureRunning();
    String db = settings.databaseName();
    ConnectionInfo superuser =
        ConnectionInfo.local("127.0.0.1", port, db, LocalCluster.SUPERUSER, cluster.password());
    try (Connection c = connect(superuser, "postgres")) {
      ClusterRoles.lock(c);
      ClusterRoles.ensureRoles(c, cluster);
      ClusterRoles.ensureDatabase(c, db);
      ensureExtensions(superuser, false);
      try (Connection inDb = connect(superuser, null)) {
        ClusterRoles.handOver(inDb);
      }
      ClusterRoles.unlock(c);
    } catch (SQLException e) {
      throw unavailable(superuser, e);
    }
    return new DatabaseLogins(
        ConnectionInfo.local(
            "127.0.0.1", port, db, LocalCluster.APP, cluster.password(LocalCluster.APP)),
        ConnectionInfo.local(
            "127.0.0.1", port, db, LocalCluster.OWNER, cluster.password(LocalCluster.OWNER)));
  }

  private static DatabaseLogins external(PostgresSettings settings) {
    String url = settings.externalUrl();
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new DatabaseUnavailableException(
          "OUTREACH_DB_URL must look like jdbc:postgresql://HOST:PORT/DATABASE, got: " + url);
    }
    URI uri = URI.create(url.substring("jdbc:".length()));
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    ConnectionInfo app =
        new ConnectionInfo(
            uri.getHost(),
            port,
            db,
            settings.externalUser(),
            orEmpty(settings.externalPassword()),
            url);
    if (settings.externalOwnerUser() == null) {
      return new DatabaseLogins(app, app);
    }
    ConnectionInfo owner =
        new ConnectionInfo(
            uri.getHost(),
            port,
            db,
            settings.externalOwnerUser(),
            orEmpty(settings.externalOwnerPassword()),
            url);
    return new DatabaseLogins(app, owner);
  }

  private static String orEmpty(String password) {
    return password == null ? "" : password;
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

  /** Creates the extensions the app uses (as the superuser, or the owner of an external one). */
  private static void ensureExtensions(ConnectionInfo info, boolean external) {
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
    } catch (SQLException e) {
      throw unavailable(info, e);
    }
  }

  private static DatabaseUnavailableException unavailable(ConnectionInfo info, SQLException e) {
    return new DatabaseUnavailableException(
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
