package org.outreachplanner.network;

import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The season of a date in a province, from the season calendar. */
@Component
public class SeasonOfDate {

  private static final String SELECT_SEASON = "SELECT outreach_season(:province, :date)";

  private final NamedParameterJdbcTemplate jdbc;

  SeasonOfDate(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Season of(String provinceCode, LocalDate date) {
    String season =
        jdbc.queryForObject(
            SELECT_SEASON,
            new MapSqlParameterSource("province", provinceCode).addValue("date", date),
            String.class);
    try {
      return Season.parse(season);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("outreach_season gave an unknown season: " + season, e);
    }
  }
}
