package org.outreachplanner.network;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The speed profile as it was, to put back after a test that edits it. */
public final class SpeedProfileSnapshot {

  private final List<Map<String, Object>> rows;

  private SpeedProfileSnapshot(List<Map<String, Object>> rows) {
    this.rows = rows;
  }

  static SpeedProfileSnapshot take(JdbcTemplate jdbc) {
    return new SpeedProfileSnapshot(
        jdbc.queryForList(
            "SELECT road_class, surface, mode, season, kmh, note FROM speed_profile"));
  }

  public void restore(JdbcTemplate jdbc) {
    jdbc.update("DELETE FROM speed_profile");
    for (Map<String, Object> r : rows) {
      jdbc.update(
          "INSERT INTO speed_profile (road_class, surface, mode, season, kmh, note)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          r.get("road_class"),
          r.get("surface"),
          r.get("mode"),
          r.get("season"),
          r.get("kmh"),
          r.get("note"));
    }
  }
}
