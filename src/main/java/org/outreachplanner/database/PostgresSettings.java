package org.outreachplanner.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is: either a server given by {@code OUTREACH_DB_URL} or the app-managed local
 * cluster under the work folder. Read from the environment (and system properties of the same name
 * in lower case with dots, for tests), so that the CLI, the server and the test suite agree. With
 * an external server the app logs in as {@code OUTREACH_DB_USER}, and the migrations as {@code
 * OUTREACH_DB_OWNER_USER} when given (else as the same user).
 */
public record PostgresSettings(
    String externalUrl,
    String externalUser,
    String externalPassword,
    Path workDir,
    String databaseName,
    String unprivilegedUser,
    String externalOwnerUser,
    String externalOwnerPassword) {

  public static final String DEFAULT_DATABASE = "outreach";

  /** Settings whose migrations run as the application's own login. */
  public PostgresSettings(
      String externalUrl,
      String externalUser,
      String externalPassword,
      Path workDir,
      String databaseName,
      String unprivilegedUser) {
    this(
        externalUrl,
        externalUser,
        externalPassword,
        workDir,
        databaseName,
        unprivilegedUser,
        null,
        null);
  }

  public boolean isExternal() {
    return externalUrl != null && !externalUrl.isBlank();
  }

  /** Settings from the process environment. */
  public static PostgresSettings fromEnvironment() {
    return from(System.getenv());
  }

  static PostgresSettings from(Map<String, String> env) {
    String work = value(env, "OUTREACH_WORK_DIR");
    Path workDir =
        work != null
            ? Path.of(work).toAbsolutePath()
            : Path.of(System.getProperty("user.dir"), ".outreach").toAbsolutePath();
    String db = value(env, "OUTREACH_DB_NAME");
    String osUser = value(env, "OUTREACH_PG_OS_USER");
    return new PostgresSettings(
        value(env, "OUTREACH_DB_URL"),
        value(env, "OUTREACH_DB_USER"),
        value(env, "OUTREACH_DB_PASSWORD"),
        workDir,
        db != null ? db : DEFAULT_DATABASE,
        osUser != null ? osUser : "postgres",
        value(env, "OUTREACH_DB_OWNER_USER"),
        value(env, "OUTREACH_DB_OWNER_PASSWORD"));
  }

  private static String value(Map<String, String> env, String name) {
    String property = System.getProperty(name.toLowerCase().replace('_', '.'));
    if (property != null && !property.isBlank()) {
      return property;
    }
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  public PostgresSettings withDatabase(String name) {
    return new PostgresSettings(
        externalUrl,
        externalUser,
        externalPassword,
        workDir,
        name,
        unprivilegedUser,
        externalOwnerUser,
        externalOwnerPassword);
  }
}
