package org.outreachplanner.importer;

import java.sql.SQLException;

/** Runs database work for every feature of a source, letting SQL errors through unchanged. */
final class FeatureLoop {

  /** Work on one feature that may fail with an SQL error. */
  @FunctionalInterface
  interface SqlAction {
    void accept(SourceFeature feature) throws SQLException;
  }

  private FeatureLoop() {}

  static void forEach(FeatureSource source, SqlAction action) throws SQLException {
    try {
      source.forEach(
          feature -> {
            try {
              action.accept(feature);
            } catch (SQLException e) {
              throw new Wrapped(e);
            }
          });
    } catch (Wrapped w) {
      throw w.sqlException;
    }
  }

  private static final class Wrapped extends RuntimeException {
    private final transient SQLException sqlException;

    Wrapped(SQLException e) {
      super(e);
      this.sqlException = e;
    }
  }
}
