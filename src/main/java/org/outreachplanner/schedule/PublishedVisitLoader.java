package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The published plan of the area and first week, if any, and its visits. */
@Component
class PublishedVisitLoader {

  private static final String SELECT_PUBLISHED =
      """
      SELECT id FROM schedule_plan
       WHERE area_kind = :kind AND area_code = :code AND first_week = :from AND status = 'PUBLISHED'
      """;

  /**
   * The plan's visits with the latest report of each (the team's report of that village and day, or
   * one naming the visit's row): reported or not, made or not.
   */
  private static final String SELECT_PUBLISHED_VISITS =
      """
      SELECT sv.id, sv.team_code, sv.village_code, sv.visit_date, sv.households_expected,
             sv.work_start, r.reached
        FROM schedule_visit sv
        LEFT JOIN LATERAL (
             SELECT vr.reached FROM visit_report_latest vr
              WHERE vr.village_code = sv.village_code AND vr.visit_date = sv.visit_date
                AND (vr.planned_visit_id = sv.id OR vr.team_code = sv.team_code)
              ORDER BY vr.received_at DESC LIMIT 1) r ON true
       WHERE sv.plan_id = :plan ORDER BY sv.visit_date, sv.team_code, sv.seq
      """;

  private final NamedParameterJdbcTemplate jdbc;

  PublishedVisitLoader(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A published visit: its row's id, team, village, day, households expected, the time its work
   * starts, and what its team reported.
   *
   * @param reached null while not reported, else whether the visit was made
   */
  record PublishedVisit(
      long id,
      String teamCode,
      String villageCode,
      LocalDate date,
      int households,
      LocalTime start,
      Boolean reached) {

    boolean reported() {
      return reached != null;
    }

    boolean notMade() {
      return Boolean.FALSE.equals(reached);
    }
  }

  /**
   * The published plan re-planned.
   *
   * @param planId its id, or null when the area and week have none
   * @param visits its visits, by day, team and order
   */
  record Published(Long planId, List<PublishedVisit> visits) {}

  Published load(Area area, SolveRequest request) {
    Long planId =
        jdbc.query(
            SELECT_PUBLISHED,
            ProblemSql.params(area, request),
            rs -> rs.next() ? rs.getLong(1) : null);
    if (planId == null) {
      return new Published(null, List.of());
    }
    List<PublishedVisit> visits =
        jdbc.query(
            SELECT_PUBLISHED_VISITS,
            new MapSqlParameterSource("plan", planId),
            (rs, i) ->
                new PublishedVisit(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getInt(5),
                    rs.getObject(6, LocalTime.class),
                    (Boolean) rs.getObject(7)));
    return new Published(planId, visits);
  }
}
