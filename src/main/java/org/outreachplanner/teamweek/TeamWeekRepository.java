package org.outreachplanner.teamweek;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads a team's published week. Every query takes the caller's team scope (null for a planner, the
 * lead's own team for a team lead) and limits its rows to it, so another team's rows are never read
 * even if a path rule were wrong.
 */
@Repository
class TeamWeekRepository {

  private final NamedParameterJdbcTemplate jdbc;

  TeamWeekRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The team within the scope, with its settings (defaults where it has none). */
  Optional<TeamWeek.Team> team(String code, String scope) {
    return jdbc
        .query(
            """
            SELECT t.code, t.name, c.name AS commune, c.code AS commune_code,
                   ST_Y(t.base) AS lat, ST_X(t.base) AS lon,
                   t.day_start, t.day_end,
                   -- the stock is not set without settings, or with both still at their 0 default
                   CASE WHEN s.sim_cards > 0 OR s.loaner_phones > 0 THEN s.sim_cards END AS sim_cards,
                   CASE WHEN s.sim_cards > 0 OR s.loaner_phones > 0 THEN s.loaner_phones END
                       AS loaner_phones
              FROM team t
              JOIN commune c ON c.code = t.commune_code
              LEFT JOIN team_schedule_settings s ON s.team_code = t.code
             WHERE t.code = :code AND (CAST(:scope AS text) IS NULL OR t.code = :scope)
            """,
            params(code, scope),
            (rs, i) ->
                new TeamWeek.Team(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("commune"),
                    rs.getString("commune_code"),
                    rs.getDouble("lat"),
                    rs.getDouble("lon"),
                    rs.getObject("day_start", LocalTime.class),
                    rs.getObject("day_end", LocalTime.class),
                    rs.getObject("sim_cards", Integer.class),
                    rs.getObject("loaner_phones", Integer.class)))
        .stream()
        .findFirst();
  }

  /** The teams within the scope with their commune, by code. */
  List<TeamChoice> teams(String scope) {
    return jdbc.query(
        """
        SELECT t.code, t.name, c.name AS commune
          FROM team t JOIN commune c ON c.code = t.commune_code
         WHERE CAST(:scope AS text) IS NULL OR t.code = :scope
         ORDER BY t.code
        """,
        new MapSqlParameterSource("scope", scope),
        (rs, i) ->
            new TeamChoice(rs.getString("code"), rs.getString("name"), rs.getString("commune")));
  }

  /** The published visits of the team within the scope between two dates. */
  List<TeamWeek.Visit> visits(String code, String scope, LocalDate from, LocalDate to) {
    return jdbc.query(
        """
        SELECT v.id, v.visit_date, v.seq, v.village_code, g.name AS village_name,
               ST_Y(g.location) AS lat, ST_X(g.location) AS lon, v.arrival, v.work_start,
               v.departure, v.travel_minutes, v.return_minutes, v.overnight,
               v.households_expected, ST_AsGeoJSON(v.route, 6) AS route
          FROM schedule_visit v
          JOIN schedule_plan p ON p.id = v.plan_id AND p.status = 'PUBLISHED'
          JOIN village g ON g.code = v.village_code
         WHERE v.team_code = :code AND (CAST(:scope AS text) IS NULL OR v.team_code = :scope)
           AND v.visit_date BETWEEN :from AND :to
         ORDER BY v.visit_date, v.seq
        """,
        params(code, scope).addValue("from", from).addValue("to", to),
        (rs, i) -> visit(rs));
  }

  /** The Monday of the first week from this one on with published visits of the team, if any. */
  Optional<LocalDate> nextPublishedDay(String code, String scope, LocalDate from) {
    return Optional.ofNullable(
        jdbc.queryForObject(
            """
            SELECT min(v.visit_date) FROM schedule_visit v
              JOIN schedule_plan p ON p.id = v.plan_id AND p.status = 'PUBLISHED'
             WHERE v.team_code = :code AND (CAST(:scope AS text) IS NULL OR v.team_code = :scope)
               AND v.visit_date >= :from
            """,
            params(code, scope).addValue("from", from),
            LocalDate.class));
  }

  private static MapSqlParameterSource params(String code, String scope) {
    return new MapSqlParameterSource("code", code).addValue("scope", scope);
  }

  private static TeamWeek.Visit visit(ResultSet rs) throws SQLException {
    return new TeamWeek.Visit(
        rs.getLong("id"),
        rs.getObject("visit_date", LocalDate.class),
        rs.getInt("seq"),
        rs.getString("village_code"),
        rs.getString("village_name"),
        rs.getDouble("lat"),
        rs.getDouble("lon"),
        rs.getObject("arrival", LocalTime.class),
        rs.getObject("work_start", LocalTime.class),
        rs.getObject("departure", LocalTime.class),
        rs.getInt("travel_minutes"),
        (Integer) rs.getObject("return_minutes"),
        rs.getBoolean("overnight"),
        rs.getInt("households_expected"),
        rs.getString("route"));
  }
}
