package org.outreachplanner.coverage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Small JDBC helpers of the recompute, which runs on one connection. */
final class Sql {

  private static final Logger log = LoggerFactory.getLogger(Sql.class);

  private Sql() {}

  static String num(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  static void execute(Connection c, String sql) throws SQLException {
    long t = System.nanoTime();
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
    if (log.isDebugEnabled()) {
      log.debug(
          "{} ms: {}",
          (System.nanoTime() - t) / 1_000_000,
          sql.strip().lines().findFirst().orElse(""));
    }
  }

  static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static long number(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
