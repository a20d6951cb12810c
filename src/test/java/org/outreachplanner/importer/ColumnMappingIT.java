package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.FormSession;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The upload page's mapping step: the column preview and the saved mappings, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class ColumnMappingIT {

  static final String SURVEY =
      """
      measured,carrier,radio,longitude,latitude,dbm
      2026-05-14T09:12:00+07:00,Viettel,LTE,106.1,17.5,-95
      2026-05-14T09:12:01+07:00,VNPT,HSPA+,106.2,17.6,-80
      """;

  private static final String BOUNDARY = "outreach-" + UUID.randomUUID();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private ApiClient planner;

  @BeforeEach
  void empty() {
    TestTables.clear(jdbc);
    jdbc.update("DELETE FROM column_preset");
    planner = ApiClient.as(port, TestUsers.PLANNER);
  }

  @Test
  void thePreviewShowsTheFirstRowsAndWhereEachColumnComesFrom() {
    ApiClient.Response plain = preview(planner, "surveys", "walk.csv", SURVEY);
    assertThat(plain.status()).as(plain.body()).isEqualTo(200);
    JsonNode answer = plain.json();
    assertThat(texts(answer.get("columns")))
        .containsExactly("measured", "carrier", "radio", "longitude", "latitude", "dbm");
    assertThat(answer.get("rows")).hasSize(2);
    assertThat(texts(answer.get("rows").get(1))).contains("HSPA+", "-80");
    assertThat(answer.get("preset").isNull()).isTrue();
    assertThat(source(answer, "lon")).isEqualTo("longitude");
    assertThat(source(answer, "observed_at")).isNull();
    assertThat(texts(answer.get("unmappedRequired")))
        .containsExactly("observed_at", "operator", "technology");

    JsonNode mapped =
        preview(
                planner,
                "surveys",
                "walk.csv",
                SURVEY,
                "observed_at=measured",
                "operator=carrier",
                "technology=radio",
                "signal=dbm")
            .json();
    assertThat(source(mapped, "operator")).isEqualTo("carrier");
    assertThat(target(mapped, "operator").get("by").asText()).isEqualTo("mapping");
    assertThat(target(mapped, "lat").get("by").asText()).isEqualTo("alias");
    assertThat(mapped.get("unmappedRequired")).isEmpty();
    assertThat(TestTables.count(jdbc, "survey_point")).isZero();
    assertThat(TestTables.count(jdbc, "import_run")).isZero();
  }

  @Test
  void aBuiltInLayoutIsNamed() {
    String openCellId =
        "lat,lon,mcc,mnc,lac,cellid,signal,measured_at,act\n"
            + "17.5,106.1,452,4,1,2,-90,1700000000000,LTE\n";
    JsonNode answer = preview(planner, "surveys", "cells.csv", openCellId).json();
    assertThat(answer.get("preset").asText()).isNotBlank();
    assertThat(target(answer, "technology").get("by").asText()).isEqualTo("preset");
  }

  @Test
  void badPreviewsAreRefusedWithTheReason() {
    ApiClient.Response kind = preview(planner, "hamlets", "walk.csv", SURVEY);
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.json().get("message").asText()).contains("unknown kind 'hamlets'");

    ApiClient.Response format = preview(planner, "surveys", "walk.gpkg", SURVEY);
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.json().get("message").asText())
        .contains("spreadsheets (XLSX, XLS, ODS) only");

    ApiClient.Response column = preview(planner, "surveys", "walk.csv", SURVEY, "operator=Network");
    assertThat(column.status()).isEqualTo(400);
    assertThat(column.json().get("message").asText())
        .contains("the file has no column 'Network'")
        .contains("measured, carrier");

    ApiClient.Response target = preview(planner, "surveys", "walk.csv", SURVEY, "carrier=carrier");
    assertThat(target.status()).isEqualTo(400);
    assertThat(target.json().get("message").asText()).contains("'carrier' is not a column");

    ApiClient.Response pair = preview(planner, "surveys", "walk.csv", SURVEY, "operator");
    assertThat(pair.status()).isEqualTo(400);
    assertThat(pair.json().get("message").asText()).contains("column must be COLUMN=SOURCE");

    ApiClient.Response empty = preview(planner, "surveys", "walk.csv", "");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(TestTables.count(jdbc, "import_run")).isZero();
  }

  @Test
  void onlyPlannersPreviewOrChangePresets() {
    for (TestUsers.TestUser user : List.of(TestUsers.TEAM_LEAD, TestUsers.PARTNER)) {
      ApiClient other = ApiClient.as(port, user);
      assertThat(preview(other, "surveys", "walk.csv", SURVEY).status()).isEqualTo(403);
      assertThat(other.get("/api/imports/surveys/presets").status()).isEqualTo(403);
      assertThat(
              put(other, "surveys", "Phone", "{\"mapping\":{\"operator\":\"carrier\"}}").status())
          .isEqualTo(403);
      assertThat(other.send("DELETE", "/api/imports/surveys/presets/Phone", null, null).status())
          .isEqualTo(403);
    }
    assertThat(new ApiClient(port).get("/api/imports/surveys/presets").status()).isEqualTo(401);
    assertThat(TestTables.count(jdbc, "column_preset")).isZero();
  }

  @Test
  void presetsAreSavedListedReplacedAndDeleted() {
    ApiClient.Response saved =
        put(
            planner,
            "surveys",
            "Drive test 2026",
            "{\"mapping\":{\"operator\":\"carrier\",\"lon\":\"x\"}}");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("mapping").get("operator").asText()).isEqualTo("carrier");

    put(planner, "surveys", "Drive test 2026", "{\"mapping\":{\"operator\":\"net\"}}");
    JsonNode list = planner.json("/api/imports/surveys/presets");
    assertThat(list.get("saved")).hasSize(1);
    assertThat(list.get("saved").get(0).get("name").asText()).isEqualTo("Drive test 2026");
    assertThat(list.get("saved").get(0).get("mapping").toString())
        .isEqualTo("{\"operator\":\"net\"}");
    assertThat(texts(list.get("builtIn"))).isNotEmpty();
    assertThat(planner.json("/api/imports/villages/presets").get("saved")).isEmpty();
    assertThat(
            planner
                .json("/api/imports/surveys/presets/" + ApiClient.encode("Drive test 2026"))
                .get("mapping")
                .get("operator")
                .asText())
        .isEqualTo("net");

    String path = "/api/imports/surveys/presets/" + ApiClient.encode("Drive test 2026");
    assertThat(planner.send("DELETE", path, null, null).status()).isEqualTo(204);
    assertThat(planner.send("DELETE", path, null, null).status()).isEqualTo(404);
    assertThat(planner.get(path).status()).isEqualTo(404);
  }

  @Test
  void badPresetsAreRefusedAndNothingIsSaved() {
    String good = "{\"mapping\":{\"operator\":\"carrier\"}}";
    assertThat(put(planner, "surveys", "x".repeat(101), good).json().get("message").asText())
        .contains("at most 100 characters");
    assertThat(put(planner, "surveys", "a\tb", good).json().get("message").asText())
        .contains("control characters");
    assertThat(put(planner, "surveys", " ", good).status()).isEqualTo(400);
    assertThat(put(planner, "hamlets", "A", good).status()).isEqualTo(400);
    assertThat(put(planner, "surveys", "A", "{\"mapping\":{}}").json().get("message").asText())
        .contains("at least one column");
    assertThat(
            put(planner, "surveys", "A", "{\"mapping\":{\"carrier\":\"x\"}}")
                .json()
                .get("message")
                .asText())
        .contains("'carrier' is not a column");
    assertThat(put(planner, "surveys", "A", "{\"mapping\":{\"operator\":\"\"}}").status())
        .isEqualTo(400);
    assertThat(put(planner, "surveys", "A", "not json").status()).isEqualTo(400);
    assertThat(TestTables.count(jdbc, "column_preset")).isZero();
  }

  @Test
  void aBrowserSessionNeedsItsCsrfToken() throws Exception {
    FormSession session =
        FormSession.signIn(
            "http://localhost:" + port, TestUsers.PLANNER.username(), TestUsers.PLANNER.password());
    URI uri = URI.create("http://localhost:" + port + "/api/imports/surveys/presets/Phone");
    String body = "{\"mapping\":{\"operator\":\"carrier\"}}";
    HttpRequest.Builder put =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    assertThat(session.http().send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(403);
    assertThat(TestTables.count(jdbc, "column_preset")).isZero();

    put.header("X-XSRF-TOKEN", session.csrfToken());
    assertThat(session.http().send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
    assertThat(TestTables.count(jdbc, "column_preset")).isEqualTo(1);
  }

  private static ApiClient.Response put(ApiClient client, String kind, String name, String body) {
    return client.send(
        "PUT",
        "/api/imports/" + kind + "/presets/" + ApiClient.encode(name),
        "application/json",
        body);
  }

  static ApiClient.Response preview(
      ApiClient client, String kind, String fileName, String content, String... columns) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(
        body,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: text/csv\r\n\r\n"
            + content
            + "\r\n");
    for (String column : columns) {
      write(
          body,
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"column\"\r\n\r\n"
              + column
              + "\r\n");
    }
    write(body, "--" + BOUNDARY + "--\r\n");
    return client.send(
        HttpRequest.newBuilder(URI.create(client.base() + "/api/imports/" + kind + "/preview"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode target(JsonNode answer, String column) {
    for (JsonNode t : answer.get("targets")) {
      if (t.get("column").asText().equals(column)) {
        return t;
      }
    }
    throw new AssertionError("no target " + column + " in " + answer);
  }

  private static String source(JsonNode answer, String column) {
    JsonNode source = target(answer, column).get("source");
    return source == null || source.isNull() ? null : source.asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.isNull() ? null : n.asText()));
    return texts;
  }
}
