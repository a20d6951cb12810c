package org.outreachplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cluster made by an older version, where the superuser owned everything and the application
 * connected as it, is upgraded in place on start: the owner and application roles are made, the
 * app's objects go to the owner (the extensions' stay the superuser's), the staging tables to the
 * application, and after the migrations the application reads and writes but cannot change the
 * schema. Uses a cluster of its own, since the roles are the cluster's.
 */
class ClusterUpgradeIT {

  private static final String DATABASE = "upgrade_it";

  /**
   * The app's own objects the superuser still owns (not the extensions', whose composite types are
   * members by their type; an index is its table's).
   */
  private static final String SUPERUSER_OBJECTS =
      """
      SELECT c.oid::regclass::text FROM pg_class c
       WHERE c.relnamespace IN ('public'::regnamespace, 'staging'::regnamespace)
         AND c.relowner = current_user::regrole AND c.relkind NOT IN ('i', 'I')
         AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.deptype = 'e'
                            AND ((d.classid = 'pg_class'::regclass AND d.objid = c.oid)
                              OR (d.classid = 'pg_type'::regclass AND d.objid = c.reltype)))
      UNION ALL
      SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = current_user::regrole
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                            AND d.objid = p.oid AND d.deptype = 'e')
      """;

  /** The extensions' tables, views and types that another role than the superuser owns. */
  private static final String EXTENSION_OBJECTS_GIVEN_AWAY =
      """
      SELECT t.oid::regtype::text FROM pg_type t
        JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
       WHERE t.typowner <> current_user::regrole
          OR EXISTS (SELECT 1 FROM pg_class c
                      WHERE c.reltype = t.oid AND c.relowner <> current_user::regrole)
      UNION ALL
      SELECT c.oid::regclass::text FROM pg_class c
        JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
       WHERE c.relowner <> current_user::regrole
      """;

  private static Path workDir;
  private static LocalCluster cluster;
  private static ConnectionInfo superuser;
  private static List<String> rolesBefore;
  private static DatabaseLogins logins;
  private static MigrateResult migrated;

  @BeforeAll
  static void upgradeAnOldCluster() throws Exception {
    workDir = Files.createTempDirectory("outreach-upgrade-it");
    PostgresSettings settings =
        new PostgresSettings(null, null, null, workDir, DATABASE, "postgres");
    cluster = Database.cluster(settings);
    int port = cluster.ensureRunning();
    superuser =
        ConnectionInfo.local(
            "127.0.0.1", port, DATABASE, LocalCluster.SUPERUSER, cluster.password());
    makeTheOldWay();
    rolesBefore =
        strings(
            "SELECT rolname FROM pg_roles WHERE rolname IN ('"
                + LocalCluster.OWNER
                + "', '"
                + LocalCluster.APP
                + "')");

    logins = Database.prepareLogins(settings);
    ConnectionInfo owner = logins.owner();
    migrated =
        Flyway.configure()
            .dataSource(owner.jdbcUrl(), owner.user(), owner.password())
            .locations("classpath:db/migration")
            .schemas("public")
            .callbacks(new AppRoleGrants(logins.app().user()))
            .load()
            .migrate();
  }

  /** As the older versions did: the superuser makes the database, migrates it and imports. */
  private static void makeTheOldWay() throws SQLException {
    try (Connection c = Database.connect(superuser, "postgres");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + DATABASE);
    }
    try (Connection c = Database.connect(superuser, null);
        Statement st = c.createStatement()) {
      st.execute("CREATE EXTENSION postgis");
      st.execute("CREATE EXTENSION postgis_raster");
      st.execute("CREATE EXTENSION pgrouting");
    }
    Flyway.configure()
        .dataSource(superuser.jdbcUrl(), superuser.user(), superuser.password())
        .locations("classpath:db/migration")
        .schemas("public")
        .load()
        .migrate();
    try (Connection c = Database.connect(superuser, null);
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO province (code, name) VALUES ('U1', 'Tỉnh cũ')");
      st.execute("CREATE TABLE staging.import_left_behind (n int)");
    }
  }

  @AfterAll
  static void removeCluster() throws Exception {
    cluster.stop();
    for (Path dir : List.of(cluster.workDir(), workDir)) {
      new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
    }
  }

  @Test
  void theRolesAreMadeAndTheOwnerTakesTheSchema() throws Exception {
    assertThat(rolesBefore).as("roles of the old cluster").isEmpty();
    assertThat(strings("SELECT rolname FROM pg_roles WHERE NOT rolsuper AND rolname LIKE 'outr%'"))
        .containsExactlyInAnyOrder(LocalCluster.OWNER, LocalCluster.APP);
    assertThat(strings(SUPERUSER_OBJECTS)).as("objects the superuser still owns").isEmpty();
    assertThat(strings(EXTENSION_OBJECTS_GIVEN_AWAY))
        .as("the extensions' tables, views and types stay the superuser's")
        .isEmpty();
    assertThat(
            strings(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '"
                    + DATABASE
                    + "'"))
        .containsExactly(LocalCluster.OWNER);
    assertThat(strings("SELECT tableowner FROM pg_tables WHERE tablename = 'village'"))
        .containsExactly(LocalCluster.OWNER);
    assertThat(strings("SELECT tableowner FROM pg_tables WHERE schemaname = 'staging'"))
        .as("the staging table left by an import is the application's, which drops it")
        .containsExactly(LocalCluster.APP);
    assertThat(migrated.migrationsExecuted).as("nothing left to migrate").isZero();
  }

  @Test
  void theApplicationKeepsItsDataAndMayNotChangeTheSchema() throws Exception {
    try (Connection c = Database.connect(logins.app(), null);
        Statement st = c.createStatement()) {
      st.execute("UPDATE province SET name = 'Tỉnh Một' WHERE code = 'U1'");
      st.execute("INSERT INTO province (code, name) VALUES ('U2', 'Tỉnh mới')");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM province")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
      st.execute("DROP TABLE staging.import_left_behind");
      assertThatThrownBy(() -> st.execute("DROP TABLE village"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = Database.connect(superuser, null);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
