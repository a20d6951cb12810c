package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Re-planning from what the teams reported (docs/progress.md): the demo week published, its first
 * visit reported made and another reported not made (road closed). A re-plan of the rest of the
 * week keeps both and what starts before the freeze time; the next week's solve brings the village
 * not visited back with the reason in its explanation.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplanFromReportsIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @LocalServerPort int port;
  ApiClient planner;
  JsonNode made;
  JsonNode notMade;
  List<JsonNode> published = new ArrayList<>();

  @BeforeAll
  void publishAndReport() {
    PublishedDemoWeek.load(context);
    planner = ApiClient.as(port, TestUsers.PLANNER);
    long plan = PublishedDemoWeek.planAndPublish(planner, 3);
    planner.json("/api/schedules/" + plan + "/visits").forEach(published::add);
    assertThat(published).hasSizeGreaterThan(2);
    Comparator<JsonNode> byDate = Comparator.comparing(ReplanFromReportsIT::start);
    made = published.stream().min(byDate).orElseThrow();
    // the not-made visit is the last of another village: after the freeze time (one minute after
    // the first visit starts), only its report keeps it
    notMade =
        published.stream()
            .filter(v -> !v.path("village").asText().equals(made.path("village").asText()))
            .max(byDate)
            .orElseThrow();
    FieldReports.made(
        jdbc,
        made.path("team").asText(),
        made.path("village").asText(),
        LocalDate.parse(made.path("date").asText()),
        10,
        6,
        null,
        null,
        null,
        Instant.now());
    FieldReports.notMade(
        jdbc,
        notMade.path("team").asText(),
        notMade.path("village").asText(),
        LocalDate.parse(notMade.path("date").asText()),
        "ROAD_CLOSED");
  }

  private JsonNode solve(String firstWeek, String extra) {
    String body =
        "{\"area\":\""
            + PublishedDemoWeek.DAN_HOA
            + "\",\"first_week\":\""
            + firstWeek
            + "\",\"seconds\":3"
            + extra
            + "}";
    ApiClient.Response started = planner.send("POST", "/api/schedules", body);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    return Waits.solveOver(planner, started.json().path("id").asLong());
  }

  /** When a visit's work starts: "2026-11-23T08:40". */
  private static String start(JsonNode v) {
    return v.path("date").asText() + "T" + v.path("work_start").asText();
  }

  private static String key(JsonNode v) {
    return v.path("team").asText()
        + " "
        + v.path("village").asText()
        + " "
        + v.path("date").asText();
  }

  @Test
  void aMidWeekReplanKeepsTheReportedVisitsAndThoseBeforeTheFreezeTime() {
    String freeze = LocalDateTime.parse(start(made)).plusMinutes(1).toString();
    JsonNode plan =
        solve(
            PublishedDemoWeek.MONDAY, ",\"release\":[\"*\"],\"freeze_before\":\"" + freeze + "\"");
    assertThat(plan.path("status").asText()).as(plan.toString()).isEqualTo("DRAFT");
    List<String> kept = new ArrayList<>();
    for (JsonNode v : planner.json("/api/schedules/" + plan.path("id").asLong() + "/visits")) {
      if (v.path("pinned").asBoolean()) {
        kept.add(key(v));
      }
    }
    assertThat(kept).contains(key(made), key(notMade));
    List<String> beforeFreeze =
        published.stream()
            .filter(v -> start(v).compareTo(freeze) < 0)
            .map(ReplanFromReportsIT::key)
            .toList();
    assertThat(kept).containsAll(beforeFreeze);
    assertThat(plan.path("explanation").path("notes").toString())
        .contains(notMade.path("village").asText())
        .contains("road closed");
  }

  @Test
  void theNextWeeksSolveBringsBackTheVillageNotVisitedWithTheReason() {
    JsonNode plan = solve("2026-11-30", "");
    assertThat(plan.path("status").asText()).as(plan.toString()).isEqualTo("DRAFT");
    String village = notMade.path("village").asText();
    assertThat(plan.path("explanation").path("notes").toString())
        .contains(village)
        .contains("road closed");
    boolean planned = false;
    for (JsonNode v : planner.json("/api/schedules/" + plan.path("id").asLong() + "/visits")) {
      planned |= v.path("village").asText().equals(village);
    }
    // its priority was raised above the others' of its kind: it is planned again
    assertThat(planned).as(plan.toString()).isTrue();
  }
}
