package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.GdalSheets;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan's visits as XLSX for its review: the rows of /api/schedules/{id}/visits, typed (dates as
 * dates, times as times, counts as numbers, no return to base as an empty cell), for planners only.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanSheetIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;

  ApiClient planner;
  long plan;

  @BeforeAll
  void publishTheDemoWeek() {
    PublishedDemoWeek.load(jdbc, imports);
    planner = ApiClient.as(port, TestUsers.PLANNER);
    plan = PublishedDemoWeek.planAndPublish(planner, 4);
  }

  @Test
  void theSheetHasThePlansVisitsTyped() {
    JsonNode visits = planner.json("/api/schedules/" + plan + "/visits");
    assertThat(visits.size()).isPositive();
    String path = "/api/schedules/" + plan + "/visits.xlsx";
    Spreadsheets.Table en = Spreadsheets.read(planner.inLanguage("en"), path);
    assertThat(en.name()).isEqualTo("Schedule " + plan);
    assertThat(en.dataRows()).isEqualTo(visits.size());
    GdalSheets.assertSameFigures(
        Spreadsheets.download(planner.inLanguage("en"), path).body(),
        en,
        "Order",
        "Travel (minutes)",
        "Return to base (minutes)",
        "Households to help");
    for (int r = 0; r < visits.size(); r++) {
      JsonNode v = visits.get(r);
      assertThat(en.cell(r, "Team").getStringCellValue()).isEqualTo(v.path("team").asText());
      assertThat(en.cell(r, "Date").getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse(v.path("date").asText()));
      assertThat(en.number(r, "Order")).isEqualTo(v.path("seq").asDouble());
      assertThat(en.shown(r, "Start")).isEqualTo(v.path("work_start").asText());
      assertThat(en.number(r, "Travel (minutes)")).isEqualTo(v.path("travel_minutes").asDouble());
      assertThat(en.empty(r, "Return to base (minutes)"))
          .isEqualTo(v.path("return_minutes").isNull());
      assertThat(en.number(r, "Households to help"))
          .isEqualTo(v.path("households_expected").asDouble());
    }
    Spreadsheets.Table vi = Spreadsheets.read(planner.inLanguage("vi"), path);
    assertThat(vi.name()).isEqualTo("Lịch " + plan);
    assertThat(vi.headers()).contains("Tổ", "Ngày", "Thôn", "Giờ đến", "Số hộ cần hỗ trợ");
  }

  @Test
  void onlyPlannersGetItAndAnUnknownPlanIs404() {
    String path = "/api/schedules/" + plan + "/visits.xlsx";
    assertThat(Spreadsheets.download(ApiClient.as(port, TestUsers.TEAM_LEAD), path).status())
        .isEqualTo(403);
    assertThat(Spreadsheets.download(ApiClient.as(port, TestUsers.PARTNER), path).status())
        .isEqualTo(403);
    assertThat(Spreadsheets.download(planner, "/api/schedules/987654/visits.xlsx").status())
        .isEqualTo(404);
  }
}
