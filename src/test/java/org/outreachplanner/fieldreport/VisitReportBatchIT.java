package org.outreachplanner.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.fieldreport.ReportFixture.OTHER;
import static org.outreachplanner.fieldreport.ReportFixture.OWN;
import static org.outreachplanner.fieldreport.ReportFixture.batch;
import static org.outreachplanner.fieldreport.ReportFixture.reached;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/visit-reports: idempotent batches, conflicts, corrections, refusals, roles. */
@WebTest
class VisitReportBatchIT {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void fixture() {
    ReportFixture.load(jdbc);
  }

  @Test
  void theSameBatchTwiceIsStoredOnceAndOtherContentIsAConflict() {
    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    String body = batch(reached(a, OWN, "V001", 12), reached(b, OWN, "V002", 7));

    ApiClient.Response first = lead.send("POST", "/api/visit-reports", body);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(states(first.json())).isEqualTo("ACCEPTED,ACCEPTED");

    ApiClient.Response again = lead.send("POST", "/api/visit-reports", body);
    assertThat(again.status()).isEqualTo(200);
    assertThat(states(again.json())).isEqualTo("DUPLICATE,DUPLICATE");
    assertThat(TestTables.count(jdbc, "visit_report")).isEqualTo(2);

    ApiClient.Response changed =
        lead.send("POST", "/api/visit-reports", batch(reached(a, OWN, "V001", 13)));
    assertThat(changed.status()).isEqualTo(409);
    assertThat(states(changed.json())).isEqualTo("CONFLICT");
    lead.send("POST", "/api/visit-reports", batch(reached(a, OWN, "V001", 13)));
    assertThat(TestTables.count(jdbc, "visit_report")).isEqualTo(2);
    assertThat(TestTables.count(jdbc, "visit_report_conflict")).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT households_helped FROM visit_report WHERE id = ?", Integer.class, a))
        .isEqualTo(12);
  }

  @Test
  void aCorrectionIsANewVersionOfTheSameReport() {
    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    UUID a = UUID.randomUUID();
    UUID fix = UUID.randomUUID();
    String correction =
        reached(fix, OWN, "V001", 14).replace("{\"id\"", "{\"corrects\": \"" + a + "\", \"id\"");
    ApiClient.Response both =
        lead.send("POST", "/api/visit-reports", batch(reached(a, OWN, "V001", 12), correction));
    assertThat(states(both.json())).as(both.body()).isEqualTo("ACCEPTED,ACCEPTED");
    assertThat(
            jdbc.queryForObject("SELECT report_id FROM visit_report WHERE id = ?", UUID.class, fix))
        .isEqualTo(a);

    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) || ' ' || min(technology) || ' ' || min(rsrp) FROM survey_point"
                    + " WHERE source_id = ?",
                String.class,
                "field-report:" + a + ":Viettel"))
        .as("the signal seen is one reading of the report's latest version")
        .isEqualTo("1 4G -115");

    String second = correction.replace(fix.toString(), UUID.randomUUID().toString());
    ApiClient.Response late = lead.send("POST", "/api/visit-reports", batch(second));
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().path("results").path(0).path("message").asText())
        .contains("already been corrected");
  }

  @Test
  void aLeadReportsOnlyForTheirTeamAndRefusalsSayWhyInTheirLanguage() {
    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD).inLanguage("vi");
    ApiClient.Response other =
        lead.send(
            "POST", "/api/visit-reports", batch(reached(UUID.randomUUID(), OTHER, "V001", 1)));
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().path("results").path(0).path("message").asText())
        .contains("tổ trưởng chỉ báo cáo cho tổ của mình");

    ApiClient.Response outside =
        ApiClient.as(port, TestUsers.PLANNER)
            .send("POST", "/api/visit-reports", batch(reached(UUID.randomUUID(), OWN, "V004", 1)));
    assertThat(outside.json().path("results").path(0).path("message").asText())
        .contains("not in the commune of team " + OWN);

    String negative = reached(UUID.randomUUID(), OWN, "V001", -3);
    String badTime = reached(UUID.randomUUID(), OWN, "V002", 1).replace("11:15", "25:99");
    ApiClient.Response bad =
        ApiClient.as(port, TestUsers.PLANNER)
            .send("POST", "/api/visit-reports", batch(negative, badTime));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("results").path(0).path("message").asText())
        .contains("householdsHelped is negative");
    assertThat(bad.json().path("results").path(1).path("message").asText())
        .contains("endTime")
        .contains("25:99");
    assertThat(TestTables.count(jdbc, "visit_report")).isZero();
  }

  @Test
  void partnersAreRefused() {
    ApiClient partner = ApiClient.as(port, TestUsers.PARTNER);
    assertThat(
            partner
                .send(
                    "POST", "/api/visit-reports", batch(reached(UUID.randomUUID(), OWN, "V001", 1)))
                .status())
        .isEqualTo(403);
  }

  static String states(JsonNode answer) {
    StringBuilder s = new StringBuilder();
    for (JsonNode r : answer.path("results")) {
      s.append(s.isEmpty() ? "" : ",").append(r.path("state").asText());
    }
    return s.toString();
  }
}
