package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/**
 * A plan whose villages or roads changed after it was solved is read and published with a warning
 * saying so.
 */
@WebTest
class PlanInputsIT {

  private static final String AREA = "Z0902";
  private static final String BODY =
      "{\"area\":\"" + AREA + "\",\"first_week\":\"2026-11-23\",\"seconds\":2}";

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void aCommuneWithOneVillage() {
    TestTables.emptyCommune(jdbc, AREA, 103.5, 22.5);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES ('Z0902-01', ?, 'Bản Một',"
            + " ST_SetSRID(ST_MakePoint(103.6, 22.6), 4326), 50, 200, 150, 0)",
        AREA);
    api = ApiClient.as(port, TestUsers.PLANNER);
  }

  @Test
  void publishingAPlanWhoseVillagesChangedSinceItWasSolvedWarnsAndPublishes() {
    long id = draft();

    jdbc.update("UPDATE village SET households = 60 WHERE code = 'Z0902-01'");

    JsonNode changed = api.json("/api/schedules/" + id);
    assertThat(texts(changed.path("inputs_changed"))).containsExactly("villages");
    ApiClient.Response published =
        api.inLanguage("vi").send("POST", "/api/schedules/" + id + "/publish", null);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    assertThat(texts(published.json().path("inputs_changed"))).containsExactly("villages");
    assertThat(published.json().path("warning").asText())
        .isEqualTo(
            "dữ liệu thôn bản của khu vực đã thay đổi sau khi lập lịch này; hãy lập lịch lại để"
                + " dùng dữ liệu mới");
    assertThat(changed.path("warning").asText())
        .isEqualTo(
            "the villages of the area changed after this plan was solved; solve again to plan on"
                + " them");
    assertThat(api.json("/api/schedules/" + id).path("status").asText()).isEqualTo("PUBLISHED");
  }

  @Test
  void roadsReImportedInTheAreaWarnAndRoadsChangedElsewhereOrImportedUnchangedDoNot(
      @TempDir Path dir) throws IOException {
    jdbc.update("DELETE FROM road_segment WHERE source_id LIKE 'Z0902-%'");
    long id = draft();

    importRoads(dir, "Z0902-far", 106.0, 21.0);
    assertThat(api.json("/api/schedules/" + id).path("inputs_changed").size())
        .as("a road outside the area")
        .isZero();
    importRoads(dir, "Z0902-far", 106.0, 21.0);
    assertThat(api.json("/api/schedules/" + id).path("inputs_changed").size())
        .as("the same file imported again changes no row")
        .isZero();

    importRoads(dir, "Z0902-near", 103.6, 22.6);
    JsonNode changed = api.json("/api/schedules/" + id);
    assertThat(texts(changed.path("inputs_changed"))).containsExactly("roads");
    assertThat(changed.path("warning").asText())
        .isEqualTo(
            "the roads and road closures of the area changed after this plan was solved; solve"
                + " again to plan on them");
    jdbc.update("DELETE FROM road_segment WHERE source_id LIKE 'Z0902-%'");
  }

  @Test
  void aClosureAddedAfterTheSolveWarnsOfTheRoads() {
    long id = draft();

    jdbc.update(
        "INSERT INTO road_closure (name, closed_from, closed_to, geom) VALUES ('Sạt lở Z0902',"
            + " '2026-11-23', '2026-11-25', ST_MakeEnvelope(106.0, 21.0, 106.01, 21.01, 4326))");

    try {
      assertThat(texts(api.json("/api/schedules/" + id).path("inputs_changed")))
          .containsExactly("roads");
    } finally {
      jdbc.update("DELETE FROM road_closure WHERE name = 'Sạt lở Z0902'");
    }
  }

  private long draft() {
    ApiClient.Response started = api.send("POST", "/api/schedules", BODY);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    JsonNode draft = Waits.solveOver(api, id);
    assertThat(draft.path("status").asText()).as(draft.toString()).isEqualTo("DRAFT");
    assertThat(draft.path("inputs_changed").size()).isZero();
    assertThat(draft.has("warning")).isFalse();
    return id;
  }

  /** Imports one road segment, {@code sourceId}, from (lon, lat) a little north-east. */
  private void importRoads(Path dir, String sourceId, double lon, double lat) throws IOException {
    Path file = dir.resolve("roads.geojson");
    Files.writeString(
        file,
        String.format(
            Locale.ROOT,
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"id\":\"%s\",\"highway\":\"track\"},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[%f,%f],[%f,%f]]}}]}",
            sourceId,
            lon,
            lat,
            lon + 0.01,
            lat + 0.01));
    ImportReport report =
        imports.importFile(ImportKind.ROADS, file, ImportOptions.defaults("roads.geojson"));
    assertThat(report.succeeded()).as(report.summary()).isTrue();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
