package org.outreachplanner.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The teams of an area with their settings ({@code team_schedule_settings}, defaults where a team
 * has none) and the days of the horizon they cannot work ({@code team_unavailable}).
 */
@Component
class TeamLoader {

  private static final String SELECT_TEAMS =
      """
      SELECT x.code, x.name, x.transport_mode, x.working_days, x.day_start, x.day_end, x.languages,
             coalesce(s.max_visits_per_week, 2) AS max_visits, coalesce(s.overnight_allowed, false)
             AS overnight, coalesce(s.loaner_phones, 0) AS phones, coalesce(s.sim_cards, 0) AS sims
        FROM team x JOIN commune c ON c.code = x.commune_code
        LEFT JOIN team_schedule_settings s ON s.team_code = x.code
       WHERE """
          + ProblemSql.IN_AREA
          + " ORDER BY x.code";

  private static final String SELECT_UNAVAILABLE =
      """
      SELECT u.team_code, u.day FROM team_unavailable u JOIN team x ON x.code = u.team_code
        JOIN commune c ON c.code = x.commune_code
       WHERE u.day BETWEEN :from AND :to AND """
          + ProblemSql.IN_AREA;

  private final NamedParameterJdbcTemplate jdbc;

  TeamLoader(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A team as read, its times in minutes of the day. */
  record TeamRow(
      String code,
      String name,
      TravelMode mode,
      int[] workingDays,
      int dayStart,
      int dayEnd,
      Set<String> languages,
      int maxVisits,
      boolean overnight,
      int phones,
      int sims,
      Set<LocalDate> unavailable) {}

  /** The area's teams by code. */
  List<TeamRow> load(Area area, SolveRequest request) {
    MapSqlParameterSource p = ProblemSql.params(area, request);
    Map<String, Set<LocalDate>> unavailable = new HashMap<>();
    jdbc.query(
        SELECT_UNAVAILABLE,
        p,
        rs -> {
          unavailable
              .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
              .add(rs.getObject(2, LocalDate.class));
        });
    return jdbc.query(
        SELECT_TEAMS,
        p,
        (rs, i) -> team(rs, unavailable.getOrDefault(rs.getString("code"), Set.of())));
  }

  private static TeamRow team(ResultSet rs, Set<LocalDate> unavailable) throws SQLException {
    return new TeamRow(
        rs.getString("code"),
        rs.getString("name"),
        TravelMode.parse(rs.getString("transport_mode")),
        ProblemSql.ints(rs.getArray("working_days")),
        ProblemSql.minutes(rs.getObject("day_start", LocalTime.class)),
        ProblemSql.minutes(rs.getObject("day_end", LocalTime.class)),
        TeamInfo.languages(Arrays.asList((String[]) rs.getArray("languages").getArray())),
        rs.getInt("max_visits"),
        rs.getBoolean("overnight"),
        rs.getInt("phones"),
        rs.getInt("sims"),
        unavailable);
  }
}
