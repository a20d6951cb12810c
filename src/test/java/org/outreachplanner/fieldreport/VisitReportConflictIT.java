package org.outreachplanner.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.fieldreport.ReportFixture.OTHER;
import static org.outreachplanner.fieldreport.ReportFixture.OWN;
import static org.outreachplanner.fieldreport.ReportFixture.batch;
import static org.outreachplanner.fieldreport.ReportFixture.reached;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Listings of the latest versions, conflicts with both versions, and their resolution. */
@WebTest
class VisitReportConflictIT {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void fixture() {
    ReportFixture.load(jdbc);
  }

  @Test
  void aPlannerSeesBothVersionsAndKeepsTheReceivedOneAsANewVersion() {
    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    UUID a = UUID.randomUUID();
    lead.send("POST", "/api/visit-reports", batch(reached(a, OWN, "V001", 12)));
    assertThat(lead.send("POST", "/api/visit-reports", batch(reached(a, OWN, "V001", 20))).status())
        .isEqualTo(409);

    JsonNode listed = lead.json("/api/visit-reports?team=" + OWN);
    assertThat(listed.path("reports").path(0).path("state").asText()).isEqualTo("CONFLICT");
    assertThat(lead.send("GET", "/api/visit-reports/conflicts", null).status()).isEqualTo(403);

    JsonNode open = planner.json("/api/visit-reports/conflicts");
    JsonNode conflict = open.path("conflicts").path(0);
    assertThat(conflict.path("stored").path("householdsHelped").asInt()).isEqualTo(12);
    assertThat(conflict.path("received").path("householdsHelped").asInt()).isEqualTo(20);
    assertThat(conflict.path("sentBy").asText()).isEqualTo(TestUsers.TEAM_LEAD.username());

    String path = "/api/visit-reports/conflicts/" + conflict.path("id").asLong() + "/resolve";
    ApiClient.Response resolved = planner.send("POST", path, "{\"keep\": \"received\"}");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    assertThat(resolved.json().path("resolvedBy").asText()).isEqualTo(TestUsers.PLANNER.username());
    assertThat(planner.send("POST", path, "{\"keep\": \"stored\"}").status()).isEqualTo(409);

    JsonNode latest = planner.json("/api/visit-reports?village=V001").path("reports").path(0);
    assertThat(latest.path("householdsHelped").asInt()).isEqualTo(20);
    assertThat(latest.path("corrects").asText()).isEqualTo(a.toString());
    assertThat(latest.path("reportId").asText()).isEqualTo(a.toString());
    assertThat(latest.path("versions").asInt()).isEqualTo(2);
    assertThat(latest.path("state").asText()).isEqualTo("ACCEPTED");
    assertThat(planner.json("/api/visit-reports/conflicts").path("numberReturned").asInt())
        .isZero();
  }

  @Test
  void aLeadListsOnlyTheirTeamAndVersionsAreNeverChanged() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    planner.send(
        "POST",
        "/api/visit-reports",
        batch(
            reached(UUID.randomUUID(), OWN, "V001", 1),
            reached(UUID.randomUUID(), OTHER, "V002", 2)));
    String week = ReportFixture.yesterday().toString();
    assertThat(planner.json("/api/visit-reports?week=" + week).path("numberReturned").asInt())
        .isEqualTo(2);
    JsonNode lead = ApiClient.as(port, TestUsers.TEAM_LEAD).json("/api/visit-reports");
    assertThat(lead.path("numberReturned").asInt()).isEqualTo(1);
    assertThat(lead.path("reports").path(0).path("team").asText()).isEqualTo(OWN);
    assertThat(lead.path("reports").path(0).path("sentBy").asText())
        .isEqualTo(TestUsers.PLANNER.username());
    assertThat(ApiClient.as(port, TestUsers.PARTNER).get("/api/visit-reports").status())
        .isEqualTo(403);
    assertThat(planner.get("/api/visit-reports?week=monday").status()).isEqualTo(400);

    assertThatThrownBy(() -> jdbc.update("UPDATE visit_report SET households_helped = 3"))
        .hasMessageContaining("never changed nor deleted");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM visit_report"))
        .hasMessageContaining("never changed nor deleted");
  }
}
