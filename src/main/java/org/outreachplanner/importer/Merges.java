package org.outreachplanner.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a merge from a staging table and counts what it did. */
final class Merges {

  private Merges() {}

  /**
   * Runs an {@code INSERT … ON CONFLICT DO UPDATE … WHERE changed RETURNING (xmax = 0)}: rows
   * returned true were inserted, false updated; the other staged rows were already as in the file.
   */
  static ImportCounts run(Connection tx, String mergeSql, int stagedRows) throws SQLException {
    int inserted = 0;
    int updated = 0;
    try (Statement st = tx.createStatement();
        ResultSet rs = st.executeQuery(mergeSql)) {
      while (rs.next()) {
        if (rs.getBoolean(1)) {
          inserted++;
        } else {
          updated++;
        }
      }
    }
    return new ImportCounts(inserted, updated, stagedRows - inserted - updated);
  }
}
