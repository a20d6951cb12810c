package org.outreachplanner.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The visits of stored plans (table schedule_visit). */
@Repository
public class PlanVisitRepository {

  private static final String INSERT_VISIT =
      """
      INSERT INTO schedule_visit (plan_id, team_code, village_code, visit_date, seq, arrival,
                                  work_start, departure, travel_minutes, return_minutes, overnight,
                                  households_expected, pinned, route)
      VALUES (:plan, :team, :village, :date, :seq, :arrival, :start, :departure, :travel, :back,
              :overnight, :households, false,
              CASE WHEN CAST(:route AS text) IS NULL THEN NULL
                   ELSE (SELECT g FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(CAST(:route AS text)),
                                                          4326) AS g) x
                          WHERE ST_NPoints(g) >= 2) END)
      """;

  private static final String COPY_KEPT =
      """
      INSERT INTO schedule_visit (plan_id, team_code, village_code, visit_date, seq, arrival,
                                  work_start, departure, travel_minutes, return_minutes, overnight,
                                  households_expected, pinned, route)
      SELECT :plan, team_code, village_code, visit_date, seq, arrival, work_start, departure,
             travel_minutes, return_minutes, overnight, households_expected, true, route
        FROM schedule_visit WHERE id = ANY(:ids)
      """;

  private static final String SELECT_VISITS =
      """
      SELECT v.id, v.team_code, v.village_code, g.name AS village_name, v.visit_date, v.seq,
             v.arrival, v.work_start, v.departure, v.travel_minutes, v.return_minutes, v.overnight,
             v.households_expected, v.pinned, ST_AsGeoJSON(v.route, 6) AS route
        FROM schedule_visit v JOIN village g ON g.code = v.village_code
       WHERE %s ORDER BY v.visit_date, v.team_code, v.seq
      """;

  private static final String OF_PLAN = "v.plan_id = :plan";

  private static final String OF_TEAM_PUBLISHED =
      """
      v.team_code = :team AND v.visit_date BETWEEN :from AND :to AND v.plan_id IN
       (SELECT id FROM schedule_plan WHERE status = 'PUBLISHED')""";

  private final NamedParameterJdbcTemplate jdbc;

  PlanVisitRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A visit row. */
  public record VisitRow(
      long id,
      String team,
      String village,
      String villageName,
      LocalDate date,
      int seq,
      LocalTime arrival,
      LocalTime start,
      LocalTime departure,
      int travelMinutes,
      Integer returnMinutes,
      boolean overnight,
      int households,
      boolean pinned,
      String route) {}

  /** A visit to store; times are minutes of the day. */
  public record NewVisit(
      String team,
      String village,
      LocalDate date,
      int seq,
      int arrival,
      int start,
      int departure,
      int travel,
      Integer back,
      boolean overnight,
      int households,
      String route) {}

  /** Stores a plan's new visits (call within the transaction that finishes the plan). */
  void insert(long planId, List<NewVisit> visits) {
    MapSqlParameterSource[] rows =
        visits.stream()
            .map(
                v ->
                    new MapSqlParameterSource("plan", planId)
                        .addValue("team", v.team())
                        .addValue("village", v.village())
                        .addValue("date", v.date())
                        .addValue("seq", v.seq())
                        .addValue("arrival", time(v.arrival()))
                        .addValue("start", time(v.start()))
                        .addValue("departure", time(v.departure()))
                        .addValue("travel", v.travel())
                        .addValue("back", v.back())
                        .addValue("overnight", v.overnight())
                        .addValue("households", v.households())
                        .addValue("route", v.route()))
            .toArray(MapSqlParameterSource[]::new);
    jdbc.batchUpdate(INSERT_VISIT, rows);
  }

  /** Copies the published visits kept into a plan, pinned. */
  void copyKept(long planId, List<Long> kept) {
    if (!kept.isEmpty()) {
      jdbc.update(
          COPY_KEPT,
          new MapSqlParameterSource("plan", planId).addValue("ids", kept.toArray(Long[]::new)));
    }
  }

  /** The visits of a plan, by date, team and order. */
  public List<VisitRow> visits(long planId) {
    return jdbc.query(
        SELECT_VISITS.formatted(OF_PLAN),
        new MapSqlParameterSource("plan", planId),
        (rs, i) -> visit(rs));
  }

  /** A team's published visits between two dates. */
  public List<VisitRow> teamVisits(String team, LocalDate from, LocalDate to) {
    return jdbc.query(
        SELECT_VISITS.formatted(OF_TEAM_PUBLISHED),
        new MapSqlParameterSource("team", team).addValue("from", from).addValue("to", to),
        (rs, i) -> visit(rs));
  }

  /** A minute of the day as a time; past midnight (an infeasible draft) shows as 23:59. */
  static LocalTime time(int minute) {
    int m = Math.max(0, Math.min(minute, 24 * 60 - 1));
    return LocalTime.of(m / 60, m % 60);
  }

  private static VisitRow visit(ResultSet rs) throws SQLException {
    return new VisitRow(
        rs.getLong("id"),
        rs.getString("team_code"),
        rs.getString("village_code"),
        rs.getString("village_name"),
        rs.getObject("visit_date", LocalDate.class),
        rs.getInt("seq"),
        rs.getObject("arrival", LocalTime.class),
        rs.getObject("work_start", LocalTime.class),
        rs.getObject("departure", LocalTime.class),
        rs.getInt("travel_minutes"),
        (Integer) rs.getObject("return_minutes"),
        rs.getBoolean("overnight"),
        rs.getInt("households_expected"),
        rs.getBoolean("pinned"),
        rs.getString("route"));
  }
}
