package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.outreachplanner.i18n.Text;

/**
 * Which commune a village or team belongs to: the code the file gives, which must be imported
 * already, or else the commune whose boundary covers the point.
 */
final class CommuneMembership {

  private static final String SELECT_COMMUNE_CODES = "SELECT code FROM commune";

  /**
   * Of a staging table (%1$s) and its point column (%2$s): fills in the missing communes, returning
   * line number, the commune code found (or null), longitude and latitude.
   */
  private static final String ASSIGN_BY_LOCATION =
      """
      UPDATE %1$s s
         SET commune_code = (SELECT c.code FROM commune c
                             WHERE ST_Covers(c.boundary, s.%2$s) ORDER BY c.code LIMIT 1)
       WHERE s.commune_code IS NULL
      RETURNING s.line_no, s.commune_code, ST_X(s.%2$s), ST_Y(s.%2$s)
      """;

  private final Set<String> existing;

  private CommuneMembership(Set<String> existing) {
    this.existing = existing;
  }

  static CommuneMembership load(Connection tx) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(SELECT_COMMUNE_CODES)) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return new CommuneMembership(codes);
  }

  /** Records a problem when the feature names a commune that is not imported. */
  void check(FeatureCheck f, String communeCode) {
    if (communeCode != null && !existing.contains(communeCode)) {
      f.problem("commune_code", Text.of("imports.commune.notImported", communeCode));
    }
  }

  /**
   * Fills in the commune of the rows of the staging table {@code table} that have none from their
   * point in {@code pointColumn}: the commune whose boundary covers it, the first by code. Rows in
   * no commune are problems, reported in file order.
   */
  static void assignByLocation(
      Connection tx, String table, String pointColumn, ProblemCollector problems)
      throws SQLException {
    TreeMap<Long, Text> outside = new TreeMap<>();
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(ASSIGN_BY_LOCATION.formatted(table, pointColumn))) {
      while (rs.next()) {
        if (rs.getString(2) == null) {
          outside.put(
              rs.getLong(1),
              Text.of(
                  "imports.commune.noneAround",
                  GeometryRules.plain(rs.getDouble(3)),
                  GeometryRules.plain(rs.getDouble(4))));
        }
      }
    }
    outside.forEach((line, reason) -> problems.add(line, "commune_code", reason));
  }
}
