package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.i18n.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner's scheduling settings of a team and of a village: read with GET, replaced as a whole
 * with PUT (fields left out take their defaults), checked by the database's constraints.
 */
@RestController
class SettingsController {

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;

  SettingsController(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  record TeamSettings(
      @JsonProperty("max_visits_per_week") Integer maxVisitsPerWeek,
      @JsonProperty("overnight_allowed") Boolean overnightAllowed,
      @JsonProperty("loaner_phones") Integer loanerPhones,
      @JsonProperty("sim_cards") Integer simCards,
      List<String> unavailable) {}

  record Window(@JsonProperty("iso_day") Integer isoDay, String opens, String closes) {}

  record VillageSettings(
      Integer priority,
      @JsonProperty("households_per_visit") Integer householdsPerVisit,
      @JsonProperty("language_required") String languageRequired,
      @JsonProperty("market_days") List<Integer> marketDays,
      @JsonProperty("last_visited") String lastVisited,
      @JsonProperty("time_windows") List<Window> timeWindows) {}

  @GetMapping("/api/schedules/settings/teams/{code}")
  Map<String, Object> team(@PathVariable String code) {
    exists("team", code);
    MapSqlParameterSource p = new MapSqlParameterSource("code", code);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("team", code);
    out.putAll(
        jdbc.queryForMap(
            "SELECT coalesce(s.max_visits_per_week, 2) AS max_visits_per_week,"
                + " coalesce(s.overnight_allowed, false) AS overnight_allowed,"
                + " coalesce(s.loaner_phones, 0) AS loaner_phones,"
                + " coalesce(s.sim_cards, 0) AS sim_cards"
                + " FROM team t LEFT JOIN team_schedule_settings s ON s.team_code = t.code"
                + " WHERE t.code = :code",
            p));
    out.put(
        "unavailable",
        jdbc.queryForList(
            "SELECT day::text FROM team_unavailable WHERE team_code = :code ORDER BY day",
            p,
            String.class));
    return out;
  }

  @PutMapping("/api/schedules/settings/teams/{code}")
  Map<String, Object> putTeam(@PathVariable String code, @RequestBody TeamSettings body) {
    exists("team", code);
    List<LocalDate> days = new ArrayList<>();
    for (String d : body.unavailable() == null ? List.<String>of() : body.unavailable()) {
      days.add(date("unavailable", d));
    }
    MapSqlParameterSource p =
        new MapSqlParameterSource("code", code)
            .addValue("max", body.maxVisitsPerWeek() == null ? 2 : body.maxVisitsPerWeek())
            .addValue("overnight", body.overnightAllowed() != null && body.overnightAllowed())
            .addValue("phones", body.loanerPhones() == null ? 0 : body.loanerPhones())
            .addValue("sims", body.simCards() == null ? 0 : body.simCards());
    write(
        () -> {
          jdbc.update(
              "INSERT INTO team_schedule_settings (team_code, max_visits_per_week,"
                  + " overnight_allowed, loaner_phones, sim_cards)"
                  + " VALUES (:code, :max, :overnight, :phones, :sims)"
                  + " ON CONFLICT (team_code) DO UPDATE SET max_visits_per_week = :max,"
                  + " overnight_allowed = :overnight, loaner_phones = :phones, sim_cards = :sims,"
                  + " updated_at = now()",
              p);
          jdbc.update("DELETE FROM team_unavailable WHERE team_code = :code", p);
          for (LocalDate d : days) {
            jdbc.update(
                "INSERT INTO team_unavailable (team_code, day) VALUES (:code, :day)"
                    + " ON CONFLICT DO NOTHING",
                new MapSqlParameterSource("code", code).addValue("day", d));
          }
        });
    return team(code);
  }

  @GetMapping("/api/schedules/settings/villages/{code}")
  Map<String, Object> village(@PathVariable String code) {
    exists("village", code);
    MapSqlParameterSource p = new MapSqlParameterSource("code", code);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("village", code);
    jdbc.query(
        "SELECT coalesce(s.priority, 0) AS priority,"
            + " coalesce(s.households_per_visit, 25) AS households_per_visit,"
            + " s.language_required, coalesce(s.market_days, '{}') AS market_days,"
            + " s.last_visited::text AS last_visited"
            + " FROM village v LEFT JOIN village_schedule_settings s ON s.village_code = v.code"
            + " WHERE v.code = :code",
        p,
        rs -> {
          out.put("priority", rs.getInt("priority"));
          out.put("households_per_visit", rs.getInt("households_per_visit"));
          out.put("language_required", rs.getString("language_required"));
          out.put("market_days", rs.getArray("market_days").getArray());
          out.put("last_visited", rs.getString("last_visited"));
        });
    out.put(
        "time_windows",
        jdbc.queryForList(
            "SELECT iso_day, to_char(opens, 'HH24:MI') AS opens, to_char(closes, 'HH24:MI')"
                + " AS closes FROM village_time_window WHERE village_code = :code"
                + " ORDER BY iso_day NULLS FIRST, opens",
            p));
    return out;
  }

  @PutMapping("/api/schedules/settings/villages/{code}")
  Map<String, Object> putVillage(@PathVariable String code, @RequestBody VillageSettings body) {
    exists("village", code);
    List<Window> windows = body.timeWindows() == null ? List.of() : body.timeWindows();
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (Window w : windows) {
      rows.add(
          new MapSqlParameterSource("code", code)
              .addValue("day", w.isoDay())
              .addValue("opens", time("opens", w.opens()))
              .addValue("closes", time("closes", w.closes())));
    }
    String language = body.languageRequired();
    MapSqlParameterSource p =
        new MapSqlParameterSource("code", code)
            .addValue("priority", body.priority() == null ? 0 : body.priority())
            .addValue("per", body.householdsPerVisit() == null ? 25 : body.householdsPerVisit())
            .addValue("language", language == null || language.isBlank() ? null : language.strip())
            .addValue(
                "market",
                (body.marketDays() == null ? List.<Integer>of() : body.marketDays())
                    .toArray(Integer[]::new))
            .addValue(
                "last",
                body.lastVisited() == null ? null : date("last_visited", body.lastVisited()));
    write(
        () -> {
          jdbc.update(
              "INSERT INTO village_schedule_settings (village_code, priority, households_per_visit,"
                  + " language_required, market_days, last_visited)"
                  + " VALUES (:code, :priority, :per, :language, CAST(:market AS smallint[]), :last)"
                  + " ON CONFLICT (village_code) DO UPDATE SET priority = :priority,"
                  + " households_per_visit = :per, language_required = :language,"
                  + " market_days = CAST(:market AS smallint[]), last_visited = :last,"
                  + " updated_at = now()",
              p);
          jdbc.update("DELETE FROM village_time_window WHERE village_code = :code", p);
          for (MapSqlParameterSource row : rows) {
            jdbc.update(
                "INSERT INTO village_time_window (village_code, iso_day, opens, closes)"
                    + " VALUES (:code, :day, :opens, :closes)",
                row);
          }
        });
    return village(code);
  }

  /** Runs the writes in one transaction; a broken constraint is a 400 naming it. */
  private void write(Runnable writes) {
    try {
      tx.executeWithoutResult(s -> writes.run());
    } catch (DataIntegrityViolationException e) {
      String constraint = constraintOf(e);
      throw constraint == null
          ? new ApiException(HttpStatus.BAD_REQUEST, "schedules.settings.brokenTable")
          : new ApiException(HttpStatus.BAD_REQUEST, "schedules.settings.brokenRule", constraint);
    }
  }

  private static String constraintOf(DataIntegrityViolationException e) {
    Throwable t = e.getMostSpecificCause();
    if (t instanceof org.postgresql.util.PSQLException p
        && p.getServerErrorMessage() != null
        && p.getServerErrorMessage().getConstraint() != null) {
      return p.getServerErrorMessage().getConstraint();
    }
    return null;
  }

  private void exists(String table, String code) {
    Boolean found =
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE code = :code)",
            new MapSqlParameterSource("code", code),
            Boolean.class);
    if (!Boolean.TRUE.equals(found)) {
      String unknown = "schedules." + table + ".unknown";
      throw new ApiException(HttpStatus.NOT_FOUND, unknown, code);
    }
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.notADate", field, text);
    }
  }

  private static LocalTime time(String field, String text) {
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.notATime", field, text);
    }
  }
}
