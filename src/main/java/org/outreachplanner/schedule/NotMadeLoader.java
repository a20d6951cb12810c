package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The villages of an area whose last reported visit was not made (docs/progress.md): back in the
 * backlog with the reason, their priority raised ({@link VillagePriority#NOT_MADE}). The last
 * report of a village is that of its latest visit day in the {@value #LOOKBACK_DAYS} days before
 * the horizon's end (latest versions of the visit reports only); a visit made later clears it.
 */
@Component
class NotMadeLoader {

  static final int LOOKBACK_DAYS = 56;

  private static final String SELECT_LAST_REPORTS =
      """
      SELECT DISTINCT ON (r.village_code)
             r.village_code, r.visit_date, r.team_code, r.reached, r.not_reached_reason, r.notes
        FROM visit_report_latest r JOIN village x ON x.code = r.village_code
        JOIN commune c ON c.code = x.commune_code
       WHERE """
          + ProblemSql.IN_AREA
          + """
           AND r.visit_date BETWEEN :from - :lookback AND :to
       ORDER BY r.village_code, r.visit_date DESC, r.reached DESC, r.received_at DESC
      """;

  /**
   * A visit reported not made.
   *
   * @param date its day
   * @param team the team that reported it
   * @param reason ROAD_CLOSED, FLOODED, RAIN, RESIDENTS_AWAY, TEAM_UNAVAILABLE or OTHER
   * @param notes the team's notes, or null
   */
  record NotMade(LocalDate date, String team, String reason, String notes) {}

  private final NamedParameterJdbcTemplate jdbc;

  NotMadeLoader(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The area's villages whose last reported visit was not made, by code. */
  Map<String, NotMade> load(Area area, SolveRequest request) {
    MapSqlParameterSource p = ProblemSql.params(area, request).addValue("lookback", LOOKBACK_DAYS);
    Map<String, NotMade> notMade = new HashMap<>();
    jdbc.query(
        SELECT_LAST_REPORTS,
        p,
        rs -> {
          if (!rs.getBoolean("reached")) {
            notMade.put(
                rs.getString("village_code"),
                new NotMade(
                    rs.getObject("visit_date", LocalDate.class),
                    rs.getString("team_code"),
                    rs.getString("not_reached_reason"),
                    rs.getString("notes")));
          }
        });
    return notMade;
  }
}
