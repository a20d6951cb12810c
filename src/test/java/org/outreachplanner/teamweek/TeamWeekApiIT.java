package org.outreachplanner.teamweek;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Geo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.GdalSheets;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A team's published week of the demo commune as its lead gets it: the page's data, the calendar
 * (parsed back with ical4j's CalendarBuilder), the text for SMS and the printable page, in English
 * and Vietnamese; another team's week is refused and nothing is read or changed.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamWeekApiIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;

  String team;
  String otherTeam;
  ApiClient lead;
  List<JsonNode> visits;

  @BeforeAll
  void publishTheDemoWeek() throws Exception {
    PublishedDemoWeek.load(jdbc, imports);
    PublishedDemoWeek.planAndPublish(ApiClient.as(port, TestUsers.PLANNER), 4);
    team = PublishedDemoWeek.busiestTeam(jdbc);
    otherTeam =
        jdbc.queryForObject(
            "SELECT code FROM team WHERE code <> ? ORDER BY code LIMIT 1", String.class, team);
    jdbc.update(
        "INSERT INTO team_schedule_settings (team_code, sim_cards, loaner_phones) VALUES (?, 12, 3)",
        team);
    TestUsers.bindLead(jdbc, team);
    lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    visits = new ArrayList<>();
    ApiClient.as(port, TestUsers.PLANNER)
        .json("/api/teams/" + team + "/schedule?week=" + PublishedDemoWeek.MONDAY)
        .path("visits")
        .forEach(visits::add);
    assertThat(visits).isNotEmpty();
  }

  private String path(String code, String what, String query) {
    return "/api/teams/" + code + "/" + what + "?week=" + PublishedDemoWeek.MONDAY + query;
  }

  @Test
  void theWeekGoesDayByDayWithWhatToBring() {
    JsonNode week = lead.json("/api/teams/" + team + "/week?week=2026-11-25");
    assertThat(week.path("week").asText()).isEqualTo(PublishedDemoWeek.MONDAY);
    assertThat(week.path("previous_week").asText()).isEqualTo("2026-11-16");
    assertThat(week.path("team").path("sim_cards").asInt()).isEqualTo(12);
    assertThat(week.path("visit_count").asInt()).isEqualTo(visits.size());
    int households = 0;
    List<String> order = new ArrayList<>();
    for (JsonNode day : week.path("days")) {
      int dayHouseholds = 0;
      int seq = 0;
      for (JsonNode v : day.path("visits")) {
        assertThat(v.path("seq").asInt()).isGreaterThan(seq);
        seq = v.path("seq").asInt();
        dayHouseholds += v.path("households_expected").asInt();
        assertThat(v.path("location").size()).isEqualTo(2);
        order.add(day.path("date").asText() + " " + v.path("village").asText());
      }
      assertThat(day.path("households").asInt()).isEqualTo(dayHouseholds);
      assertThat(day.path("bring").path("sim_cards").asInt())
          .isEqualTo(Math.min(12, dayHouseholds));
      assertThat(day.path("bring").path("loaner_phones").asInt()).isEqualTo(3);
      households += dayHouseholds;
    }
    assertThat(week.path("households").asInt()).isEqualTo(households);
    assertThat(order)
        .containsExactlyElementsOf(
            visits.stream()
                .map(v -> v.path("date").asText() + " " + v.path("village").asText())
                .toList());
    // without a week: the first week from this one on with published visits, else this week
    LocalDate thisMonday = TeamWeekService.monday(LocalDate.now(TeamWeekService.ZONE));
    LocalDate published = LocalDate.parse(PublishedDemoWeek.MONDAY);
    assertThat(lead.json("/api/teams/" + team + "/week").path("week").asText())
        .isEqualTo((thisMonday.isAfter(published) ? thisMonday : published).toString());
  }

  @Test
  void theCalendarHasOneEventPerVisitAtItsPlaceInVietnamTime() throws Exception {
    ApiClient.Response ics = lead.get(path(team, "schedule.ics", ""));
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.contentType()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(visits.size());
    List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
    assertThat(zones).hasSize(1);
    assertThat(ics.body())
        .contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n", "DTSTART;TZID=Asia/Ho_Chi_Minh:");
    for (int i = 0; i < visits.size(); i++) {
      JsonNode v = visits.get(i);
      VEvent event = events.get(i);
      ZonedDateTime start = event.<ZonedDateTime>getDateTimeStart().get().getDate();
      ZonedDateTime end = event.<ZonedDateTime>getDateTimeEnd().get().getDate();
      assertThat(start.toLocalDate()).isEqualTo(LocalDate.parse(v.path("date").asText()));
      assertThat(start.toLocalTime()).isEqualTo(LocalTime.parse(v.path("arrival").asText()));
      assertThat(end.toLocalTime()).isEqualTo(LocalTime.parse(v.path("departure").asText()));
      assertThat(start.toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
      assertThat(event.getSummary().get().getValue()).contains(v.path("village_name").asText());
      assertThat(event.getLocation().get().getValue()).contains(v.path("village_name").asText());
      Geo geo = event.getGeographicPos().get();
      double[] lonLat =
          jdbc.queryForObject(
              "SELECT ARRAY[ST_X(location), ST_Y(location)] FROM village WHERE code = ?",
              (rs, n) -> {
                Double[] a = (Double[]) rs.getArray(1).getArray();
                return new double[] {a[0], a[1]};
              },
              v.path("village").asText());
      assertThat(geo.getLatitude().doubleValue())
          .isCloseTo(lonLat[1], org.assertj.core.data.Offset.offset(1e-6));
      assertThat(geo.getLongitude().doubleValue())
          .isCloseTo(lonLat[0], org.assertj.core.data.Offset.offset(1e-6));
      assertThat(event.getUid().get().getValue())
          .startsWith(team + "-" + v.path("village").asText());
    }
    // in Vietnamese, with its diacritics
    Calendar vi =
        new CalendarBuilder()
            .build(new StringReader(lead.get(path(team, "schedule.ics", "&lang=vi")).body()));
    VEvent first = vi.<VEvent>getComponents("VEVENT").get(0);
    assertThat(first.getSummary().get().getValue()).startsWith("Đến thôn, bản: ");
    assertThat(first.getDescription().get().getValue()).contains("hộ cần hỗ trợ");
  }

  @Test
  void theTextHasOneLinePerVisitInEitherLanguage() {
    ApiClient.Response en = lead.get(path(team, "schedule.txt", "&lang=en"));
    assertThat(en.contentType()).startsWith("text/plain");
    List<String> lines = en.body().lines().toList();
    assertThat(lines).hasSize(visits.size() + 1);
    assertThat(lines.get(0)).endsWith("week of 23 Nov 2026");
    JsonNode v = visits.get(0);
    assertThat(lines.get(1))
        .isEqualTo(
            shortDay(v.path("date").asText())
                + " "
                + v.path("seq").asInt()
                + ". "
                + v.path("village_name").asText()
                + ": arrive "
                + v.path("arrival").asText()
                + ", leave "
                + v.path("departure").asText()
                + ", ride "
                + v.path("travel_minutes").asInt()
                + " min, "
                + v.path("households_expected").asInt()
                + " households");
    List<String> vi = lead.get(path(team, "schedule.txt", "&lang=vi")).body().lines().toList();
    assertThat(vi).hasSize(visits.size() + 1);
    assertThat(vi.get(0)).contains("tuần từ 23 thg 11, 2026");
    assertThat(vi.get(1)).contains(": đến " + v.path("arrival").asText(), " hộ");
  }

  private static String shortDay(String iso) {
    return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.UK)
        .format(LocalDate.parse(iso));
  }

  @Test
  void thePrintablePageStandsAloneForA4() {
    ApiClient.Response en = lead.get(path(team, "schedule/print", "&lang=en"));
    assertThat(en.contentType()).startsWith("text/html");
    assertThat(en.body())
        .contains("@page { size: A4;", "Monday, 23 November 2026", "<svg class=\"sketch\"")
        .doesNotContain("<script", "<link", "src=\"");
    assertThat(en.body().split("<tr class=\"visit\">", -1)).hasSize(visits.size() + 1);
    String vi = lead.get(path(team, "schedule/print", "&lang=vi")).body();
    assertThat(vi).contains("<html lang=\"vi\">", "Thứ Hai, 23 tháng 11, 2026", "thẻ SIM");
  }

  @Test
  void theSpreadsheetHasOneTypedRowPerVisitInEitherLanguage() {
    Spreadsheets.Table en =
        Spreadsheets.read(lead.inLanguage("en"), path(team, "schedule.xlsx", ""));
    assertThat(en.name()).isEqualTo("Week of " + PublishedDemoWeek.MONDAY);
    assertThat(en.dataRows()).isEqualTo(visits.size());
    GdalSheets.assertSameFigures(
        Spreadsheets.download(lead.inLanguage("en"), path(team, "schedule.xlsx", "")).body(),
        en,
        "Households to help",
        "Return to base (minutes)");
    for (int r = 0; r < visits.size(); r++) {
      JsonNode v = visits.get(r);
      assertThat(en.cell(r, "Date").getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse(v.path("date").asText()));
      assertThat(en.shown(r, "Date")).isEqualTo(v.path("date").asText());
      assertThat(en.shown(r, "Arrival")).isEqualTo(v.path("arrival").asText().substring(0, 5));
      assertThat(en.cell(r, "Village").getStringCellValue())
          .isEqualTo(v.path("village_name").asText());
      assertThat(en.number(r, "Households to help"))
          .isEqualTo(v.path("households_expected").asDouble());
      // no return to base after this visit: an empty cell, not 0
      assertThat(en.empty(r, "Return to base (minutes)"))
          .isEqualTo(v.path("return_minutes").isNull());
    }
    Spreadsheets.Table vi =
        Spreadsheets.read(lead.inLanguage("vi"), path(team, "schedule.xlsx", ""));
    assertThat(vi.headers()).contains("Ngày", "Thôn", "Giờ đến", "Số hộ cần hỗ trợ");
  }

  @Test
  void anotherTeamsWeekIsRefusedToTheLeadAndNothingChanges() {
    int plans = TestTables.count(jdbc, "schedule_plan");
    int visitRows = TestTables.count(jdbc, "schedule_visit");
    for (String what :
        List.of("week", "schedule.ics", "schedule.txt", "schedule.xlsx", "schedule/print")) {
      ApiClient.Response refused = lead.get(path(otherTeam, what, ""));
      assertThat(refused.status()).as(what).isIn(403, 404);
      assertThat(refused.body()).doesNotContain("VEVENT", "<tr");
      assertThat(ApiClient.as(port, TestUsers.PARTNER).get(path(team, what, "")).status())
          .isEqualTo(403);
      assertThat(ApiClient.as(port, TestUsers.PLANNER).get(path(otherTeam, what, "")).status())
          .isEqualTo(200);
    }
    assertThat(lead.get(path("NO-SUCH", "week", "")).status()).isIn(403, 404);
    assertThat(ApiClient.as(port, TestUsers.PLANNER).get(path("NO-SUCH", "week", "")).status())
        .isEqualTo(404);
    assertThat(lead.get("/api/teams/" + team + "/week?week=soon").status()).isEqualTo(400);
    assertThat(TestTables.count(jdbc, "schedule_plan")).isEqualTo(plans);
    assertThat(TestTables.count(jdbc, "schedule_visit")).isEqualTo(visitRows);
  }
}
