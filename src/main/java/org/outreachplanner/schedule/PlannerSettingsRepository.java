package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The planner's scheduling settings of teams ({@code team_schedule_settings}, {@code
 * team_unavailable}) and villages ({@code village_schedule_settings}, {@code village_time_window}),
 * read with their defaults and replaced as a whole in one transaction. The database's constraints
 * check the values.
 */
@Repository
class PlannerSettingsRepository {

  private static final String TEAM_EXISTS = "SELECT EXISTS (SELECT 1 FROM team WHERE code = :code)";

  private static final String VILLAGE_EXISTS =
      "SELECT EXISTS (SELECT 1 FROM village WHERE code = :code)";

  private static final String SELECT_TEAM =
      """
      SELECT coalesce(s.max_visits_per_week, 2) AS max_visits_per_week,
             coalesce(s.overnight_allowed, false) AS overnight_allowed,
             coalesce(s.loaner_phones, 0) AS loaner_phones, coalesce(s.sim_cards, 0) AS sim_cards
        FROM team t LEFT JOIN team_schedule_settings s ON s.team_code = t.code
       WHERE t.code = :code
      """;

  private static final String SELECT_UNAVAILABLE =
      "SELECT day::text FROM team_unavailable WHERE team_code = :code ORDER BY day";

  private static final String UPSERT_TEAM =
      """
      INSERT INTO team_schedule_settings (team_code, max_visits_per_week, overnight_allowed,
                                          loaner_phones, sim_cards)
      VALUES (:code, :max, :overnight, :phones, :sims)
      ON CONFLICT (team_code) DO UPDATE SET max_visits_per_week = :max,
             overnight_allowed = :overnight, loaner_phones = :phones, sim_cards = :sims,
             updated_at = now()
      """;

  private static final String DELETE_UNAVAILABLE =
      "DELETE FROM team_unavailable WHERE team_code = :code";

  private static final String INSERT_UNAVAILABLE =
      "INSERT INTO team_unavailable (team_code, day) VALUES (:code, :day) ON CONFLICT DO NOTHING";

  private static final String SELECT_VILLAGE =
      """
      SELECT coalesce(s.priority, 0) AS priority,
             coalesce(s.households_per_visit, 25) AS households_per_visit,
             s.language_required, coalesce(s.market_days, '{}') AS market_days,
             s.last_visited::text AS last_visited
        FROM village v LEFT JOIN village_schedule_settings s ON s.village_code = v.code
       WHERE v.code = :code
      """;

  private static final String SELECT_WINDOWS =
      """
      SELECT iso_day, to_char(opens, 'HH24:MI') AS opens, to_char(closes, 'HH24:MI') AS closes
        FROM village_time_window WHERE village_code = :code
       ORDER BY iso_day NULLS FIRST, opens
      """;

  private static final String UPSERT_VILLAGE =
      """
      INSERT INTO village_schedule_settings (village_code, priority, households_per_visit,
                                             language_required, market_days, last_visited)
      VALUES (:code, :priority, :per, :language, CAST(:market AS smallint[]), :last)
      ON CONFLICT (village_code) DO UPDATE SET priority = :priority,
             households_per_visit = :per, language_required = :language,
             market_days = CAST(:market AS smallint[]), last_visited = :last, updated_at = now()
      """;

  private static final String DELETE_WINDOWS =
      "DELETE FROM village_time_window WHERE village_code = :code";

  private static final String INSERT_WINDOW =
      """
      INSERT INTO village_time_window (village_code, iso_day, opens, closes)
      VALUES (:code, :day, :opens, :closes)
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;

  PlannerSettingsRepository(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  /** The values of a team to store, defaults taken. */
  record TeamValues(
      int maxVisitsPerWeek, boolean overnightAllowed, int loanerPhones, int simCards) {}

  /** The values of a village to store, defaults taken. */
  record VillageValues(
      int priority,
      int householdsPerVisit,
      String languageRequired,
      List<Integer> marketDays,
      LocalDate lastVisited) {}

  /** A time window to store; a null day is every day. */
  record WindowValues(Integer isoDay, LocalTime opens, LocalTime closes) {}

  boolean teamExists(String code) {
    return Boolean.TRUE.equals(jdbc.queryForObject(TEAM_EXISTS, params(code), Boolean.class));
  }

  boolean villageExists(String code) {
    return Boolean.TRUE.equals(jdbc.queryForObject(VILLAGE_EXISTS, params(code), Boolean.class));
  }

  TeamSettings team(String code) {
    MapSqlParameterSource p = params(code);
    TeamValues values =
        jdbc.queryForObject(
            SELECT_TEAM,
            p,
            (rs, i) ->
                new TeamValues(
                    rs.getInt("max_visits_per_week"),
                    rs.getBoolean("overnight_allowed"),
                    rs.getInt("loaner_phones"),
                    rs.getInt("sim_cards")));
    return new TeamSettings(
        code,
        values.maxVisitsPerWeek(),
        values.overnightAllowed(),
        values.loanerPhones(),
        values.simCards(),
        jdbc.queryForList(SELECT_UNAVAILABLE, p, String.class));
  }

  /** Replaces a team's settings and unavailable days in one transaction. */
  void replaceTeam(String code, TeamValues values, List<LocalDate> unavailable) {
    MapSqlParameterSource p =
        params(code)
            .addValue("max", values.maxVisitsPerWeek())
            .addValue("overnight", values.overnightAllowed())
            .addValue("phones", values.loanerPhones())
            .addValue("sims", values.simCards());
    List<MapSqlParameterSource> days =
        unavailable.stream().map(day -> params(code).addValue("day", day)).toList();
    replace(UPSERT_TEAM, DELETE_UNAVAILABLE, INSERT_UNAVAILABLE, p, days);
  }

  VillageSettings village(String code) {
    MapSqlParameterSource p = params(code);
    List<VillageSettings.Window> windows =
        jdbc.query(
            SELECT_WINDOWS,
            p,
            (rs, i) ->
                new VillageSettings.Window(
                    rs.getObject("iso_day", Integer.class),
                    rs.getString("opens"),
                    rs.getString("closes")));
    return jdbc.queryForObject(
        SELECT_VILLAGE,
        p,
        (rs, i) ->
            new VillageSettings(
                code,
                rs.getInt("priority"),
                rs.getInt("households_per_visit"),
                rs.getString("language_required"),
                Arrays.stream((Object[]) rs.getArray("market_days").getArray())
                    .map(d -> ((Number) d).intValue())
                    .toList(),
                rs.getString("last_visited"),
                windows));
  }

  /** Replaces a village's settings and time windows in one transaction. */
  void replaceVillage(String code, VillageValues values, List<WindowValues> windows) {
    MapSqlParameterSource p =
        params(code)
            .addValue("priority", values.priority())
            .addValue("per", values.householdsPerVisit())
            .addValue("language", values.languageRequired())
            .addValue("market", values.marketDays().toArray(Integer[]::new))
            .addValue("last", values.lastVisited());
    List<MapSqlParameterSource> rows =
        windows.stream()
            .map(
                w ->
                    params(code)
                        .addValue("day", w.isoDay())
                        .addValue("opens", w.opens())
                        .addValue("closes", w.closes()))
            .toList();
    replace(UPSERT_VILLAGE, DELETE_WINDOWS, INSERT_WINDOW, p, rows);
  }

  /**
   * In one transaction: upserts the settings row, deletes its child rows (days, windows) and
   * inserts the new ones.
   */
  private void replace(
      String upsert,
      String deleteChildren,
      String insertChild,
      MapSqlParameterSource settings,
      List<MapSqlParameterSource> children) {
    tx.executeWithoutResult(
        s -> {
          jdbc.update(upsert, settings);
          jdbc.update(deleteChildren, settings);
          for (MapSqlParameterSource child : children) {
            jdbc.update(insertChild, child);
          }
        });
  }

  private static MapSqlParameterSource params(String code) {
    return new MapSqlParameterSource("code", code);
  }
}
