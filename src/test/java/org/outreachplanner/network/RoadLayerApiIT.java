package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** GET /api/roads: the road segments in the map's view, by class. */
@WebTest
class RoadLayerApiIT {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void roads() {
    TestTables.clear(jdbc);
    segment("r1", "LINESTRING(104.00 22.00, 104.01 22.01)", "primary", "asphalt", "QL4D");
    segment("r2", "LINESTRING(104.02 22.02, 104.03 22.02)", "track", "dirt", null);
    segment("far", "LINESTRING(105.50 21.00, 105.51 21.01)", "secondary", null, null);
  }

  private void segment(String id, String wkt, String cls, String surface, String name) {
    jdbc.update(
        "INSERT INTO road_segment (source_id, geom, road_class, surface, name)"
            + " VALUES (?, ST_GeomFromText(?, 4326), ?, ?, ?)",
        id,
        wkt,
        cls,
        surface,
        name);
  }

  @Test
  void theSegmentsInTheBoxComeWithTheirClass() {
    JsonNode body =
        ApiClient.as(port, TestUsers.TEAM_LEAD).json("/api/roads?bbox=103.9,21.9,104.1,22.1");
    assertThat(body.get("truncated").asBoolean()).isFalse();
    assertThat(body.get("features")).hasSize(2);
    JsonNode first = body.get("features").get(0);
    assertThat(first.at("/geometry/type").asText()).isEqualTo("LineString");
    assertThat(first.at("/properties/road_class").asText()).isEqualTo("primary");
    assertThat(first.at("/properties/name").asText()).isEqualTo("QL4D");
    assertThat(body.get("features").get(1).at("/properties/road_class").asText())
        .isEqualTo("track");
  }

  @Test
  void aMissingOrTooLargeBoxIsRefusedWithTheReason() {
    ApiClient api = ApiClient.as(port, TestUsers.PLANNER);
    api.assertBadRequest("/api/roads", "bbox is required");
    api.assertBadRequest("/api/roads?bbox=100,20,105,22", "at most 2.0 degrees");
    api.assertBadRequest("/api/roads?bbox=104,x,105,22", "bbox minLat is not a number");
  }
}
