package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.outreachplanner.network.Season;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The season of each day of a horizon in the area's province ({@code season_calendar}). */
@Component
class SeasonLoader {

  private static final String SELECT_SEASONS =
      """
      SELECT d::date AS day, outreach_season(:province, d::date) AS season
        FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') d
      """;

  private final NamedParameterJdbcTemplate jdbc;

  SeasonLoader(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<LocalDate, Season> load(Area area, SolveRequest request) {
    Map<LocalDate, Season> seasons = new TreeMap<>();
    jdbc.query(
        SELECT_SEASONS,
        ProblemSql.params(area, request).addValue("province", area.provinceCode()),
        rs -> {
          seasons.put(rs.getObject("day", LocalDate.class), Season.parse(rs.getString("season")));
        });
    return seasons;
  }
}
