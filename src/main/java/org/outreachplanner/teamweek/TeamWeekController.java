package org.outreachplanner.teamweek;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's published week for its lead: the page's data, a calendar file (ICS), short text for SMS
 * or chat and a printable A4 page, each in the request's language. A team lead reads their own team
 * only; another team's code answers 404 (see {@link TeamWeekService}).
 */
@RestController
class TeamWeekController {

  private final TeamWeekService weeks;
  private final MessageSource messages;

  TeamWeekController(TeamWeekService weeks, MessageSource messages) {
    this.weeks = weeks;
    this.messages = messages;
  }

  /** The week as the team page shows it: the team, the days with their visits, what to bring. */
  @GetMapping("/api/teams/{code}/week")
  Map<String, Object> week(@PathVariable String code, @RequestParam(required = false) String week) {
    TeamWeek w = weeks.week(code, week);
    TeamWeek.Team team = w.team();
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("code", team.code());
    t.put("name", team.name());
    t.put("commune", team.commune());
    t.put("base", List.of(team.baseLon(), team.baseLat()));
    t.put("day_start", team.dayStart().toString());
    t.put("day_end", team.dayEnd().toString());
    t.put("sim_cards", team.simCards());
    t.put("loaner_phones", team.loanerPhones());
    out.put("team", t);
    out.put("week", w.monday().toString());
    out.put("previous_week", w.monday().minusWeeks(1).toString());
    out.put("next_week", w.monday().plusWeeks(1).toString());
    out.put("visit_count", w.visits().size());
    out.put("households", w.households());
    out.put("travel_minutes", w.travelMinutes());
    List<Map<String, Object>> days = new ArrayList<>();
    for (TeamWeek.Day day : w.days()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("date", day.date().toString());
      d.put("households", day.households());
      d.put(
          "bring",
          Map.of("sim_cards", day.bring().simCards(), "loaner_phones", day.bring().loanerPhones()));
      List<Map<String, Object>> visits = new ArrayList<>();
      for (TeamWeek.Visit v : day.visits()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", v.seq());
        m.put("village", v.village());
        m.put("village_name", v.villageName());
        m.put("location", List.of(v.lon(), v.lat()));
        m.put("arrival", v.arrival().toString());
        m.put("work_start", v.start().toString());
        m.put("departure", v.departure().toString());
        m.put("travel_minutes", v.travelMinutes());
        m.put("return_minutes", v.returnMinutes());
        m.put("overnight", v.overnight());
        m.put("households_expected", v.households());
        m.put("route", v.route() == null ? null : new Raw(v.route()));
        visits.add(m);
      }
      d.put("visits", visits);
      days.add(d);
    }
    out.put("days", days);
    return out;
  }

  /** The week as an iCalendar file for calendar apps. */
  @GetMapping("/api/teams/{code}/schedule.ics")
  ResponseEntity<String> calendar(
      @PathVariable String code, @RequestParam(required = false) String week, Locale locale) {
    TeamWeek w = weeks.week(code, week);
    return download(
        WeekCalendar.write(w, new WeekTexts(messages, locale)),
        new MediaType("text", "calendar", StandardCharsets.UTF_8),
        fileName(w, "ics"),
        true);
  }

  /** The week as short plain text for SMS or chat, one line per visit. */
  @GetMapping("/api/teams/{code}/schedule.txt")
  ResponseEntity<String> text(
      @PathVariable String code, @RequestParam(required = false) String week, Locale locale) {
    TeamWeek w = weeks.week(code, week);
    return download(
        WeekText.write(w, new WeekTexts(messages, locale)),
        new MediaType("text", "plain", StandardCharsets.UTF_8),
        fileName(w, "txt"),
        false);
  }

  /** The week as a self-contained page for A4 paper, also kept for reading without a connection. */
  @GetMapping("/api/teams/{code}/schedule/print")
  ResponseEntity<String> print(
      @PathVariable String code, @RequestParam(required = false) String week, Locale locale) {
    TeamWeek w = weeks.week(code, week);
    return download(
        WeekPrint.write(w, new WeekTexts(messages, locale)),
        new MediaType("text", "html", StandardCharsets.UTF_8),
        fileName(w, "html"),
        false);
  }

  private static String fileName(TeamWeek w, String extension) {
    return "week-" + w.team().code() + "-" + w.monday() + "." + extension;
  }

  private static ResponseEntity<String> download(
      String body, MediaType type, String fileName, boolean attachment) {
    ContentDisposition disposition =
        (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(fileName, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
        .body(body);
  }

  /** Stored GeoJSON text written as it is. */
  record Raw(String json) {
    @JsonValue
    @JsonRawValue
    public String value() {
      return json;
    }
  }
}
