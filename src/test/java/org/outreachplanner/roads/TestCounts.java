package org.outreachplanner.roads;

import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts for assertions. */
final class TestCounts {

  private TestCounts() {}

  /** Rows of a table, optionally followed by a WHERE clause (test code only, fixed text). */
  static long rows(JdbcTemplate jdbc, String tableAndCondition) {
    Long n = jdbc.queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    return n == null ? 0 : n;
  }
}
