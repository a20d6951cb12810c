package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A refused upload reported in the language of the request, over real HTTP on the real database:
 * the rows, columns and reasons in Vietnamese with Vietnamese numbers and dates, and the same
 * stored import read back later in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class ImportLanguagesIT {

  private static final String HEADER =
      "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id";
  private static final String GOOD_ROW =
      "106.1,17.5,2026-05-14T09:00:00+07:00,Viettel,LTE,-100,,,,dev-9";

  /** Rows of an unknown technology, enough for a problem count written with a thousands mark. */
  private static final int UNKNOWN_TECHNOLOGY_ROWS = 1200;

  private static final String BOUNDARY = "outreach-" + UUID.randomUUID();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void emptyTables() {
    TestTables.clear(jdbc);
  }

  @Test
  void aRefusedSurveyFileIsReportedInVietnameseAndReadBackLaterInEnglish() {
    ApiClient vietnamese = ApiClient.as(port, TestUsers.PLANNER).inLanguage("vi");
    ApiClient english = ApiClient.as(port, TestUsers.PLANNER);

    ApiClient.Response refused = upload(vietnamese, "surveys", "khao-sat.csv", badSurveys());

    assertThat(refused.status()).isEqualTo(400);
    JsonNode report = refused.json();
    assertThat(report.get("status").asText()).isEqualTo("FAILED");
    assertThat(report.get("problemCount").asInt()).isEqualTo(UNKNOWN_TECHNOLOGY_ROWS + 2);
    assertThat(report.get("message").asText())
        .isEqualTo("Tìm thấy 1.202 lỗi (liệt kê 500 lỗi đầu tiên)");
    JsonNode rsrp = report.get("problems").get(0);
    assertThat(rsrp.get("feature").asLong()).isEqualTo(3);
    assertThat(rsrp.get("column").asText()).isEqualTo("rsrp");
    assertThat(rsrp.get("reason").asText()).isEqualTo("không phải là số: 'mạnh'");
    assertThat(rsrp.get("text").asText())
        .isEqualTo("khao-sat.csv dòng 3, cột 'rsrp': không phải là số: 'mạnh'");
    JsonNode future = report.get("problems").get(1);
    assertThat(future.get("feature").asLong()).isEqualTo(4);
    assertThat(future.get("column").asText()).isEqualTo("observed_at");
    assertThat(future.get("reason").asText())
        .as("a Vietnamese date: day, thg month, year")
        .matches(
            "thời điểm đo ở tương lai: '2099-01-01T00:00:00\\+07:00' muộn hơn"
                + " \\d{1,2} thg \\d{1,2}, \\d{4} \\d\\d:\\d\\d \\(giờ Việt Nam\\)");
    assertThat(report.get("problems").get(2).get("text").asText())
        .isEqualTo(
            "khao-sat.csv dòng 5, cột 'technology': công nghệ không xác định '6G'"
                + " (cần là 2G, 3G, 4G, 5G hoặc none)");
    assertThat(refused.body()).doesNotContain("row ", "column ", "problems found");

    long id = report.get("importId").asLong();
    JsonNode stored = english.json("/api/imports/" + id);
    assertThat(stored.get("message").asText())
        .isEqualTo("1,202 problems found (the first 500 are listed)");
    assertThat(stored.get("problems").get(0).get("text").asText())
        .isEqualTo("khao-sat.csv row 3, column 'rsrp': not a number: 'mạnh'");
    assertThat(stored.get("problems").get(1).get("reason").asText())
        .matches(
            "timestamp in the future: '2099-01-01T00:00:00\\+07:00' is later than"
                + " \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d \\(Vietnam time\\)");
    assertThat(english.json("/api/imports?limit=1").get(0).get("message").asText())
        .isEqualTo("1,202 problems found (the first 500 are listed)");
    assertThat(vietnamese.json("/api/imports/" + id).get("problems").get(0).get("reason").asText())
        .isEqualTo("không phải là số: 'mạnh'");
  }

  @Test
  void aWrongRequestIsAnsweredInTheRequestsLanguage() {
    ApiClient vietnamese = ApiClient.as(port, TestUsers.PLANNER).inLanguage("vi");

    ApiClient.Response unknownKind = upload(vietnamese, "hamlets", "thon.csv", "code\n1\n");
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.json().get("message").asText())
        .startsWith("loại dữ liệu 'hamlets' không có; cần là một trong communes, villages");

    ApiClient.Response badLimit = vietnamese.get("/api/imports?limit=0");
    assertThat(badLimit.status()).isEqualTo(400);
    assertThat(badLimit.json().get("message").asText())
        .isEqualTo("limit phải từ 1 trở lên, nhưng nhận được 0");

    ApiClient.Response chosenOnThePage =
        ApiClient.as(port, TestUsers.PLANNER)
            .inLanguage("en")
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/imports?limit=0"))
                    .header("Cookie", "lang=vi")
                    .GET());
    assertThat(chosenOnThePage.json().get("message").asText())
        .as("the language chosen on the page (its cookie), as the dashboard's upload sends it")
        .isEqualTo("limit phải từ 1 trở lên, nhưng nhận được 0");

    ApiClient.Response missing = vietnamese.get("/api/imports/1234567");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asText())
        .isEqualTo("không có lần nhập nào có mã 1234567");
    ApiClient.Response missingInEnglish =
        ApiClient.as(port, TestUsers.PLANNER).get("/api/imports/1234567");
    assertThat(missingInEnglish.json().get("message").asText())
        .isEqualTo("no import with id 1234567");
  }

  @Test
  void anImportStoredBeforeItsOutcomeHadAKeyReadsBackAsItWasWritten() {
    jdbc.update(
        "INSERT INTO import_run (kind, file_name, sha256, status, message)"
            + " VALUES ('villages', 'old.csv', 'x', 'FAILED', '{\"literal\": \"3 problems found\"}')");
    long id = jdbc.queryForObject("SELECT id FROM import_run", Long.class);

    JsonNode run =
        ApiClient.as(port, TestUsers.PLANNER).inLanguage("vi").json("/api/imports/" + id);

    assertThat(run.get("message").asText()).isEqualTo("3 problems found");
  }

  /**
   * A survey file whose third line has a word for a signal value, whose fourth was observed in the
   * future, and whose other lines name an unknown technology.
   */
  private static String badSurveys() {
    StringBuilder csv = new StringBuilder(HEADER).append('\n').append(GOOD_ROW).append('\n');
    csv.append("106.2,17.6,2026-05-14T09:10:00+07:00,VNPT,4G,mạnh,,,,\n");
    csv.append("106.2,17.6,2099-01-01T00:00:00+07:00,VNPT,4G,-100,,,,\n");
    for (int i = 0; i < UNKNOWN_TECHNOLOGY_ROWS; i++) {
      csv.append("106.3,17.7,2026-05-14T10:00:00+07:00,MobiFone,6G,-90,,,,dev-").append(i);
      csv.append('\n');
    }
    return csv.toString();
  }

  private static ApiClient.Response upload(
      ApiClient client, String kind, String fileName, String content) {
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
        HttpRequest.newBuilder(URI.create(client.base() + "/api/imports/" + kind))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }
}
