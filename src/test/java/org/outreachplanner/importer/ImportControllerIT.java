package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.importer.ImportFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The upload endpoint over real HTTP, on the real database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.servlet.multipart.max-file-size=64KB",
      "spring.servlet.multipart.max-request-size=64KB"
    })
@Import(TestUsers.class)
class ImportControllerIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void emptyTables() {
    TestTables.clear(jdbc);
  }

  @Test
  void anImportedFileAnswers201WithTheCounts() throws Exception {
    HttpResponse<String> communes =
        upload("communes", "communes.geojson", bytes("communes.geojson"));
    assertThat(communes.statusCode()).isEqualTo(201);

    HttpResponse<String> response = upload("villages", "villages.csv", bytes("villages.csv"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode report = json.readTree(response.body());
    assertThat(report.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(report.get("file").asText()).isEqualTo("villages.csv");
    assertThat(
            List.of(
                report.get("inserted").asInt(),
                report.get("updated").asInt(),
                report.get("unchanged").asInt()))
        .containsExactly(3, 0, 0);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/imports/" + report.get("importId").asLong());
  }

  @Test
  void aRefusedFileAnswers400WithEveryProblem() throws Exception {
    upload("communes", "communes.geojson", bytes("communes.geojson"));

    HttpResponse<String> response =
        upload("villages", "C:\\Users\\planner\\villages-bad.csv", bytes("villages-bad.csv"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode report = json.readTree(response.body());
    assertThat(report.get("status").asText()).isEqualTo("FAILED");
    assertThat(report.get("problemCount").asInt()).isEqualTo(3);
    JsonNode first = report.get("problems").get(0);
    assertThat(first.get("file").asText()).isEqualTo("villages-bad.csv");
    assertThat(first.get("feature").asLong()).isEqualTo(2);
    assertThat(first.get("column").asText()).isEqualTo("households");
    assertThat(first.get("reason").asText())
        .isEqualTo(
            "'47,5' is not a whole number; write whole numbers without decimal or thousands"
                + " separators");
    assertThat(TestTables.count(jdbc, "village")).isZero();
  }

  @Test
  void anUnknownKindAnswers400ListingTheKinds() throws Exception {
    HttpResponse<String> response = upload("hamlets", "villages.csv", bytes("villages.csv"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readValue(response.body(), Map.class))
        .isEqualTo(
            Map.of(
                "status",
                400,
                "error",
                "Bad Request",
                "message",
                "unknown kind 'hamlets'; expected one of communes, villages, teams, surveys,"
                    + " roads, closures, travel-times, census, reports, commune-names",
                "path",
                "/api/imports/hamlets"));
  }

  @Test
  void aFileOverTheLimitAnswers413() throws Exception {
    byte[] big = new byte[100 * 1024];
    HttpResponse<String> response = upload("villages", "villages.csv", big);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json.readTree(response.body()).get("message").asText())
        .isEqualTo("the file is larger than the upload limit of 64KB");
    assertThat(TestTables.count(jdbc, "import_run")).isZero();
  }

  @Test
  void anUploadWithoutFileAnswers400() throws Exception {
    HttpResponse<String> response =
        post("/api/imports/villages", multipart("crs", null, "EPSG:4326".getBytes()));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("message").asText())
        .isEqualTo("the request has no multipart field 'file'");
  }

  @Test
  void aMalformedCrsAnswers400() throws Exception {
    byte[] body =
        concat(
            part("crs", null, "UTM".getBytes()),
            part("file", "villages.csv", bytes("villages.csv")),
            end());
    HttpResponse<String> response = post("/api/imports/villages", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("message").asText())
        .isEqualTo("crs must look like EPSG:32648, got 'UTM'");
  }

  @Test
  void recentImportsAreListedNewestFirst() throws Exception {
    upload("communes", "communes.geojson", bytes("communes.geojson"));
    upload("villages", "villages.csv", bytes("villages.csv"));
    upload("villages", "villages-bad.csv", bytes("villages-bad.csv"));

    HttpResponse<String> response = get("/api/imports?limit=2");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode runs = json.readTree(response.body());
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).get("fileName").asText()).isEqualTo("villages-bad.csv");
    assertThat(runs.get(0).get("status").asText()).isEqualTo("FAILED");
    assertThat(runs.get(1).get("fileName").asText()).isEqualTo("villages.csv");
    assertThat(runs.get(1).get("inserted").asInt()).isEqualTo(3);

    long failedId = runs.get(0).get("id").asLong();
    JsonNode failed = json.readTree(get("/api/imports/" + failedId).body());
    assertThat(failed.get("problems")).hasSize(3);
    assertThat(get("/api/imports/999999").statusCode()).isEqualTo(404);
    assertThat(get("/api/imports?limit=0").statusCode()).isEqualTo(400);
  }

  private static byte[] bytes(String fixture) throws IOException {
    return Files.readAllBytes(file(fixture));
  }

  private HttpResponse<String> upload(String kind, String fileName, byte[] content)
      throws Exception {
    return post("/api/imports/" + kind, multipart("file", fileName, content));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", TestUsers.PLANNER.basicAuthorization())
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", TestUsers.PLANNER.basicAuthorization())
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static final String BOUNDARY = "outreach-" + UUID.randomUUID();

  private static byte[] multipart(String field, String fileName, byte[] content) {
    return concat(part(field, fileName, content), end());
  }

  private static byte[] part(String field, String fileName, byte[] content) {
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\""
            + field
            + "\""
            + (fileName == null ? "" : "; filename=\"" + fileName.replace("\\", "\\\\") + "\"")
            + "\r\n"
            + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n")
            + "\r\n";
    return concat(head.getBytes(StandardCharsets.UTF_8), content, "\r\n".getBytes());
  }

  private static byte[] end() {
    return ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
