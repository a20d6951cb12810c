package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Travel times as two teams' leads ask them, on the hand network (team TB1 in commune C1) with a
 * second commune C2, its team TB2 and its village V9: each lead reaches only their own places.
 */
@WebTest
class TravelTimeTeamScopeIT {

  private static final TestUsers.TestUser OTHER_LEAD =
      new TestUsers.TestUser("test-lead-c2", "lead-test-pw-2", "TEAM_LEAD");

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkSnapshots networks;
  @LocalServerPort int port;
  SpeedProfileSnapshot speeds;
  ApiClient lead;
  ApiClient otherLead;

  @BeforeEach
  void twoTeams() {
    RoadTestData.handNetwork(jdbc);
    speeds = RoadTestData.handSpeeds(jdbc);
    networks.clear();
    jdbc.execute(
        """
        INSERT INTO commune (code, province_code, name, boundary, centre) VALUES
          ('C2', 'T1', 'Xã Hai', ST_Multi(ST_MakeEnvelope(104.30, 20.98, 104.50, 21.12, 4326)),
           ST_SetSRID(ST_MakePoint(104.40, 21.00), 4326));
        INSERT INTO village (code, commune_code, name, location, households, residents,
                             eligible, eid_done)
        VALUES ('V9', 'C2', 'Bản Chín', ST_SetSRID(ST_MakePoint(104.41, 21.01), 4326),
                5, 20, 10, 1);
        INSERT INTO team (code, commune_code, name, base, members)
        VALUES ('TB2', 'C2', 'Tổ Hai', ST_SetSRID(ST_MakePoint(104.40, 21.001), 4326), 3);
        """);
    TestUsers.bindLead(jdbc, "TB1");
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, role, display_name)"
            + " VALUES (?, ?, 'TEAM_LEAD', 'Test lead of C2') ON CONFLICT (username) DO NOTHING",
        OTHER_LEAD.username(),
        "{bcrypt}" + new BCryptPasswordEncoder(4).encode(OTHER_LEAD.password()));
    jdbc.update(
        "INSERT INTO team_lead (username, team_code) VALUES (?, 'TB2')"
            + " ON CONFLICT (username) DO UPDATE SET team_code = EXCLUDED.team_code",
        OTHER_LEAD.username());
    lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    otherLead = ApiClient.as(port, OTHER_LEAD);
  }

  @AfterEach
  void restore() {
    speeds.restore(jdbc);
    jdbc.update("DELETE FROM team_lead WHERE username = ?", OTHER_LEAD.username());
    jdbc.update("DELETE FROM app_user WHERE username = ?", OTHER_LEAD.username());
  }

  @Test
  void aLeadAsksRoutesBetweenTheirOwnTeamsPlacesOnly() {
    // the base, the commune centre and a village of the lead's own commune
    assertThat(lead.get("/api/travel-times?from=TB1&to=V1").status()).isEqualTo(200);
    assertThat(lead.get("/api/travel-times?from=C1&to=V2").status()).isEqualTo(200);
    for (String path :
        List.of(
            "/api/travel-times?from=TB2&to=V1",
            "/api/travel-times?from=TB1&to=V9",
            "/api/travel-times?from=C2&to=V1",
            "/api/travel-times?from=TB2&to=V9")) {
      assertNotFound(lead, path);
    }
    // and the other way round
    for (String path :
        List.of(
            "/api/travel-times?from=TB1&to=V9",
            "/api/travel-times?from=TB2&to=V1",
            "/api/travel-times?from=C1&to=V1")) {
      assertNotFound(otherLead, path);
    }
    // a planner asks about every place
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    assertThat(planner.get("/api/travel-times?from=TB2&to=V1").status()).isEqualTo(200);
  }

  @Test
  void aLeadsBandsAndUnreachablePlacesAreOfTheirCommuneOnly() {
    assertThat(lead.get("/api/travel-times/bands?commune=C1").status()).isEqualTo(200);
    assertThat(lead.get("/api/travel-times/unreachable?area=C1").status()).isEqualTo(200);
    assertNotFound(lead, "/api/travel-times/bands?commune=C2");
    assertNotFound(lead, "/api/travel-times/unreachable?area=C2");
    // the province holds other teams' communes
    assertNotFound(lead, "/api/travel-times/unreachable?area=T1");
    assertNotFound(otherLead, "/api/travel-times/bands?commune=C1");
    assertNotFound(otherLead, "/api/travel-times/unreachable?area=C1");
  }

  /** 404 with the shared error record, worded as for a code that does not exist. */
  private static void assertNotFound(ApiClient client, String path) {
    ApiClient.Response response = client.get(path);
    assertThat(response.status()).as(path).isEqualTo(404);
    JsonNode error = response.json();
    assertThat(error.path("status").asInt()).as(path).isEqualTo(404);
    assertThat(error.path("message").asText()).as(path).isNotBlank().doesNotContain("Xã", "Bản");
    assertThat(error.path("path").asText()).as(path).startsWith("/api/travel-times");
  }
}
