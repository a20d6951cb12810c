package org.outreachplanner.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of every domain table, as text, to show that a failed import changed nothing. */
public final class DomainSnapshot {

  private static final List<String> TABLES =
      List.of("province", "commune", "village", "team", "road_segment", "survey_point");

  private DomainSnapshot() {}

  public static Map<String, List<String>> take(JdbcTemplate jdbc) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String table : TABLES) {
      rows.put(
          table, jdbc.queryForList("SELECT t::text FROM " + table + " t ORDER BY 1", String.class));
    }
    return rows;
  }
}
