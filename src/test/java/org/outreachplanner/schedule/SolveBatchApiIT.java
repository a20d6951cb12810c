package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * A batch of solves, one per commune of a province: the whole's progress, a commune being solved
 * already left out and named, and the requests refused with their reason.
 */
@WebTest
class SolveBatchApiIT {

  private static final String PROVINCE = "Z7";
  private static final String MONDAY = "2026-12-07";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void aProvinceOfTwoCommunes() {
    jdbc.update("DELETE FROM schedule_plan WHERE area_code LIKE 'Z7%'");
    jdbc.update("DELETE FROM solve_batch WHERE province_code = ?", PROVINCE);
    jdbc.update("DELETE FROM commune WHERE province_code = ?", PROVINCE);
    jdbc.update(
        "INSERT INTO province (code, name) VALUES (?, 'Tỉnh Z7') ON CONFLICT DO NOTHING", PROVINCE);
    TestTables.commune(jdbc, "Z701", PROVINCE, 106.0, 22.0);
    TestTables.commune(jdbc, "Z702", PROVINCE, 106.4, 22.0);
    api = ApiClient.as(port, TestUsers.PLANNER);
  }

  @Test
  void everyCommuneIsSolvedAndOneBeingSolvedAlreadyIsNamed() {
    long running =
        jdbc.queryForObject(
            "INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks,"
                + " time_limit_seconds, status, heartbeat_at, owner_host, owner_pid,"
                + " owner_instance) VALUES ('commune', 'Z702', ?::date, 1, 600, 'SOLVING', now(),"
                + " 'another-host', 4242, 'alive') RETURNING id",
            Long.class,
            MONDAY);

    ApiClient.Response started =
        api.send(
            "POST",
            "/api/schedule-batches",
            "{\"province\":\"Z7\",\"first_week\":\"" + MONDAY + "\",\"seconds\":1}");

    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.json().path("total").asInt()).isEqualTo(1);
    assertThat(started.json().path("skipped").asInt()).isEqualTo(1);
    String href = started.json().path("href").asText();
    JsonNode whole =
        Waits.until("batch " + href + " done")
            .atMost(Waits.SOLVE_DEADLINE)
            .until(() -> api.json(href), b -> b.path("status").asText().equals("DONE"));
    assertThat(whole.path("done").asInt()).isEqualTo(1);
    assertThat(whole.path("failed").asInt()).isZero();
    assertThat(whole.path("skipped").get(0).path("area").asText()).isEqualTo("Z702");
    assertThat(whole.path("skipped").get(0).path("plan").asLong()).isEqualTo(running);
    jdbc.update("DELETE FROM schedule_plan WHERE id = ?", running);
  }

  @Test
  void aBatchNeedsEitherAProvinceOrAllAndAProvinceWithCommunes() {
    String week = "\"first_week\":\"" + MONDAY + "\"";
    ApiClient.Response neither = api.send("POST", "/api/schedule-batches", "{" + week + "}");
    ApiClient.Response both =
        api.send(
            "POST", "/api/schedule-batches", "{\"province\":\"Z7\",\"all\":true," + week + "}");
    ApiClient.Response empty =
        api.send("POST", "/api/schedule-batches", "{\"province\":\"Z6\"," + week + "}");
    ApiClient.Response tuesday =
        api.send(
            "POST", "/api/schedule-batches", "{\"province\":\"Z7\",\"first_week\":\"2026-12-08\"}");

    assertThat(neither.status()).isEqualTo(400);
    assertThat(neither.json().path("message").asText()).contains("\"province\"", "\"all\"");
    assertThat(both.status()).isEqualTo(400);
    assertThat(empty.status()).isEqualTo(404);
    assertThat(empty.json().path("message").asText()).contains("province Z6");
    assertThat(tuesday.status()).isEqualTo(400);
    assertThat(api.send("GET", "/api/schedule-batches/999999", null).status()).isEqualTo(404);
  }
}
