package org.outreachplanner.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.outreachplanner.schedule.domain.TimeWindows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The villages of an area with the work left (the e-ID figure of the latest import plus the
 * activations reported since, {@code village_eid_current}), their settings ({@code
 * village_schedule_settings}, defaults where a village has none), time windows and market days, and
 * their last visit.
 */
@Component
class VillageLoader {

  private static final String SELECT_VILLAGES =
      """
      SELECT x.code, x.name, x.households, x.eligible, x.eid_done,
             num_nulls(x.households, x.eligible, x.eid_done) = 0 AS figures_known,
             CASE WHEN num_nulls(x.households, x.eligible, x.eid_done) > 0
                      THEN least(coalesce(x.households, :unknownToHelp), :unknownToHelp)
                  WHEN x.eligible = 0 THEN 0
                  ELSE ceil(x.households::numeric * (x.eligible - x.eid_done) / x.eligible)::int
             END AS to_help,
             coalesce(s.priority, 0) AS priority, coalesce(s.households_per_visit, 25) AS per_visit,
             s.language_required, coalesce(s.market_days, '{}') AS market_days, s.last_visited
        FROM (SELECT v.code, v.name, v.commune_code, v.households, v.eligible,
                     -- unknown stays unknown (least would take the eligible for it)
                     CASE WHEN v.eid_done IS NOT NULL
                          THEN least(v.eid_done + coalesce(e.reported_since, 0), v.eligible)
                     END AS eid_done
                FROM village v LEFT JOIN village_eid_current e ON e.village_code = v.code) x
        JOIN commune c ON c.code = x.commune_code
        LEFT JOIN village_schedule_settings s ON s.village_code = x.code
       WHERE """
          + ProblemSql.IN_AREA
          + " ORDER BY x.code";

  private static final String SELECT_WINDOWS =
      """
      SELECT w.village_code, w.iso_day, w.opens, w.closes
        FROM village_time_window w JOIN village x ON x.code = w.village_code
        JOIN commune c ON c.code = x.commune_code
       WHERE """
          + ProblemSql.IN_AREA
          + " ORDER BY w.village_code, w.opens";

  /** The last visit of each village before the horizon ({@code village_visit}, migration V9). */
  private static final String SELECT_LAST_VISITS =
      """
      SELECT village_code, max(visit_date) AS last_visit
        FROM village_visit WHERE visit_date < :from
       GROUP BY village_code
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final ScheduleSettings settings;

  VillageLoader(NamedParameterJdbcTemplate jdbc, ScheduleSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /**
   * A village as read.
   *
   * @param eligible residents aged 14+, or null when unknown (no census figures yet)
   * @param done of them with Level-2 e-ID, or null when unknown
   * @param toHelp households still to help; for a village without census figures the default {@code
   *     outreach.schedule.unknown-figures-households} (at most its households when known)
   * @param plannerPriority the planner's priority 0..10
   * @param perVisit households a visit helps at most
   * @param language the language a visiting team must speak (lower case), or null
   * @param windows when a visit can be made, market days taken out
   * @param lastVisit the last visit before the horizon, or null
   */
  record VillageRow(
      String code,
      String name,
      Integer eligible,
      Integer done,
      int toHelp,
      int plannerPriority,
      int perVisit,
      String language,
      TimeWindows windows,
      LocalDate lastVisit) {}

  /** The area's villages by code. */
  List<VillageRow> load(Area area, SolveRequest request) {
    MapSqlParameterSource p = ProblemSql.params(area, request);
    p.addValue("unknownToHelp", settings.unknownFiguresHouseholds());
    Map<String, int[][]> windows = windows(p);
    Map<String, LocalDate> lastVisits = new HashMap<>();
    jdbc.query(
        SELECT_LAST_VISITS,
        p,
        rs -> {
          lastVisits.put(rs.getString(1), rs.getObject(2, LocalDate.class));
        });
    return jdbc.query(SELECT_VILLAGES, p, (rs, i) -> village(rs, windows, lastVisits));
  }

  private static VillageRow village(
      ResultSet rs, Map<String, int[][]> windows, Map<String, LocalDate> lastVisits)
      throws SQLException {
    String code = rs.getString("code");
    String language = rs.getString("language_required");
    LocalDate recorded = rs.getObject("last_visited", LocalDate.class);
    LocalDate last = lastVisits.getOrDefault(code, recorded);
    if (recorded != null && last != null && recorded.isAfter(last)) {
      last = recorded;
    }
    return new VillageRow(
        code,
        rs.getString("name"),
        rs.getBoolean("figures_known") ? rs.getInt("eligible") : null,
        rs.getBoolean("figures_known") ? rs.getInt("eid_done") : null,
        rs.getInt("to_help"),
        rs.getInt("priority"),
        rs.getInt("per_visit"),
        language == null ? null : language.strip().toLowerCase(Locale.ROOT),
        timeWindows(windows.get(code), ProblemSql.ints(rs.getArray("market_days"))),
        last);
  }

  /** Each village's windows: per ISO day 1..7, opening and closing minutes in pairs. */
  private Map<String, int[][]> windows(MapSqlParameterSource p) {
    Map<String, Map<Integer, List<Integer>>> raw = new HashMap<>();
    jdbc.query(
        SELECT_WINDOWS,
        p,
        rs -> {
          Map<Integer, List<Integer>> days =
              raw.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
          int opens = ProblemSql.minutes(rs.getObject(3, LocalTime.class));
          int closes = ProblemSql.minutes(rs.getObject(4, LocalTime.class));
          Object isoDay = rs.getObject(2);
          for (int d = 1; d <= 7; d++) {
            if (isoDay == null || ((Number) isoDay).intValue() == d) {
              days.computeIfAbsent(d, k -> new ArrayList<>()).addAll(List.of(opens, closes));
            }
          }
        });
    Map<String, int[][]> byVillage = new HashMap<>();
    raw.forEach(
        (village, days) -> {
          int[][] w = new int[8][];
          days.forEach((d, list) -> w[d] = list.stream().mapToInt(Integer::intValue).toArray());
          // a village with windows on some days only has none (cannot be visited) on the others
          for (int d = 1; d <= 7; d++) {
            if (w[d] == null) {
              w[d] = new int[0];
            }
          }
          byVillage.put(village, w);
        });
    return byVillage;
  }

  private static TimeWindows timeWindows(int[][] windows, int[] marketDays) {
    if (windows == null && marketDays.length == 0) {
      return TimeWindows.ANY_TIME;
    }
    int[][] w = windows == null ? new int[8][] : windows.clone();
    for (int d : marketDays) {
      w[d] = new int[0];
    }
    return new TimeWindows(w);
  }
}
