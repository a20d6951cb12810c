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

    // 13 rows of V2_5 and 13 classes of V16, each for 2 modes × 2 seasons
    assertThat(rows.size()).isEqualTo(26 * 4);
    JsonNode first = rows.get(0);
    assertThat(first.path("roadClass").asText()).isEqualTo("bridleway");
    assertThat(first.path("surface").asText()).isEqualTo("*");
    assertThat(first.path("mode").asText()).isEqualTo("motorbike");
    assertThat(first.path("season").asText()).isEqualTo("dry");
    assertThat(first.path("kmh").asDouble()).isZero();
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
  void theRainyMonthsOfAProvinceAreSetByPlannersOnlyAndChecked() {
    jdbc.update(
        "INSERT INTO province (code, name) VALUES ('44', 'Quảng Trị') ON CONFLICT DO NOTHING");
    try {
      ApiClient.Response set =
          send.put("/api/speeds/seasons/44", "{\"rainy_months\": [10, 9, 11]}");
      assertThat(set.status()).isEqualTo(200);
      assertThat(set.json().path("months").toString()).isEqualTo("[9,10,11]");
      assertThat(
              jdbc.queryForObject(
                  "SELECT outreach_season('44', DATE '2026-12-05') || '/'"
                      + " || outreach_season('44', DATE '2026-10-05')",
                  String.class))
          .isEqualTo("dry/rainy");
      JsonNode all = api.json("/api/speeds/seasons");
      assertThat(all.toString()).contains("{\"provinceCode\":\"44\",\"months\":[9,10,11]}");

      ApiClient.Response bad =
          send.put("/api/speeds/seasons/44", "{\"rainy_months\": [0, 9, 9, 13]}");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().path("message").asText())
          .isEqualTo(
              "'0' is not a month: write 1 (January) to 12 (December); month 9 is given twice;"
                  + " '13' is not a month: write 1 (January) to 12 (December)");
      ApiClient.Response noProvince =
          send.put("/api/speeds/seasons/no-such-province", "{\"rainy_months\": []}");
      assertThat(noProvince.status()).isEqualTo(400);
      assertThat(noProvince.json().path("message").asText())
          .startsWith("province 'no-such-province' is not imported");
      // a team lead may read the seasons but not change them
      ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
      assertThat(lead.get("/api/speeds/seasons").status()).isEqualTo(200);
      assertThat(
              lead.send(
                      "PUT",
                      "/api/speeds/seasons/44",
                      "application/json",
                      "{\"rainy_months\": [1]}")
                  .status())
          .isEqualTo(403);
      assertThat(
              jdbc.queryForObject(
                  "SELECT array_agg(month ORDER BY month)::text FROM season_calendar"
                      + " WHERE province_code = '44' AND season = 'rainy'",
                  String.class))
          .isEqualTo("{9,10,11}");
    } finally {
      jdbc.update(
          "UPDATE season_calendar SET season = CASE WHEN month BETWEEN 9 AND 12 THEN 'rainy'"
              + " ELSE 'dry' END WHERE province_code = '44'");
    }
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
