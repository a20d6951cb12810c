package org.outreachplanner.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migrate, the schema owner (Flyway's login) grants the application's login what it
 * needs and no more: to use the schema, read and write its tables, use its sequences and call its
 * functions, and to create and drop its own tables in the {@code staging} scratch schema (GDAL
 * writes the files it reads there). Default privileges give the same on what later migrations
 * create; granting again each time also covers what existed before (a database that an older
 * version migrated as one user).
 */
final class AppRoleGrants implements Callback {

  private static final String SET_APP = "SELECT set_config('outreach.app_role', ?, false)";

  /**
   * Only the owner's own objects of {@code public}: a grant on everything in the schema would also
   * touch the thousands of extension functions (PostGIS, pgRouting), which PUBLIC may call already.
   */
  private static final String GRANT =
      """
      DO $$
      DECLARE
          v_app text := current_setting('outreach.app_role');
          r record;
      BEGIN
          EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', v_app);
          IF EXISTS (SELECT 1 FROM pg_namespace
                      WHERE nspname = 'staging' AND nspowner = current_user::regrole) THEN
              EXECUTE format('GRANT USAGE, CREATE ON SCHEMA staging TO %I', v_app);
          END IF;
          EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public'
              || ' GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', current_user, v_app);
          EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public'
              || ' GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', current_user, v_app);
          EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public'
              || ' GRANT EXECUTE ON FUNCTIONS TO %I', current_user, v_app);
          FOR r IN
              SELECT c.oid::regclass AS name, c.relkind
                FROM pg_class c
               WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = current_user::regrole
                 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          LOOP
              IF r.relkind = 'S' THEN
                  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %s TO %I', r.name, v_app);
              ELSE
                  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %s TO %I',
                      r.name, v_app);
              END IF;
          END LOOP;
          FOR r IN
              SELECT p.oid::regprocedure AS name
                FROM pg_proc p
               WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = current_user::regrole
                 AND p.prokind IN ('f', 'p')
          LOOP
              EXECUTE format('GRANT EXECUTE ON ROUTINE %s TO %I', r.name, v_app);
          END LOOP;
      END
      $$
      """;

  private final String appRole;

  AppRoleGrants(String appRole) {
    this.appRole = appRole;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    try {
      grant(context.getConnection(), appRole);
    } catch (SQLException e) {
      throw new FlywayException(
          "cannot grant the application's login " + appRole + " its rights: " + e.getMessage(), e);
    }
  }

  /** Grants the role its rights, on a connection of the schema owner. */
  static void grant(Connection owner, String appRole) throws SQLException {
    try (PreparedStatement st = owner.prepareStatement(SET_APP)) {
      st.setString(1, appRole);
      st.execute();
    }
    try (Statement st = owner.createStatement()) {
      st.execute(GRANT);
    }
  }

  @Override
  public String getCallbackName() {
    return "outreach-app-grants";
  }
}
