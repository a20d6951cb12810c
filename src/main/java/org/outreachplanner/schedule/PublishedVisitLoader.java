package org.outreachplanner.schedule;

import java.time.LocalDate;
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

  private static final String SELECT_PUBLISHED_VISITS =
      """
      SELECT id, team_code, village_code, visit_date, households_expected
        FROM schedule_visit WHERE plan_id = :plan ORDER BY visit_date, team_code, seq
      """;

  private final NamedParameterJdbcTemplate jdbc;

  PublishedVisitLoader(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A published visit: its row's id, team, village, day and households expected. */
  record PublishedVisit(
      long id, String teamCode, String villageCode, LocalDate date, int households) {}

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
                    rs.getInt(5)));
    return new Published(planId, visits);
  }
}
