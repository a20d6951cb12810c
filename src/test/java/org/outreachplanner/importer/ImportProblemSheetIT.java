package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.GdalSheets;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A refused import's problem report as XLSX: the problems of /api/imports/{id}, one row each, the
 * row number a number, a problem about the whole file with empty row and column cells, reasons and
 * headers in the reader's language.
 */
@WebTest
class ImportProblemSheetIT {

  private static final String BOUNDARY = "outreach-problem-sheet";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void emptyTables() {
    TestTables.clear(jdbc);
  }

  @Test
  void theProblemsOfARefusedImportDownloadAsASheet() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER).inLanguage("en");
    String csv =
        "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id\n"
            + "106.2,17.6,2026-05-14T09:10:00+07:00,VNPT,4G,mạnh,,,,\n"
            + "106.3,17.7,2026-05-14T10:00:00+07:00,MobiFone,6G,-90,,,,dev-1\n";
    ApiClient.Response refused = upload(planner, "khao-sat.csv", csv);
    assertThat(refused.status()).isEqualTo(400);
    long id = refused.json().get("importId").asLong();
    JsonNode problems = planner.json("/api/imports/" + id).get("problems");

    Spreadsheets.Table en = Spreadsheets.read(planner, "/api/imports/" + id + "/problems.xlsx");
    assertThat(en.headers())
        .containsExactly("File", "Sheet", "Row or feature", "Column", "Problem");
    assertThat(en.dataRows()).isEqualTo(problems.size()).isEqualTo(2);
    GdalSheets.assertSameFigures(
        Spreadsheets.download(planner, "/api/imports/" + id + "/problems.xlsx").body(),
        en,
        "Row or feature");
    for (int r = 0; r < problems.size(); r++) {
      JsonNode p = problems.get(r);
      assertThat(en.cell(r, "File").getStringCellValue()).isEqualTo("khao-sat.csv");
      assertThat(en.cell(r, "Row or feature").getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(en.number(r, "Row or feature")).isEqualTo(p.get("feature").asDouble());
      assertThat(en.cell(r, "Column").getStringCellValue()).isEqualTo(p.get("column").asText());
      assertThat(en.cell(r, "Problem").getStringCellValue()).isEqualTo(p.get("reason").asText());
    }
    assertThat(en.cell(0, "Problem").getStringCellValue()).isEqualTo("not a number: 'mạnh'");

    Spreadsheets.Table vi =
        Spreadsheets.read(planner.inLanguage("vi"), "/api/imports/" + id + "/problems.xlsx");
    assertThat(vi.headers())
        .containsExactly("Tệp", "Trang tính", "Dòng hoặc đối tượng", "Cột", "Lỗi");
    assertThat(vi.cell(0, "Lỗi").getStringCellValue()).isEqualTo("không phải là số: 'mạnh'");

    assertThat(Spreadsheets.download(planner, "/api/imports/1234567/problems.xlsx").status())
        .isEqualTo(404);
    assertThat(
            Spreadsheets.download(
                    ApiClient.as(port, TestUsers.PARTNER), "/api/imports/" + id + "/problems.xlsx")
                .status())
        .isEqualTo(403);
  }

  @Test
  void aProblemAboutTheWholeFileHasEmptyRowAndColumnCells() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER).inLanguage("en");
    ApiClient.Response refused = upload(planner, "empty.csv", "lon,lat\n");
    assertThat(refused.status()).isEqualTo(400);
    long id = refused.json().get("importId").asLong();
    JsonNode problem = planner.json("/api/imports/" + id).get("problems").get(0);
    Spreadsheets.Table sheet = Spreadsheets.read(planner, "/api/imports/" + id + "/problems.xlsx");
    assertThat(sheet.empty(0, "Row or feature")).isEqualTo(problem.get("feature").isNull());
    assertThat(sheet.cell(0, "Problem").getStringCellValue())
        .isEqualTo(problem.get("reason").asText());
  }

  private static ApiClient.Response upload(ApiClient client, String fileName, String content) {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: text/csv\r\n\r\n"
            + content
            + "\r\n--"
            + BOUNDARY
            + "--\r\n";
    return client.send(
        HttpRequest.newBuilder(URI.create(client.base() + "/api/imports/surveys"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }
}
