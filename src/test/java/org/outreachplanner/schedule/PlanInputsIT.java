package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A plan whose villages changed after it was solved is published with a warning saying so. */
@WebTest
class PlanInputsIT {

  private static final String AREA = "Z0902";
  private static final String BODY =
      "{\"area\":\"" + AREA + "\",\"first_week\":\"2026-11-23\",\"seconds\":2}";

  @Autowired JdbcTemplate jdbc;
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
    ApiClient.Response started = api.send("POST", "/api/schedules", BODY);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    JsonNode draft = Waits.solveOver(api, id);
    assertThat(draft.path("status").asText()).as(draft.toString()).isEqualTo("DRAFT");
    assertThat(draft.path("inputs_changed").size()).isZero();
    assertThat(draft.has("warning")).isFalse();

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

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
