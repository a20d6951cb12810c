package org.outreachplanner.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application reaches PostgreSQL as a login that is no superuser, owns nothing, cannot change
 * the schema, and still reads and writes rows; the schema belongs to the owner role the migrations
 * ran as. Checked through the application's own DataSource.
 */
@DatabaseTest
class LeastPrivilegeIT {

  /** SQLSTATE insufficient_privilege. */
  private static final String REFUSED = "42501";

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired DatabaseLogins logins;

  @Test
  void theApplicationIsNoSuperuserAndMayNotMakeRolesOrDatabases() {
    Map<String, Object> role =
        jdbc.queryForMap(
            "SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication"
                + " FROM pg_roles WHERE rolname = current_user");

    assertThat(role)
        .allSatisfy((attribute, value) -> assertThat(value).as(attribute).isEqualTo(false));
    assertThat(jdbc.queryForObject("SELECT current_user", String.class))
        .isEqualTo(logins.app().user())
        .isNotEqualTo(logins.owner().user());
  }

  @Test
  void theApplicationOwnsNoTableFunctionSchemaNorTheDatabase() {
    assertThat(
            jdbc.queryForList(
                "SELECT c.oid::regclass::text FROM pg_class c"
                    + " WHERE c.relowner = current_user::regrole"
                    + " AND c.relnamespace <> pg_my_temp_schema()"
                    + " AND c.relnamespace <> 'staging'::regnamespace",
                String.class))
        .as("tables, views, sequences and indexes the application owns")
        .isEmpty();
    assertThat(
            jdbc.queryForList(
                "SELECT p.oid::regprocedure::text FROM pg_proc p"
                    + " WHERE p.proowner = current_user::regrole",
                String.class))
        .as("functions the application owns")
        .isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM pg_namespace WHERE nspowner = current_user::regrole",
                Integer.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()",
                String.class))
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT tableowner FROM pg_tables WHERE tablename = 'village'", String.class))
        .isEqualTo(logins.owner().user());
  }

  @Test
  void theApplicationCannotChangeTheSchema() {
    assertRefused(() -> jdbc.execute("DROP TABLE village"));
    assertRefused(() -> jdbc.execute("CREATE TABLE public.least_privilege_probe (n int)"));
    assertRefused(() -> jdbc.execute("ALTER TABLE village ADD COLUMN least_privilege_probe int"));
    assertRefused(() -> jdbc.execute("TRUNCATE village CASCADE"));
    assertRefused(() -> jdbc.execute("DROP FUNCTION coverage_class(integer)"));
    assertRefused(() -> jdbc.execute("CREATE SCHEMA least_privilege_probe"));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.columns"
                    + " WHERE column_name = 'least_privilege_probe'",
                Integer.class))
        .isZero();
  }

  @Test
  void theApplicationReadsAndWritesRowsAndUsesItsScratchTables() {
    tx.executeWithoutResult(
        status -> {
          jdbc.update("INSERT INTO province (code, name) VALUES ('Z7', 'Tỉnh Z7')");
          jdbc.update("UPDATE province SET name = 'Tỉnh Bảy' WHERE code = 'Z7'");
          assertThat(
                  jdbc.queryForObject("SELECT name FROM province WHERE code = 'Z7'", String.class))
              .isEqualTo("Tỉnh Bảy");
          Long run =
              jdbc.queryForObject(
                  "INSERT INTO import_run (kind, file_name, sha256, status) VALUES"
                      + " ('villages', 'probe.csv', '0', 'RUNNING') RETURNING id",
                  Long.class);
          assertThat(run).as("an identity column's sequence").isPositive();
          jdbc.update("DELETE FROM province WHERE code = 'Z7'");
          jdbc.execute("CREATE TEMP TABLE least_privilege_probe ON COMMIT DROP AS SELECT 1 AS n");
          jdbc.execute("CREATE TABLE staging.least_privilege_probe (n int)");
          jdbc.execute("DROP TABLE staging.least_privilege_probe");
          jdbc.execute("SET LOCAL postgis.gdal_enabled_drivers = 'GTiff'");
          status.setRollbackOnly();
        });
  }

  private static void assertRefused(ThrowingCallable statement) {
    assertThatThrownBy(statement)
        .rootCause()
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(REFUSED));
  }
}
