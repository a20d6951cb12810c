package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.database.Database;

/** Connections of the file readers (staging tables, reprojection), apart from the pool. */
final class ImportDatabase {

  private static final String SELECT_SRID_KNOWN =
      """
      SELECT EXISTS (SELECT 1 FROM spatial_ref_sys WHERE srid = ?)
      """;

  private ImportDatabase() {}

  static Connection connect(ConnectionInfo info) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", info.user());
    if (info.password() != null) {
      props.setProperty("password", info.password());
    }
    props.setProperty("ApplicationName", Database.applicationName());
    return DriverManager.getConnection(info.jdbcUrl(), props);
  }

  /** Whether PostGIS knows the coordinate system EPSG:{@code srid}. */
  static boolean knowsSrid(ConnectionInfo info, int srid) {
    try (Connection c = connect(info);
        PreparedStatement st = c.prepareStatement(SELECT_SRID_KNOWN)) {
      st.setInt(1, srid);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot look up EPSG:" + srid + ": " + e.getMessage(), e);
    }
  }
}
