package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@WebTest
class ClosureApiIT {

  private static final String LANDSLIDE =
      """
      {"type": "Feature",
       "properties": {"name": "Sạt lở Km 12", "reason": "landslide",
                      "closed_from": "2026-06-01", "closed_to": "2026-06-03"},
       "geometry": {"type": "Polygon", "coordinates": [[[103.0049, 22.501], [103.0051, 22.501],
                    [103.0051, 22.502], [103.0049, 22.502], [103.0049, 22.501]]]}}
      """;

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;
  @LocalServerPort int port;
  ApiClient api;
  JsonRequests send;

  @BeforeEach
  void setUp() {
    RoadTables.clear(jdbc);
    RoadTables.load(jdbc, "small-network.sql");
    builder.rebuild();
    api = ApiClient.as(port, TestUsers.PLANNER);
    send = new JsonRequests(port);
  }

  @Test
  void aClosureDrawnOnTheMapIsStoredListedAppliedAndDeleted() {
    ApiClient.Response created = send.post("/api/closures", LANDSLIDE);

    assertThat(created.status()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(id).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT cost FROM outreach_edge_costs('on_foot', 'dry', '2026-06-02') WHERE id = 5",
                Double.class))
        .isEqualTo(-1.0);

    JsonNode all = api.json("/api/closures");
    assertThat(all.path("numberMatched").asInt()).isEqualTo(1);
    JsonNode feature = all.path("features").get(0);
    assertThat(feature.path("id").asLong()).isEqualTo(id);
    assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Polygon");
    JsonNode p = feature.path("properties");
    assertThat(p.path("name").asText()).isEqualTo("Sạt lở Km 12");
    assertThat(p.path("reason").asText()).isEqualTo("landslide");
    assertThat(p.path("closed_from").asText()).isEqualTo("2026-06-01");
    assertThat(p.path("closed_to").asText()).isEqualTo("2026-06-03");
    assertThat(api.json("/api/closures?on=2026-06-03").path("numberMatched").asInt()).isEqualTo(1);
    assertThat(api.json("/api/closures?on=2026-06-04").path("numberMatched").asInt()).isZero();

    assertThat(send.delete("/api/closures/" + id).status()).isEqualTo(204);
    assertThat(send.delete("/api/closures/" + id).status()).isEqualTo(404);
    assertThat(api.json("/api/closures").path("numberMatched").asInt()).isZero();
  }

  @Test
  void aBadClosureIsA400WithEveryProblemAndNothingIsStored() {
    ApiClient.Response response =
        send.post(
            "/api/closures",
            """
            {"type": "Feature",
             "properties": {"closed_from": "2026-06-05", "closed_to": "2026-06-01"},
             "geometry": {"type": "Point", "coordinates": [103.005, 22.5]}}
            """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText())
        .isEqualTo(
            "geometry: expected a LineString, MultiLineString, Polygon or MultiPolygon, got"
                + " 'Point'; name: a name is required; closed_to: closed_to 2026-06-01 is before"
                + " closed_from 2026-06-05");
    assertThat(TestCounts.rows(jdbc, "road_closure")).isZero();

    assertThat(
            send.post("/api/closures", "{\"type\": \"FeatureCollection\"}")
                .json()
                .path("message")
                .asText())
        .isEqualTo("the body must be a GeoJSON Feature");
    assertThat(send.post("/api/closures", "not json").status()).isEqualTo(400);
    api.assertBadRequest("/api/closures?on=tomorrow", "on must be a date in the form YYYY-MM-DD");
    assertThat(send.delete("/api/closures/abc").status()).isEqualTo(400);
  }
}
