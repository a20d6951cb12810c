package org.outreachplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo commune (Dân Hóa) loaded from maps/demo, planned through the API for one week and
 * published: the week a team lead reads in the team-week tests.
 */
public final class PublishedDemoWeek {

  public static final String MONDAY = "2026-11-23";
  public static final String DAN_HOA = "18904";

  private PublishedDemoWeek() {}

  /** Loads the demo communes, villages, teams and roads, replacing every earlier row. */
  public static void load(JdbcTemplate jdbc, ImportService imports) {
    TestTables.clear(jdbc);
    TestTables.owner()
        .execute(
            "TRUNCATE place_attachment, road_edge, road_node, road_closure, dem_tile, travel_time,"
                + " travel_time_area, schedule_plan, team_unavailable, team_schedule_settings,"
                + " village_schedule_settings, village_time_window RESTART IDENTITY CASCADE");
    load(imports, ImportKind.COMMUNES, "communes.geojson");
    load(imports, ImportKind.VILLAGES, "villages.csv");
    load(imports, ImportKind.TEAMS, "teams.csv");
    load(imports, ImportKind.ROADS, "roads.geojson");
  }

  /** The same, with the database and the importer of this application context. */
  public static void load(ApplicationContext context) {
    load(context.getBean(JdbcTemplate.class), context.getBean(ImportService.class));
  }

  private static void load(ImportService imports, ImportKind kind, String file) {
    ImportReport report =
        imports.importFile(kind, Path.of("maps", "demo", file), ImportOptions.defaults(file));
    assertThat(report.succeeded()).as(report.summary()).isTrue();
  }

  /** Body of a solve of the demo commune's week. */
  public static String solveBody(int seconds) {
    return solveBody(DAN_HOA, seconds);
  }

  /** Body of a solve of an area's week (a commune or province code). */
  private static String solveBody(String area, int seconds) {
    return "{\"area\":\""
        + area
        + "\",\"first_week\":\""
        + MONDAY
        + "\",\"seconds\":"
        + seconds
        + "}";
  }

  /** Plans the week as a planner, waits for the draft and publishes it; answers the plan id. */
  public static long planAndPublish(ApiClient planner, int seconds) {
    return planAndPublish(planner, DAN_HOA, seconds);
  }

  /** The same for another area of the demo data (a commune or province code). */
  public static long planAndPublish(ApiClient planner, String area, int seconds) {
    return publish(planner, solveBody(area, seconds));
  }

  /**
   * Starts a solve of this request body as a planner, waits for the draft and publishes it; answers
   * the plan id.
   */
  public static long publish(ApiClient planner, String body) {
    ApiClient.Response started = planner.send("POST", "/api/schedules", body);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    JsonNode plan = Waits.solveOver(planner, id);
    assertThat(plan.path("status").asText()).as(plan.toString()).isEqualTo("DRAFT");
    ApiClient.Response published = planner.send("POST", "/api/schedules/" + id + "/publish", null);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    return id;
  }

  /** The team with the most published visits in the week. */
  public static String busiestTeam(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "SELECT team_code FROM schedule_visit GROUP BY team_code"
            + " ORDER BY count(*) DESC, team_code LIMIT 1",
        String.class);
  }
}
