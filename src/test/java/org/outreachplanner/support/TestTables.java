package org.outreachplanner.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the domain tables between tests. */
public final class TestTables {

  private TestTables() {}

  public static void clear(JdbcTemplate jdbc) {
    jdbc.execute(
        "TRUNCATE survey_point, road_segment, team, village, commune, province, import_run"
            + " RESTART IDENTITY CASCADE");
  }

  public static int count(JdbcTemplate jdbc, String table) {
    Integer n = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    return n == null ? 0 : n;
  }
}
