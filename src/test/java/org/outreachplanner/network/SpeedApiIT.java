package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@WebTest
class SpeedApiIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;
  @LocalServerPort int port;
  ApiClient api;
  JsonRequests send;
  SpeedProfileSnapshot profile;

  @BeforeEach
  void setUp() {
    api = ApiClient.as(port, TestUsers.PLANNER);
    send = new JsonRequests(port);
    profile = SpeedProfileSnapshot.take(jdbc);
  }

  @AfterEach
  void restoreSpeeds() {
    profile.restore(jdbc);
  }

  @Test
  void getListsEveryRowWithTheFallbacksLast() {
    JsonNode rows = api.json("/api/speeds");

    assertThat(rows.size()).isEqualTo(13 * 4);
    JsonNode first = rows.get(0);
    assertThat(first.path("roadClass").asText()).isEqualTo("footway");
    assertThat(first.path("surface").asText()).isEqualTo("*");
    assertThat(first.path("mode").asText()).isEqualTo("motorbike");
    assertThat(first.path("season").asText()).isEqualTo("dry");
    assertThat(first.path("kmh").asDouble()).isEqualTo(8);
    JsonNode last = rows.get(rows.size() - 1);
    assertThat(last.path("roadClass").asText()).isEqualTo("*");
    assertThat(last.path("mode").asText() + "/" + last.path("season").asText())
        .isEqualTo("on_foot/rainy");
    assertThat(last.path("kmh").asDouble()).isEqualTo(3.5);
  }

  @Test
  void putSetsOneRowAndTheCostsFollowAtOnce() {
    RoadTables.clear(jdbc);
    RoadTables.load(jdbc, "small-network.sql");
    builder.rebuild();

    ApiClient.Response response =
        send.put(
            "/api/speeds",
            "{\"roadClass\": \"Tertiary\", \"surface\": \"*\", \"mode\": \"motorbike\","
                + " \"season\": \"dry\", \"kmh\": 20, \"note\": \"road works\"}");

    assertThat(response.status()).isEqualTo(200);
    JsonNode row = response.json();
    assertThat(row.path("roadClass").asText()).isEqualTo("tertiary");
    assertThat(row.path("kmh").asDouble()).isEqualTo(20);
    assertThat(row.path("note").asText()).isEqualTo("road works");
    assertThat(
            jdbc.queryForObject(
                "SELECT cost FROM outreach_edge_costs('motorbike', 'dry') WHERE id = 1",
                Double.class))
        .isCloseTo(257.2406 / (20 / 3.6), within(0.01));
  }

  @Test
  void aBadRowIsA400WithEveryReasonAndChangesNothing() {
    ApiClient.Response response =
        send.put(
            "/api/speeds",
            "{\"roadClass\": \"track\", \"surface\": \"dirt\", \"mode\": \"car\","
                + " \"season\": \"dry\", \"kmh\": 140}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText())
        .isEqualTo(
            "unknown mode 'car': expected motorbike or on_foot; kmh must be between 0 and 130"
                + " (0 closes the road to that mode), got 140");
    assertThat(SpeedProfileSnapshot.take(jdbc)).usingRecursiveComparison().isEqualTo(profile);

    assertThat(send.put("/api/speeds", "[1, 2]").status()).isEqualTo(400);
    ApiClient.Response notJson = send.put("/api/speeds", "{\"kmh\": ");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json().path("message").asText()).isEqualTo("the body is not valid JSON");
    assertThat(
            send.put(
                    "/api/speeds",
                    "{\"roadClass\": \"track\", \"surface\": \"dirt\", \"mode\": \"motorbike\","
                        + " \"season\": \"dry\", \"kmh\": \"fast\"}")
                .json()
                .path("message")
                .asText())
        .isEqualTo("kmh must be a number such as 40 or 4.5, got 'fast'");
  }

  @Test
  void aBodyOfAnotherContentTypeIs415WithoutInternalsAndChangesNothing() {
    String edit =
        "{\"roadClass\": \"track\", \"surface\": \"dirt\", \"mode\": \"motorbike\","
            + " \"season\": \"dry\", \"kmh\": 12}";
    for (String type : new String[] {"text/plain", "application/xml", "text/html"}) {
      ApiClient.Response response = api.send("PUT", "/api/speeds", type, edit);

      assertThat(response.status()).as(type).isEqualTo(415);
      assertThat(response.json().path("message").asText()).as(type).isNotBlank();
      assertThat(response.body())
          .as(type)
          .doesNotContain("org.springframework", "java.", "Exception", "SQL");
    }
    assertThat(SpeedProfileSnapshot.take(jdbc)).usingRecursiveComparison().isEqualTo(profile);
  }
}
