package org.outreachplanner.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cluster's two roles besides its superuser, made and kept by the superuser: {@link
 * LocalCluster#OWNER}, which owns the app's schema objects and runs the migrations, and {@link
 * LocalCluster#APP}, the application's login, which owns nothing and gets only what it needs
 * ({@link AppRoleGrants}). Also upgrades a database made when the superuser owned everything.
 */
final class ClusterRoles {

  private static final Logger log = LoggerFactory.getLogger(ClusterRoles.class);

  /** Serialises processes that make the roles or a database ready at the same time. */
  private static final long LOCK_KEY = 0x6F75747265616368L;

  private static final String LOCK = "SELECT pg_advisory_lock(" + LOCK_KEY + ")";
  private static final String UNLOCK = "SELECT pg_advisory_unlock(" + LOCK_KEY + ")";

  private static final String ROLE_EXISTS = "SELECT 1 FROM pg_roles WHERE rolname = ?";

  /** Neither role may do more than log in; the password is set on every start. */
  private static final String ATTRIBUTES =
      " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '%s'";

  /**
   * The elevation import tells PostGIS which GDAL driver may read the tiles it sends (a setting
   * only a superuser may change unless granted; PostgreSQL 15 and newer can grant it).
   */
  private static final String GRANT_GDAL_DRIVERS =
      "GRANT SET ON PARAMETER postgis.gdal_enabled_drivers TO " + LocalCluster.APP;

  /**
   * GDAL stores a file's coordinate system that PostGIS does not know in {@code spatial_ref_sys}
   * (as SRID 900914 and up) before it writes the features; the table is PostGIS's, so its owner,
   * the superuser, lets the app add rows to it (reading it is PUBLIC's already).
   */
  private static final String GRANT_NEW_SRS =
      "GRANT INSERT ON public.spatial_ref_sys TO " + LocalCluster.APP;

  private static final String SET_ROLES =
      "SELECT set_config('outreach.owner_role', ?, false), set_config('outreach.app_role', ?, false)";

  private static final String DATABASE_OWNER =
      "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?";

  /**
   * Run by the superuser in the app's database after the extensions are made: gives what the
   * superuser owns in the app's schemas (made by an older version that migrated as the superuser)
   * to the owner role, and the tables left in {@code staging} to the app, which made them and drops
   * them; the extensions' objects stay the superuser's. Then no one may create in {@code public}
   * but its owner (already so on PostgreSQL 15 and newer).
   */
  private static final String HAND_OVER =
      """
      DO $$
      DECLARE
          v_owner text := current_setting('outreach.owner_role');
          v_app text := current_setting('outreach.app_role');
          r record;
      BEGIN
          IF EXISTS (SELECT 1 FROM pg_namespace
                      WHERE nspname = 'staging' AND nspowner = current_user::regrole) THEN
              EXECUTE format('ALTER SCHEMA staging OWNER TO %I', v_owner);
          END IF;
          FOR r IN
              SELECT c.oid::regclass AS name, n.nspname AS schema, c.relkind
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname IN ('public', 'staging') AND c.relowner = current_user::regrole
                 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')
                 -- a composite type's class is not an extension's member, its type is
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                  WHERE d.deptype = 'e'
                                    AND ((d.classid = 'pg_class'::regclass AND d.objid = c.oid)
                                      OR (d.classid = 'pg_type'::regclass AND d.objid = c.reltype)))
          LOOP
              EXECUTE format('ALTER %s %s OWNER TO %I',
                  CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                 WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'c' THEN 'TYPE'
                                 ELSE 'TABLE' END,
                  r.name, CASE WHEN r.schema = 'staging' THEN v_app ELSE v_owner END);
          END LOOP;
          -- sequences of a column went with their table; these are the others
          FOR r IN
              SELECT c.oid::regclass AS name
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relowner = current_user::regrole AND c.relkind = 'S'
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                    AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
          LOOP
              EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', r.name, v_owner);
          END LOOP;
          FOR r IN
              SELECT p.oid::regprocedure AS name
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname IN ('public', 'staging') AND p.proowner = current_user::regrole
                 AND p.prokind IN ('f', 'p')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                    AND d.objid = p.oid AND d.deptype = 'e')
          LOOP
              EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.name, v_owner);
          END LOOP;
          FOR r IN
              SELECT t.oid::regtype AS name
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = 'public' AND t.typowner = current_user::regrole
                 AND t.typtype IN ('e', 'd')
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                    AND d.objid = t.oid AND d.deptype = 'e')
          LOOP
              EXECUTE format('ALTER TYPE %s OWNER TO %I', r.name, v_owner);
          END LOOP;
          REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      END
      $$
      """;

  private ClusterRoles() {}

  /**
   * Holds the cluster-wide lock that serialises the processes making the roles and databases ready
   * (the server, the command line and the tests may start at once) until {@link #unlock}, or until
   * the connection closes.
   */
  static void lock(Connection superuser) throws SQLException {
    execute(superuser, LOCK);
  }

  static void unlock(Connection superuser) throws SQLException {
    execute(superuser, UNLOCK);
  }

  /**
   * Makes both roles, or sets their attributes and passwords again (the password files are the
   * truth), on a superuser connection.
   */
  static void ensureRoles(Connection superuser, LocalCluster cluster) throws SQLException {
    for (String role : new String[] {LocalCluster.OWNER, LocalCluster.APP}) {
      String verb = exists(superuser, role) ? "ALTER ROLE " : "CREATE ROLE ";
      execute(superuser, verb + role + ATTRIBUTES.formatted(quoted(cluster.password(role))));
    }
    if (superuser.getMetaData().getDatabaseMajorVersion() >= 15) {
      execute(superuser, GRANT_GDAL_DRIVERS);
    }
  }

  /** Makes the database, owned by the owner role, or gives an existing one to it. */
  static void ensureDatabase(Connection superuser, String database) throws SQLException {
    String name = "\"" + database.replace("\"", "\"\"") + "\"";
    String owner = null;
    try (PreparedStatement st = superuser.prepareStatement(DATABASE_OWNER)) {
      st.setString(1, database);
      try (ResultSet rs = st.executeQuery()) {
        owner = rs.next() ? rs.getString(1) : null;
      }
    }
    if (owner == null) {
      log.info("Creating database {}", database);
      execute(superuser, "CREATE DATABASE " + name + " OWNER " + LocalCluster.OWNER);
    } else if (!LocalCluster.OWNER.equals(owner)) {
      execute(superuser, "ALTER DATABASE " + name + " OWNER TO " + LocalCluster.OWNER);
    }
    execute(superuser, "GRANT CONNECT, TEMPORARY ON DATABASE " + name + " TO " + LocalCluster.APP);
  }

  /** In the app's database, as the superuser: see {@link #HAND_OVER} and {@link #GRANT_NEW_SRS}. */
  static void handOver(Connection superuser) throws SQLException {
    try (PreparedStatement st = superuser.prepareStatement(SET_ROLES)) {
      st.setString(1, LocalCluster.OWNER);
      st.setString(2, LocalCluster.APP);
      st.execute();
    }
    execute(superuser, HAND_OVER);
    execute(superuser, GRANT_NEW_SRS);
  }

  private static boolean exists(Connection c, String role) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(ROLE_EXISTS)) {
      st.setString(1, role);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static String quoted(String password) {
    return password.replace("'", "''");
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
