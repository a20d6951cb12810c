package org.outreachplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Progress with provenance: the latest import's figure plus the activations reported after it, a
 * newer import replacing it without counting twice; visits planned and made by team; who may read.
 */
@WebTest
class ProgressIT {

  private static final String TEAM = "TL-T01";
  private static final String THU_LUM = "03439";

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  ApiClient planner;

  @BeforeEach
  void fixture() {
    BorderCommunes.load(jdbc);
    TestTables.owner().execute("TRUNCATE schedule_plan RESTART IDENTITY CASCADE");
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members)"
            + " VALUES (?, ?, 'Tổ 1', ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)",
        TEAM,
        THU_LUM);
    TestUsers.bindLead(jdbc, TEAM);
    planner = ApiClient.as(port, TestUsers.PLANNER);
  }

  /** The last week of a village's series as the planner reads it. */
  private JsonNode thisWeek(String area) {
    JsonNode s = planner.json("/api/progress?area=" + area + "&weeks=3");
    assertThat(s.path("weeks")).hasSize(3);
    return s.path("weeks").path(2);
  }

  @Test
  void reportedActivationsAddToTheLatestImportAndANewerImportReplacesThem(@TempDir Path dir)
      throws IOException {
    LocalDate today = LocalDate.now();
    FieldReports.made(jdbc, TEAM, "V001", today, 12, 8, null, null, null, Instant.now());
    JsonNode week = thisWeek("V001");
    // 95 done by the fixture's figure, 8 reported after it
    assertThat(week.path("fromImports").asLong()).isEqualTo(95);
    assertThat(week.path("fromReports").asLong()).isEqualTo(8);
    assertThat(week.path("eidDone").asLong()).isEqualTo(103);
    assertThat(week.path("completion").asDouble()).isEqualTo(103.0 / 380);

    // a newer census file holds the activations reported before it: 100, not 100 + 8
    Path census = dir.resolve("census.csv");
    Files.writeString(
        census,
        "code,households,residents,eligible,eid_done\nV001,120,540,380,100\nV002,150,700,500,350\n");
    ImportReport report =
        imports.importFile(ImportKind.CENSUS, census, ImportOptions.defaults("census.csv"));
    assertThat(report.succeeded()).as(report.summary()).isTrue();
    week = thisWeek("V001");
    assertThat(week.path("eidDone").asLong()).isEqualTo(100);
    assertThat(week.path("fromReports").asLong()).isZero();
    JsonNode village = planner.json("/api/villages/V001/progress?weeks=1");
    assertThat(village.path("baseline").path("eidDone").asInt()).isEqualTo(100);
    assertThat(village.path("baseline").path("fileName").asText()).isEqualTo("census.csv");
    // an unchanged village of the file gets the file as its baseline too
    assertThat(
            jdbc.queryForObject(
                "SELECT import_run_id IS NOT NULL FROM village_eid_baseline"
                    + " WHERE village_code = 'V002' ORDER BY as_of DESC LIMIT 1",
                Boolean.class))
        .isTrue();

    // reported after the file: counted on top of it, at most up to the eligible residents
    FieldReports.made(jdbc, TEAM, "V001", today, 5, 6, null, null, null, Instant.now());
    FieldReports.made(jdbc, TEAM, "V008", today, 5, 30, null, null, null, Instant.now());
    assertThat(thisWeek("V001").path("eidDone").asLong()).isEqualTo(106);
    assertThat(thisWeek("V008").path("eidDone").asLong()).isEqualTo(200);
    JsonNode baseline = planner.json("/api/villages/V001/progress?weeks=1").path("baseline");
    assertThat(baseline.path("reportedSince").asLong()).isEqualTo(6);
  }

  @Test
  void visitsPlannedAndMadeByTeamAndHouseholdsHelped() {
    LocalDate today = LocalDate.now();
    long plan =
        jdbc.queryForObject(
            "INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks,"
                + " time_limit_seconds, status, published_at)"
                + " VALUES ('commune', ?, date_trunc('week', now())::date, 1, 10, 'PUBLISHED',"
                + " now()) RETURNING id",
            Long.class,
            THU_LUM);
    String[] villages = {"V001", "V002"};
    for (int i = 0; i < villages.length; i++) {
      jdbc.update(
          "INSERT INTO schedule_visit (plan_id, team_code, village_code, visit_date, seq,"
              + " arrival, work_start, departure, travel_minutes, households_expected)"
              + " VALUES (?, ?, ?, ?, ?, '08:00', '08:00', '11:00', 30, 25)",
          plan,
          TEAM,
          villages[i],
          today,
          i + 1);
    }
    FieldReports.made(jdbc, TEAM, "V001", today, 20, 8, null, null, null, Instant.now());
    FieldReports.notMade(jdbc, TEAM, "V002", today, "ROAD_CLOSED");

    JsonNode s = planner.json("/api/progress?area=" + THU_LUM + "&weeks=1");
    JsonNode week = s.path("weeks").path(0);
    assertThat(week.path("villages").asLong()).isEqualTo(3);
    assertThat(week.path("visitsPlanned").asLong()).isEqualTo(2);
    assertThat(week.path("visitsMade").asLong()).isEqualTo(1);
    assertThat(week.path("visitsNotMade").asLong()).isEqualTo(1);
    assertThat(week.path("householdsExpected").asLong()).isEqualTo(50);
    assertThat(week.path("householdsHelped").asLong()).isEqualTo(20);
    assertThat(s.path("teams").path(0).path("team").asText()).isEqualTo(TEAM);
    assertThat(s.path("teams").path(0).path("visitsMade").asLong()).isEqualTo(1);
    // the province aggregates its communes
    assertThat(thisWeek("12").path("villages").asLong()).isEqualTo(4);
  }

  @Test
  void partnersReadNoProgressAndLeadsOnlyAVillagesSeries() {
    ApiClient partner = ApiClient.as(port, TestUsers.PARTNER);
    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    assertThat(partner.get("/api/progress?area=" + THU_LUM).status()).isEqualTo(403);
    assertThat(partner.get("/api/villages/V001/progress").status()).isEqualTo(403);
    assertThat(lead.get("/api/progress?area=" + THU_LUM).status()).isEqualTo(403);
    assertThat(lead.get("/api/villages/V001/progress").status()).isEqualTo(200);
    assertThat(lead.get("/api/villages/" + THU_LUM + "/progress").status()).isEqualTo(404);
  }

  @Test
  void badRequestsSayWhatToFix() {
    planner.assertBadRequest("/api/progress?area=V001&weeks=0", "weeks");
    assertThat(planner.get("/api/progress?area=NOPE").status()).isEqualTo(404);
  }
}
