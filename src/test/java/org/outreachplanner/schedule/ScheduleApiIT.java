package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Schedules of the demo data through the real API, and the empty and impossible cases. */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleApiIT {

  private static final Path DEMO = Path.of("maps", "demo");
  private static final String MONDAY = "2026-11-23";
  private static final String DAN_HOA = "18904";
  private static final String LAI_CHAU = "12";

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @Autowired ScheduleSettings settings;
  @Autowired org.springframework.context.ApplicationContext context;
  @LocalServerPort int port;
  ApiClient api;

  @BeforeAll
  void loadDemo() {
    TestTables.clear(jdbc);
    TestTables.owner()
        .execute(
            "TRUNCATE place_attachment, road_edge, road_node, road_closure, travel_time,"
                + " travel_time_area RESTART IDENTITY CASCADE");
    load(ImportKind.COMMUNES, "communes.geojson");
    load(ImportKind.VILLAGES, "villages.csv");
    load(ImportKind.TEAMS, "teams.csv");
    load(ImportKind.ROADS, "roads.geojson");
  }

  @BeforeEach
  void noSchedules() {
    TestTables.owner()
        .execute(
            "TRUNCATE schedule_plan, team_unavailable, team_schedule_settings,"
                + " village_schedule_settings, village_time_window RESTART IDENTITY CASCADE");
    jdbc.update("DELETE FROM village WHERE commune_code LIKE 'Z%'");
    jdbc.update("DELETE FROM team WHERE commune_code LIKE 'Z%'");
    jdbc.update("DELETE FROM commune WHERE code LIKE 'Z%'");
    api = ApiClient.as(port, TestUsers.PLANNER);
  }

  private void load(ImportKind kind, String file) {
    Path path = DEMO.resolve(file);
    ImportReport report = imports.importFile(kind, path, ImportOptions.defaults(file));
    assertThat(report.succeeded()).as(report.summary()).isTrue();
  }

  private long start(String body) {
    ApiClient.Response r = api.send("POST", "/api/schedules", body);
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r.json().path("id").asLong();
  }

  /**
   * Starts a solve that runs its whole time limit (or until stopped), for a test that needs it
   * still running: the web tests' solves otherwise end once they find nothing better (WebTest).
   */
  private long startWholeTime(String body) {
    int steps = settings.unimprovedStepLimit();
    settings.unimprovedStepLimit(0);
    try {
      return start(body);
    } finally {
      settings.unimprovedStepLimit(steps);
    }
  }

  private static String body(String area, int seconds) {
    return "{\"area\":\""
        + area
        + "\",\"first_week\":\""
        + MONDAY
        + "\",\"seconds\":"
        + seconds
        + "}";
  }

  /** The plan once its solve is over. */
  private JsonNode finished(long id) {
    return Waits.solveOver(api, id);
  }

  @Test
  void aRoadClosedFromMondayToThursdayIsAvoidedOnThoseDaysOnly() throws Exception {
    // a landslide closes every road within 1 km of the first village of Dan Hoa, Monday to
    // Thursday; the teams based that close are away all week (they would need no road)
    String village =
        jdbc.queryForObject(
            "SELECT code FROM village WHERE commune_code = ? ORDER BY code LIMIT 1",
            String.class,
            DAN_HOA);
    jdbc.update(
        "INSERT INTO team_unavailable (team_code, day, reason) SELECT t.code, d::date, 'away'"
            + " FROM team t JOIN village v ON ST_DWithin(t.base::geography, v.location::geography,"
            + " 1500) CROSS JOIN generate_series(DATE '2026-11-23', DATE '2026-11-29', '1 day') d"
            + " WHERE v.code = ?",
        village);
    jdbc.update(
        "INSERT INTO road_closure (name, closed_from, closed_to, geom)"
            + " SELECT 'Sạt lở', DATE '2026-11-23', DATE '2026-11-26',"
            + " ST_Buffer(location::geography, 1000)::geometry FROM village WHERE code = ?",
        village);
    try {
      JsonNode plan = finished(start(body(DAN_HOA, 3)));
      assertThat(plan.path("feasible").asBoolean()).isTrue();
      List<String> days = new ArrayList<>();
      for (JsonNode v : api.json("/api/schedules/" + plan.path("id").asLong() + "/visits")) {
        if (v.path("village").asText().equals(village)) {
          days.add(v.path("date").asText());
        }
      }
      // the teams can make every visit of the week, so the village is visited: on the Friday
      assertThat(days).containsExactly("2026-11-27");
    } finally {
      jdbc.update("DELETE FROM road_closure");
    }
  }

  @Test
  void aVillageRecordShowsItsPublishedVisitToThoseWhoMaySeeTheTeam() throws Exception {
    long id = finished(start(body(DAN_HOA, 2))).path("id").asLong();
    assertThat(api.send("POST", "/api/schedules/" + id + "/publish", null).status()).isEqualTo(200);
    JsonNode visit = api.json("/api/schedules/" + id + "/visits").get(0);
    String village = visit.path("village").asText();
    String team = visit.path("team").asText();
    String date = visit.path("date").asText();
    // the published week lies in the past or in the future of the day the test runs
    boolean past = java.time.LocalDate.parse(date).isBefore(java.time.LocalDate.now());
    String field = past ? "last_visit" : "next_visit";

    JsonNode planner = api.json("/api/villages/" + village).path("properties");
    assertThat(planner.path(field).path("date").asText()).isEqualTo(date);
    assertThat(planner.path(field).path("team").asText()).isEqualTo(team);

    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    TestUsers.bindLead(jdbc, team);
    assertThat(lead.json("/api/villages/" + village).path("properties").path(field).path("team"))
        .hasToString("\"" + team + "\"");
    String other =
        jdbc.queryForObject(
            "SELECT code FROM team WHERE commune_code = ? AND code <> ? ORDER BY code LIMIT 1",
            String.class,
            DAN_HOA,
            team);
    TestUsers.bindLead(jdbc, other);
    assertThat(lead.json("/api/villages/" + village).path("properties").path(field).isNull())
        .as("another team's visit is not shown to a team lead")
        .isTrue();
  }

  @Test
  void theDemoCommuneIsPlannedFeasiblyPublishedAndRePlannedAroundItsPublishedVisits()
      throws Exception {
    long id = startWholeTime(body(DAN_HOA, 3));
    ApiClient.Response again = api.send("POST", "/api/schedules", body(DAN_HOA, 3));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("message").asText())
        .contains("commune 18904 is being planned for the week of 2026-11-23 already");

    JsonNode plan = finished(id);
    assertThat(plan.path("status").asText()).isEqualTo("DRAFT");
    assertThat(plan.path("feasible").asBoolean()).isTrue();
    assertThat(plan.path("score_history").size()).isPositive();
    JsonNode explanation = plan.path("explanation");
    assertThat(explanation.path("constraints").size())
        .isEqualTo(org.outreachplanner.schedule.solver.ScheduleConstraints.NAMES.size());
    assertThat(explanation.path("visits_needed").asInt()).isEqualTo(28);

    JsonNode visits = api.json("/api/schedules/" + id + "/visits");
    assertThat(visits.size()).isEqualTo(explanation.path("visits_planned").asInt()).isPositive();
    for (JsonNode v : visits) {
      assertThat(v.path("arrival").asText()).isLessThanOrEqualTo(v.path("work_start").asText());
      assertThat(v.path("work_start").asText()).isLessThan(v.path("departure").asText());
      assertThat(v.path("households_expected").asInt()).isBetween(1, 25);
      assertThat(v.path("pinned").asBoolean()).isFalse();
    }

    JsonNode published = api.json("/api/schedules/" + id);
    assertThat(api.send("POST", "/api/schedules/" + id + "/publish", null).status()).isEqualTo(200);
    String team = visits.get(0).path("team").asText();
    JsonNode week = api.json("/api/teams/" + team + "/schedule?week=2026-11-26");
    assertThat(week.path("week").asText()).isEqualTo(MONDAY);
    assertThat(week.path("visits").size()).isPositive();
    assertThat(published.path("status").asText()).isEqualTo("DRAFT");

    // re-planning keeps every published visit: nothing is left to plan
    long kept = start(body(DAN_HOA, 2));
    JsonNode keptPlan = finished(kept);
    assertThat(keptPlan.path("status").asText()).isEqualTo("DRAFT");
    assertThat(keptPlan.path("based_on").asLong()).isEqualTo(id);
    assertThat(keptPlan.path("message").asText()).contains("no village needs a visit");
    JsonNode keptVisits = api.json("/api/schedules/" + kept + "/visits");
    assertThat(keptVisits.size()).isEqualTo(visits.size());
    keptVisits.forEach(v -> assertThat(v.path("pinned").asBoolean()).isTrue());
    JsonNode diff = api.json("/api/schedules/" + kept + "/diff");
    assertThat(diff.path("unchanged").asInt()).isEqualTo(visits.size());
    assertThat(diff.path("added").size() + diff.path("removed").size()).isZero();

    // released, the visits are planned again, and what moved is shown
    long released =
        start(
            "{\"area\":\"18904\",\"first_week\":\""
                + MONDAY
                + "\",\"seconds\":3,\"release\":[\"*\"]}");
    JsonNode releasedPlan = finished(released);
    assertThat(releasedPlan.path("feasible").asBoolean()).isTrue();
    JsonNode changes = api.json("/api/schedules/" + released + "/diff");
    assertThat(
            changes.path("unchanged").asInt()
                + changes.path("moved").size()
                + changes.path("removed").size())
        .isEqualTo(visits.size());
    api.json("/api/schedules/" + released + "/visits")
        .forEach(v -> assertThat(v.path("pinned").asBoolean()).isFalse());

    // publishing the new plan supersedes the old one
    assertThat(api.send("POST", "/api/schedules/" + released + "/publish", null).status())
        .isEqualTo(200);
    assertThat(api.json("/api/schedules/" + id).path("status").asText()).isEqualTo("SUPERSEDED");
    ApiClient.Response twice = api.send("POST", "/api/schedules/" + id + "/publish", null);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().path("message").asText()).contains("only a DRAFT can be published");
  }

  @Test
  void theDemoProvinceReachesZeroHardWithinItsTimeWithRoutesAlongTheRoads() throws Exception {
    long id = start(body(LAI_CHAU, 8));
    JsonNode plan = finished(id);
    assertThat(plan.path("status").asText()).isEqualTo("DRAFT");
    assertThat(plan.path("feasible").asBoolean()).isTrue();
    JsonNode history = plan.path("score_history");
    assertThat(history.get(0).path("score").asText()).startsWith("0hard/");

    List<JsonNode> routed = new ArrayList<>();
    api.json("/api/schedules/" + id + "/visits")
        .forEach(
            v -> {
              if (!v.path("route").isNull()) {
                routed.add(v.path("route"));
              }
            });
    assertThat(routed).isNotEmpty();
    assertThat(routed.get(0).path("type").asText()).isEqualTo("LineString");
    assertThat(routed.get(0).path("coordinates").size()).isGreaterThanOrEqualTo(2);

    JsonNode leftOut = plan.path("explanation").path("left_out");
    assertThat(leftOut.size()).isPositive();
    assertThat(leftOut.get(0).path("reason").asText())
        .matches(
            "\\d+ villages need \\d+ visits this week; the teams can make \\d+; these \\d+"
                + " have the lowest priority");
  }

  @Test
  void deleteStopsARunningSolveAndKeepsItsBestPlan() throws Exception {
    long id = startWholeTime(body(LAI_CHAU, 600));
    // the solver is at work and has a best plan to keep
    JsonNode solving =
        Waits.until("schedule " + id + " solving with a best score")
            .until(
                () -> api.json("/api/schedules/" + id),
                p -> p.path("phase").asText().equals("solving") && p.path("score").isTextual());
    assertThat(solving.path("status").asText()).isEqualTo("SOLVING");
    ApiClient.Response stop = api.send("DELETE", "/api/schedules/" + id, null);
    assertThat(stop.status()).isEqualTo(202);
    // the solve ends long before its 600 s: the wait for it gives up after three minutes
    JsonNode plan = finished(id);
    assertThat(plan.path("status").asText()).isEqualTo("DRAFT");
    assertThat(plan.path("score").asText()).as(plan.toString()).isNotEmpty();
    assertThat(api.json("/api/schedules/" + id + "/visits").size()).isPositive();
    // a draft can then be deleted
    assertThat(api.send("DELETE", "/api/schedules/" + id, null).status()).isEqualTo(204);
    assertThat(api.get("/api/schedules/" + id).status()).isEqualTo(404);
  }

  @Test
  void emptyAndImpossibleAreasEndWithClearResults() throws Exception {
    commune("Z0001", 103.0, 22.0);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES ('Z0001-01', 'Z0001', 'Bản Không Đội',"
            + " ST_SetSRID(ST_MakePoint(103.001, 22.001), 4326), 50, 200, 150, 0)");
    JsonNode noTeams = finished(start(body("Z0001", 2)));
    assertThat(noTeams.path("status").asText()).isEqualTo("DRAFT");
    assertThat(noTeams.path("message").asText()).contains("there are no teams in the area");
    assertThat(noTeams.path("explanation").path("left_out").get(0).path("reason").asText())
        .isEqualTo("there are no teams in the area");

    commune("Z0002", 103.1, 22.0);
    team("Z0002-T1", "Z0002", 103.101, 22.001);
    JsonNode noVillages = finished(start(body("Z0002", 2)));
    assertThat(noVillages.path("status").asText()).isEqualTo("DRAFT");
    assertThat(noVillages.path("message").asText()).contains("there are no villages in the area");

    // a team and a village 30 km apart, no road near either
    commune("Z0003", 103.2, 21.8);
    team("Z0003-T1", "Z0003", 103.201, 21.801);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES ('Z0003-01', 'Z0003', 'Bản Xa',"
            + " ST_SetSRID(ST_MakePoint(103.45, 21.95), 4326), 40, 160, 120, 0)");
    JsonNode unreachable = finished(start(body("Z0003", 2)));
    assertThat(unreachable.path("feasible").asBoolean()).isTrue();
    assertThat(unreachable.path("explanation").path("left_out").get(0).path("reason").asText())
        .isEqualTo("no team can reach it by road in the dry season");

    ApiClient.Response notMonday =
        api.send("POST", "/api/schedules", "{\"area\":\"18904\",\"first_week\":\"2026-11-25\"}");
    assertThat(notMonday.status()).isEqualTo(400);
    assertThat(notMonday.json().path("message").asText())
        .isEqualTo("the first week must start on a Monday: 2026-11-25 is a wednesday");
    ApiClient.Response unknown = api.send("POST", "/api/schedules", body("99999", 2));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("message").asText())
        .isEqualTo("no commune or province has the code 99999");
    ApiClient.Response tooLong =
        api.send(
            "POST",
            "/api/schedules",
            "{\"area\":\"18904\",\"first_week\":\"" + MONDAY + "\",\"weeks\":9}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("message").asText())
        .isEqualTo("weeks must be between 1 and 8, not 9");
  }

  @Test
  void aFailingSolveEndsFailedWithItsReasonAndThePublishedPlanStays() throws Exception {
    long good = start(body(DAN_HOA, 2));
    finished(good);
    assertThat(api.send("POST", "/api/schedules/" + good + "/publish", null).status())
        .isEqualTo(200);
    int visits = api.json("/api/schedules/" + good + "/visits").size();
    Path configured = settings.solverConfig();
    try {
      settings.solverConfig(Path.of("solver-config", "missing.xml"));
      JsonNode failed = finished(start(body(DAN_HOA, 2)));
      assertThat(failed.path("status").asText()).isEqualTo("FAILED");
      assertThat(failed.path("message").asText()).contains("solver-config/missing.xml is missing");
    } finally {
      settings.solverConfig(configured);
    }
    assertThat(api.json("/api/schedules/" + good).path("status").asText()).isEqualTo("PUBLISHED");
    assertThat(api.json("/api/schedules/" + good + "/visits").size()).isEqualTo(visits);
  }

  @Test
  void twoAreasAreSolvedAtTheSameTime() throws Exception {
    long danHoa = start(body(DAN_HOA, 4));
    long thuongTrach = start(body("19147", 4));
    JsonNode first = finished(danHoa);
    JsonNode second = finished(thuongTrach);
    assertThat(first.path("status").asText()).isEqualTo("DRAFT");
    assertThat(second.path("status").asText()).isEqualTo("DRAFT");
    assertThat(second.path("area").asText()).isEqualTo("19147");
  }

  @Test
  void settingsSetThroughTheApiShapeThePlan() throws Exception {
    ApiClient.Response team =
        api.send(
            "PUT",
            "/api/schedules/settings/teams/DH-T01",
            "{\"max_visits_per_week\":1,\"unavailable\":[\"2026-11-23\",\"2026-11-24\","
                + "\"2026-11-25\",\"2026-11-26\",\"2026-11-27\"]}");
    assertThat(team.status()).as(team.body()).isEqualTo(200);
    assertThat(team.json().path("unavailable").size()).isEqualTo(5);
    ApiClient.Response village =
        api.send(
            "PUT",
            "/api/schedules/settings/villages/18904-02",
            "{\"priority\":10,\"market_days\":[1,2],\"time_windows\":"
                + "[{\"iso_day\":null,\"opens\":\"06:00\",\"closes\":\"12:30\"}]}");
    assertThat(village.status()).as(village.body()).isEqualTo(200);
    assertThat(village.json().path("time_windows").get(0).path("opens").asText())
        .isEqualTo("06:00");
    ApiClient.Response bad =
        api.send("PUT", "/api/schedules/settings/villages/18904-02", "{\"priority\":11}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("message").asText())
        .contains("village_schedule_settings_priority_check");
    assertThat(api.json("/api/schedules/settings/villages/18904-02").path("priority").asInt())
        .isEqualTo(10);

    long id = start(body(DAN_HOA, 3));
    JsonNode plan = finished(id);
    assertThat(plan.path("feasible").asBoolean()).isTrue();
    for (JsonNode v : api.json("/api/schedules/" + id + "/visits")) {
      assertThat(v.path("team").asText()).isNotEqualTo("DH-T01");
      if (v.path("village").asText().equals("18904-02")) {
        assertThat(v.path("date").asText()).isNotIn("2026-11-23", "2026-11-24");
        assertThat(v.path("work_start").asText()).isGreaterThanOrEqualTo("06:00");
        assertThat(v.path("departure").asText()).isLessThanOrEqualTo("12:30");
      }
    }
  }

  private void commune(String code, double lon, double lat) {
    TestTables.commune(jdbc, code, "12", lon, lat);
  }

  private void team(String code, String commune, double lon, double lat) {
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES (?, ?, ?,"
            + " ST_SetSRID(ST_MakePoint(?, ?), 4326), 3)",
        code,
        commune,
        "Tổ " + code,
        lon,
        lat);
  }
}
