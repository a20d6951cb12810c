package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dead-zone report as XLSX, on the fixture of {@link DeadZoneApiIT} (zone 1: three villages,
 * 155 households; zone 2: one village, 10 households, below the privacy thresholds): the same
 * figures as the JSON report, typed, with what the privacy rules withhold as empty cells; read back
 * with Apache POI and with GDAL's ogrinfo.
 */
@WebTest
class DeadZoneSheetIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  @BeforeEach
  void load() {
    CoverageFixture fixture = new CoverageFixture(jdbc);
    fixture.load();
    fixture.village("V6", 6, 0, 5, 20, 10, 4, "no");
    CoverageFixture.service(dataSource, false).recompute(true, null);
  }

  @Test
  void aPartnersSheetHasTheReportsFiguresAndEmptyCellsWhereTheyAreWithheld() {
    ApiClient partner = ApiClient.as(port, TestUsers.PARTNER).inLanguage("en");
    JsonNode zones = partner.json("/api/dead-zones/report").path("zones");
    Spreadsheets.Table sheet = Spreadsheets.read(partner, "/api/dead-zones/report.xlsx");

    assertThat(sheet.name()).isEqualTo("Dead zones");
    assertThat(sheet.headers()).startsWith("Rank").contains("Households");
    assertThat(sheet.dataRows()).isEqualTo(zones.size()).isEqualTo(2);
    for (int r = 0; r < zones.size(); r++) {
      JsonNode zone = zones.get(r);
      assertThat(sheet.number(r, "Rank")).isEqualTo(zone.path("rank").asDouble());
      assertThat(sheet.number(r, DeadZoneExports.title("area_km2")))
          .isEqualTo(zone.path("area_km2").asDouble());
      assertThat(sheet.number(r, DeadZoneExports.title("estimated_share")))
          .isEqualTo(zone.path("estimated_share").asDouble());
    }
    assertThat(sheet.number(0, "Households")).isEqualTo(155);
    assertThat(sheet.number(0, DeadZoneExports.title("eid_missing"))).isEqualTo(206);
    assertThat(sheet.shown(0, DeadZoneExports.title("measured_share"))).isEqualTo("100.0%");
    assertThat(sheet.cell(1, DeadZoneExports.title("eid_suppressed")).getCellType())
        .isEqualTo(CellType.BOOLEAN);
    // the one-village zone: its counts and names are withheld from a partner, as empty cells
    for (String column : List.of("households", "residents", "eid_missing", "village_names")) {
      assertThat(zones.get(1).path(column).isNull()).as(column).isTrue();
      assertThat(sheet.empty(1, DeadZoneExports.title(column))).as(column).isTrue();
    }
  }

  @Test
  void aPlannerSeesTheSmallZonesNameButNoneOfItsCounts() {
    Spreadsheets.Table sheet =
        Spreadsheets.read(ApiClient.as(port, TestUsers.PLANNER), "/api/dead-zones/report.xlsx");
    assertThat(sheet.shown(1, DeadZoneExports.title("village_names"))).isEqualTo("Bản V4");
    for (String column : List.of("households", "residents", "eid_missing")) {
      assertThat(sheet.empty(1, DeadZoneExports.title(column))).as(column).isTrue();
    }
  }

  @Test
  void headersAreInVietnameseForAVietnameseReader() {
    Spreadsheets.Table sheet =
        Spreadsheets.read(
            ApiClient.as(port, TestUsers.PARTNER).inLanguage("vi"), "/api/dead-zones/report.xlsx");
    assertThat(sheet.name()).isEqualTo("Vùng lõm sóng");
    assertThat(sheet.headers()).contains("Thứ hạng", "Số hộ", "Diện tích (km²)");
    assertThat(sheet.number(0, "Số hộ")).isEqualTo(155);
  }

  @Test
  void gdalOpensTheSheetWithOneFeaturePerZone(@TempDir Path dir) throws Exception {
    Spreadsheets.Download download =
        Spreadsheets.download(
            ApiClient.as(port, TestUsers.PARTNER).inLanguage("en"), "/api/dead-zones/report.xlsx");
    Path file = dir.resolve("dead-zones.xlsx");
    Files.write(file, download.body());
    String info = run("ogrinfo", "-ro", "-al", "-so", file.toString());
    assertThat(info).contains("Layer name: Dead zones", "Feature Count: 2");
    assertThat(info).containsPattern("Households: (Integer|Real)");
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }
}
