package org.outreachplanner.coverage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** The provinces that the readings of an import lie in. */
final class ProvinceReadings {

  /**
   * Where readings changed: in {@code provinces}, and within {@code outside} (the WGS84 extent, as
   * WKT, of the readings that lie in no commune; null when there are none).
   */
  record Changes(Set<String> provinces, String outside) {

    boolean none() {
      return provinces.isEmpty() && outside == null;
    }
  }

  /**
   * The province of each reading of the import (the first commune holding it), and whether a
   * reading lies in no commune.
   */
  private static final String OF_IMPORT =
      """
      SELECT array_agg(DISTINCT c.province_code) FILTER (WHERE c.province_code IS NOT NULL),
             ST_AsText(ST_Extent(p.location) FILTER (WHERE c.province_code IS NULL)::geometry)
      FROM survey_point p
      LEFT JOIN LATERAL (SELECT province_code FROM commune
                         WHERE ST_Intersects(boundary, p.location) LIMIT 1) c ON true
      WHERE p.import_id = ?
      """;

  private ProvinceReadings() {}

  /**
   * Where the readings that import {@code importId} wrote lie (those it replaced were at the same
   * places): their provinces, and the extent of those in no commune.
   */
  static Changes ofImport(DataSource dataSource, long importId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(OF_IMPORT)) {
      ps.setLong(1, importId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Set<String> provinces = new TreeSet<>();
        Array codes = rs.getArray(1);
        if (codes != null) {
          for (Object code : (Object[]) codes.getArray()) {
            provinces.add((String) code);
          }
        }
        return new Changes(provinces, rs.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("provinces of import " + importId + ": " + e.getMessage(), e);
    }
  }
}
