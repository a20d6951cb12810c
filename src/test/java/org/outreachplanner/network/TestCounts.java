package org.outreachplanner.network;

import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts for assertions. */
public final class TestCounts {

  private TestCounts() {}

  /** Rows of a table, optionally followed by a WHERE clause (test code only, fixed text). */
  public static long rows(JdbcTemplate jdbc, String tableAndCondition) {
    Long n = jdbc.queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    return n == null ? 0 : n;
  }
}
