package org.outreachplanner.database;

/** How to reach the database: for JDBC and for GDAL's {@code PG:} connection strings. */
public record ConnectionInfo(
    String host, int port, String database, String user, String password, String jdbcUrl) {

  static ConnectionInfo local(String host, int port, String database, String user, String pw) {
    return new ConnectionInfo(
        host, port, database, user, pw, "jdbc:postgresql://" + host + ":" + port + "/" + database);
  }

  /**
   * A GDAL/libpq connection string without the password; pass the password in the {@code
   * PGPASSWORD} environment variable so that it does not show in the process list.
   */
  public String gdalConnection() {
    return "PG:host=" + host + " port=" + port + " dbname=" + database + " user=" + user;
  }
}
