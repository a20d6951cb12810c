package org.outreachplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repeatable migrations ({@code R__*.sql}) hold the current definition of every function. A
 * database migrated by the versioned files alone (as every database was before there were
 * repeatable ones) ends, once the repeatable files ran on it, with the same functions, views and
 * comments as a new database migrated by all; running a repeatable file again changes nothing;
 * every function is defined in a repeatable file and has a comment. Also checks that the checksums
 * {@link MigrationChecksumsTest} pins are the ones Flyway records. Uses two databases of its own in
 * the test cluster.
 */
class RepeatableMigrationsIT {

  private static final String EXISTING = "migrations_it_existing";
  private static final String FRESH = "migrations_it_fresh";

  /**
   * Every function, procedure and view of the app's schemas (not those of the extensions: PostGIS,
   * pgRouting), with its comment.
   */
  private static final String DEFINITIONS =
      """
      WITH object AS (
          SELECT 'function ' || p.oid::regprocedure::text AS name, pg_get_functiondef(p.oid) AS sql,
                 obj_description(p.oid, 'pg_proc') AS comment, 'pg_proc'::regclass AS catalog,
                 p.oid, p.pronamespace AS schema
            FROM pg_proc p
           WHERE p.prokind IN ('f', 'p')
          UNION ALL
          SELECT 'view ' || c.oid::regclass::text, pg_get_viewdef(c.oid),
                 obj_description(c.oid, 'pg_class'), 'pg_class'::regclass, c.oid, c.relnamespace
            FROM pg_class c
           WHERE c.relkind IN ('v', 'm')
      )
      SELECT o.name, o.sql, o.comment
        FROM object o
        JOIN pg_namespace n ON n.oid = o.schema
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e')
      """;

  private record Definition(String sql, String comment) {}

  private static ConnectionInfo existing;
  private static ConnectionInfo fresh;
  private static Map<String, Definition> versioned;
  private static MigrateResult upgrade;
  private static Map<String, Definition> upgraded;
  private static Map<String, Definition> created;

  @BeforeAll
  static void migrate() throws SQLException {
    existing = emptyDatabase(EXISTING);
    flyway(existing).repeatableSqlMigrationPrefix("versioned-only-").load().migrate();
    versioned = definitions(existing);
    upgrade = flyway(existing).load().migrate();
    upgraded = definitions(existing);

    fresh = emptyDatabase(FRESH);
    flyway(fresh).load().migrate();
    created = definitions(fresh);
  }

  @AfterAll
  static void dropDatabases() throws SQLException {
    if (!PostgresSettings.fromEnvironment().isExternal()) {
      drop(EXISTING);
      drop(FRESH);
    }
  }

  @Test
  void aNewAndAnExistingDatabaseEndWithTheSameFunctions() throws IOException {
    assertThat(upgrade.migrations)
        .as("the existing database runs just the repeatable migrations")
        .extracting(m -> Path.of(m.filepath).getFileName().toString())
        .containsExactlyInAnyOrderElementsOf(repeatableFiles());
    assertThat(versioned.keySet())
        .as("the functions the versioned migrations made")
        .contains(
            "function outreach_build_network(double precision,double precision)",
            "function outreach_edge_costs(text,text,date)",
            "function coverage_hex(double precision,double precision,double precision)",
            "view village_visit");
    // the repeatable files change functions and add new ones since they were made from the
    // versioned ones: what must hold is that an existing database ends as a new one does
    assertThat(differences(created, upgraded))
        .as("an existing database after the repeatable migrations, against a new database")
        .isEmpty();
  }

  @Test
  void everyFunctionIsInARepeatableMigrationWithItsComment() throws IOException {
    StringBuilder repeatable = new StringBuilder();
    for (String name : repeatableFiles()) {
      repeatable.append(Files.readString(MigrationChecksumsTest.MIGRATIONS.resolve(name)));
    }

    List<String> missing = new ArrayList<>();
    created.forEach(
        (object, definition) -> {
          if (object.startsWith("function ")) {
            String name = object.substring("function ".length()).replaceFirst("\\(.*", "");
            if (!repeatable.toString().contains("CREATE OR REPLACE FUNCTION " + name + "(")) {
              missing.add(object + " is in no R__ file");
            }
            if (definition.comment() == null) {
              missing.add(object + " has no COMMENT ON FUNCTION");
            }
          }
        });
    assertThat(missing).withFailMessage(String.join("\n", missing)).isEmpty();
  }

  @Test
  void aRepeatableMigrationRunAgainChangesNothing() throws Exception {
    try (Connection c = Database.connect(existing, null);
        Statement st = c.createStatement()) {
      for (String name : repeatableFiles()) {
        st.execute(Files.readString(MigrationChecksumsTest.MIGRATIONS.resolve(name)));
      }
    }

    assertThat(differences(upgraded, definitions(existing))).isEmpty();
  }

  @Test
  void theChecksumsPinnedForTheLandedMigrationsAreTheOnesFlywayRecords() throws Exception {
    Map<String, Integer> recorded = new TreeMap<>();
    try (Connection c = Database.connect(fresh, null);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT script, checksum FROM flyway_schema_history WHERE version IS NOT NULL")) {
      while (rs.next()) {
        recorded.put(rs.getString(1), rs.getInt(2));
      }
    }

    assertThat(recorded).isEqualTo(new TreeMap<>(MigrationChecksumsTest.landed()));
  }

  private static FluentConfiguration flyway(ConnectionInfo info) {
    return Flyway.configure()
        .dataSource(info.jdbcUrl(), info.user(), info.password())
        .locations("classpath:db/migration")
        .schemas("public");
  }

  /**
   * The database, dropped if it was there, created again with the extensions the app uses; as its
   * owner, who runs the migrations.
   */
  private static ConnectionInfo emptyDatabase(String name) throws SQLException {
    PostgresSettings settings = PostgresSettings.fromEnvironment();
    assumeThat(settings.isExternal())
        .as("needs databases of its own in the app-managed cluster")
        .isFalse();
    drop(name);
    return Database.prepareLogins(settings.withDatabase(name)).owner();
  }

  private static void drop(String name) throws SQLException {
    ConnectionInfo cluster = Database.prepareLogins(PostgresSettings.fromEnvironment()).owner();
    try (Connection c = Database.connect(cluster, "postgres");
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private static Map<String, Definition> definitions(ConnectionInfo info) throws SQLException {
    Map<String, Definition> definitions = new TreeMap<>();
    try (Connection c = Database.connect(info, null);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(DEFINITIONS)) {
      while (rs.next()) {
        definitions.put(rs.getString(1), new Definition(rs.getString(2), rs.getString(3)));
      }
    }
    return definitions;
  }

  /** What differs between two sets of definitions: one line per object, not their whole text. */
  private static List<String> differences(
      Map<String, Definition> before, Map<String, Definition> after) {
    List<String> differences = new ArrayList<>();
    TreeSet<String> objects = new TreeSet<>(before.keySet());
    objects.addAll(after.keySet());
    for (String object : objects) {
      Definition was = before.get(object);
      Definition is = after.get(object);
      if (was == null) {
        differences.add(object + " was added");
      } else if (is == null) {
        differences.add(object + " is gone");
      } else if (!was.sql().equals(is.sql())) {
        differences.add(object + " has another definition:\n" + is.sql());
      } else if (!Objects.equals(was.comment(), is.comment())) {
        differences.add(object + " has another comment: " + is.comment());
      }
    }
    return differences;
  }

  private static List<String> repeatableFiles() throws IOException {
    try (Stream<Path> files = Files.list(MigrationChecksumsTest.MIGRATIONS)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.startsWith("R__"))
          .sorted()
          .toList();
    }
  }
}
