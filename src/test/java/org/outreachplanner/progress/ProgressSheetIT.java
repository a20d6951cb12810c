package org.outreachplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The progress series as XLSX: the same figures as {@code GET /api/progress}, read back with Apache
 * POI and with GDAL's ogrinfo; weeks as date cells, counts as numbers, unknown figures as empty
 * cells; headers in English or Vietnamese; planners only.
 */
@WebTest
class ProgressSheetIT {

  private static final String TEAM = "TL-T01";
  private static final String THU_LUM = "03439";

  /** The JSON fields of a week and of a team's week, in the order of the sheets' columns. */
  private static final List<String> WEEK_FIELDS = ProgressSheet.WEEK_COLUMNS;

  private static final List<String> TEAM_FIELDS = ProgressSheet.TEAM_COLUMNS;

  @Autowired JdbcTemplate jdbc;
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
    long plan =
        jdbc.queryForObject(
            "INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks,"
                + " time_limit_seconds, status, published_at)"
                + " VALUES ('commune', ?, date_trunc('week', now())::date, 1, 10, 'PUBLISHED',"
                + " now()) RETURNING id",
            Long.class,
            THU_LUM);
    jdbc.update(
        "INSERT INTO schedule_visit (plan_id, team_code, village_code, visit_date, seq,"
            + " arrival, work_start, departure, travel_minutes, households_expected)"
            + " VALUES (?, ?, 'V001', ?, 1, '08:00', '08:00', '11:00', 30, 25)",
        plan,
        TEAM,
        LocalDate.now());
    // made, with activations but no households said: households helped unknown
    FieldReports.made(
        jdbc, TEAM, "V001", LocalDate.now(), null, 8, null, null, null, Instant.now());
    // a village without census figures: its own series has every e-ID figure unknown
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) SELECT 'BT-1', '03433',"
            + " 'Bản Bum', c.centre FROM commune c WHERE c.code = '03433'");
    planner = ApiClient.as(port, TestUsers.PLANNER).inLanguage("en");
  }

  @Test
  void theSheetsHoldTheFiguresOfTheJsonSeries() {
    for (String area : List.of(THU_LUM, "BT-1", "12")) {
      String query = "?area=" + area + "&weeks=3";
      JsonNode json = planner.json("/api/progress" + query);
      byte[] book = Spreadsheets.download(planner, "/api/progress.xlsx" + query).body();
      Spreadsheets.Table weeks = Spreadsheets.table(book, 0);
      Spreadsheets.Table teams = Spreadsheets.table(book, 1);
      assertThat(weeks.name()).isEqualTo("Progress by week");
      assertThat(teams.name()).isEqualTo("Visits by team");
      assertRows(weeks, json.path("weeks"), WEEK_FIELDS);
      assertRows(teams, json.path("teams"), TEAM_FIELDS);
    }
    Spreadsheets.Table weeks =
        Spreadsheets.read(planner, "/api/progress.xlsx?area=" + THU_LUM + "&weeks=3");
    assertThat(weeks.headers())
        .startsWith("Week starting", "Villages")
        .contains("Level-2 e-ID done", "Completion", "Visits made", "Households helped");
    // this week: one visit planned and made; households helped unknown, not 0
    assertThat(weeks.number(2, "Visits made")).isEqualTo(1);
    assertThat(weeks.empty(2, "Households helped")).isTrue();
    assertThat(weeks.shown(2, "Week starting"))
        .isEqualTo(
            planner
                .json("/api/progress?area=" + THU_LUM + "&weeks=3")
                .at("/weeks/2/weekStart")
                .asText());
    // a village without figures: eligible, done and completion are empty cells
    Spreadsheets.Table village = Spreadsheets.read(planner, "/api/progress.xlsx?area=BT-1&weeks=1");
    for (String header : List.of("Eligible (aged 14+)", "Level-2 e-ID done", "Completion")) {
      assertThat(village.empty(0, header)).as(header).isTrue();
    }
    assertThat(village.number(0, "Villages without figures")).isEqualTo(1);
  }

  @Test
  void headersAreInVietnameseAndOnlyPlannersDownload() {
    String path = "/api/progress.xlsx?area=" + THU_LUM;
    Spreadsheets.Table vi = Spreadsheets.read(planner.inLanguage("vi"), path);
    assertThat(vi.name()).isEqualTo("Tiến độ theo tuần");
    assertThat(vi.headers()).contains("Tuần bắt đầu", "Tỷ lệ hoàn thành", "Số hộ đã hỗ trợ");
    assertThat(vi.dataRows()).isEqualTo(12);
    for (TestUsers.TestUser other : List.of(TestUsers.PARTNER, TestUsers.TEAM_LEAD)) {
      assertThat(Spreadsheets.download(ApiClient.as(port, other), path).status()).isEqualTo(403);
    }
    planner.assertBadRequest("/api/progress.xlsx?area=" + THU_LUM + "&weeks=0", "weeks");
    assertThat(Spreadsheets.download(planner, "/api/progress.xlsx?area=NOPE").status())
        .isEqualTo(404);
  }

  @Test
  void gdalReadsBothSheetsWithTheJsonsFigures(@TempDir Path dir) throws Exception {
    String query = "?area=" + THU_LUM + "&weeks=3";
    JsonNode json = planner.json("/api/progress" + query);
    Path file = dir.resolve("progress.xlsx");
    byte[] book = Spreadsheets.download(planner, "/api/progress.xlsx" + query).body();
    Files.write(file, book);
    List<String> headers = Spreadsheets.table(book, 0).headers();

    String summary = run("ogrinfo", "-ro", "-al", "-so", file.toString());
    assertThat(summary)
        .contains("Layer name: Progress by week", "Layer name: Visits by team")
        .containsPattern("Week starting: Date")
        .containsPattern("Visits planned: (Integer|Real)");
    List<Map<String, String>> weeks =
        features(run("ogrinfo", "-ro", "-q", file.toString(), "Progress by week"));
    List<Map<String, String>> teams =
        features(run("ogrinfo", "-ro", "-q", file.toString(), "Visits by team"));
    assertThat(weeks).hasSize(3);
    assertThat(teams).hasSize(json.path("teams").size()).isNotEmpty();
    for (int w = 0; w < 3; w++) {
      JsonNode week = json.path("weeks").path(w);
      Map<String, String> f = weeks.get(w);
      assertThat(f.get("Week starting").replace('/', '-'))
          .isEqualTo(week.path("weekStart").asText());
      for (String header :
          List.of(
              "Visits planned",
              "Visits made",
              "Level-2 e-ID done",
              "Eligible (aged 14+)",
              "Completion",
              "Households helped")) {
        String field = WEEK_FIELDS.get(headers.indexOf(header));
        assertGdal(f.get(header), week.path(field), header + " of week " + w);
      }
    }
    assertThat(teams.get(0).get("Team")).isEqualTo(TEAM);
    assertGdal(teams.get(0).get("Activations reported"), json.at("/teams/0/activations"), "team");
    assertGdal(teams.get(0).get("Households helped"), json.at("/teams/0/householdsHelped"), "team");
  }

  /** Every row against the JSON array: dates as date cells, numbers equal, null as empty. */
  private static void assertRows(Spreadsheets.Table sheet, JsonNode rows, List<String> fields) {
    assertThat(sheet.dataRows()).isEqualTo(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < fields.size(); c++) {
        String header = sheet.headers().get(c);
        JsonNode value = rows.get(r).path(fields.get(c));
        String what = fields.get(c) + " of row " + r + " in " + sheet.name();
        if (value.isNull()) {
          assertThat(sheet.empty(r, header)).as(what).isTrue();
        } else if (value.isNumber()) {
          assertThat(sheet.number(r, header)).as(what).isEqualTo(value.asDouble());
        } else if (fields.get(c).equals("weekStart")) {
          var cell = sheet.cell(r, header);
          assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
          assertThat(DateUtil.isCellDateFormatted(cell)).as(what).isTrue();
          assertThat(cell.getLocalDateTimeCellValue().toLocalDate())
              .as(what)
              .isEqualTo(LocalDate.parse(value.asText()));
        } else {
          assertThat(sheet.cell(r, header).getStringCellValue()).as(what).isEqualTo(value.asText());
        }
      }
    }
  }

  /** A value as ogrinfo prints it against the JSON's: null as unset, numbers equal. */
  private static void assertGdal(String gdal, JsonNode json, String what) {
    if (json.isNull()) {
      assertThat(gdal == null || gdal.equals("(null)")).as(what + ": " + gdal).isTrue();
    } else {
      assertThat(gdal).as(what).isNotNull();
      assertThat(Double.parseDouble(gdal)).as(what).isCloseTo(json.asDouble(), within(1e-9));
    }
  }

  /** ogrinfo's features: each " Name (Type) = value" line of an OGRFeature block. */
  private static List<Map<String, String>> features(String info) {
    List<Map<String, String>> features = new ArrayList<>();
    for (String line : info.split("\n")) {
      if (line.startsWith("OGRFeature(")) {
        features.add(new LinkedHashMap<>());
      } else if (!features.isEmpty() && line.startsWith("  ") && line.contains(") = ")) {
        String field = line.substring(2, line.lastIndexOf(" (", line.indexOf(") = ")));
        features
            .get(features.size() - 1)
            .put(field, line.substring(line.indexOf(") = ") + 4).strip());
      }
    }
    return features;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }
}
