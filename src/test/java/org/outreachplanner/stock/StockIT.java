package org.outreachplanner.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.CliRun;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The teams' stock: planners' entries and the visit reports in one ledger; who reads it. */
@WebTest
class StockIT {

  private static final String TEAM = "TL-T01";

  @Autowired JdbcTemplate jdbc;
  @Autowired StockRepository stock;
  @LocalServerPort int port;
  ApiClient planner;

  @BeforeEach
  void fixture() {
    BorderCommunes.load(jdbc);
    for (String team : new String[] {TEAM, "TL-T02"}) {
      jdbc.update(
          "INSERT INTO team (code, commune_code, name, base, members)"
              + " VALUES (?, '03439', ?, ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)",
          team,
          "Tổ " + team);
    }
    TestUsers.bindLead(jdbc, TEAM);
    planner = ApiClient.as(port, TestUsers.PLANNER);
  }

  private void record(String item, String kind, int quantity, String village) {
    String body =
        """
        {"team": "%s", "item": "%s", "kind": "%s", "quantity": %d, "village": %s}
        """
            .formatted(
                TEAM, item, kind, quantity, village == null ? "null" : "\"" + village + "\"");
    ApiClient.Response r = planner.send("POST", "/api/stock", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void receivedLessHandedOutLentAndLostWithThePhonesStillOutPerVillage() {
    record("SIM", "RECEIVED", 50, null);
    record("PHONE", "RECEIVED", 10, null);
    LocalDate today = LocalDate.now();
    FieldReports.made(jdbc, TEAM, "V001", today, 12, 8, 5, 3, null, Instant.now());
    FieldReports.made(jdbc, TEAM, "V002", today, 12, 8, 2, 1, null, Instant.now());
    FieldReports.made(jdbc, TEAM, "V002", today, 3, 1, null, null, 1, Instant.now());
    record("PHONE", "LOST", 1, "V001");

    JsonNode s = ApiClient.as(port, TestUsers.TEAM_LEAD).json("/api/teams/" + TEAM + "/stock");
    assertThat(s.path("simsOnHand").asInt()).isEqualTo(43); // 50 - 5 - 2
    assertThat(s.path("phonesLent").asInt()).isEqualTo(4);
    assertThat(s.path("phonesOut").asInt()).isEqualTo(2); // 4 lent, 1 back, 1 lost at V001
    assertThat(s.path("phonesOnHand").asInt()).isEqualTo(7); // 10 - 1 lost - 2 out
    assertThat(s.path("phonesOutByVillage")).hasSize(1);
    assertThat(s.path("phonesOutByVillage").path(0).path("village").asText()).isEqualTo("V001");
    assertThat(s.path("phonesOutByVillage").path(0).path("phones").asInt()).isEqualTo(2);
    // what the scheduler reads
    assertThat(stock.forTeams(java.util.List.of(TEAM)).get(TEAM).phonesOut()).isEqualTo(2);
  }

  @Test
  void aTeamWhoseStockNobodyRecordedHasUnknownFigures() {
    JsonNode all = planner.json("/api/stock");
    assertThat(all).hasSize(2);
    assertThat(all.path(1).path("team").asText()).isEqualTo("TL-T02");
    assertThat(all.path(1).path("simsOnHand").isNull()).isTrue();
    assertThat(all.path(1).path("phonesOut").isNull()).isTrue();
  }

  @Test
  void aBadEntryNamesTheFieldAndLeadsMayNotRecordNorReadOtherTeams() {
    ApiClient.Response bad =
        planner.send(
            "POST",
            "/api/stock",
            "{\"team\":\"" + TEAM + "\",\"item\":\"SIM\",\"kind\":\"LENT\",\"quantity\":0}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("kind").contains("quantity");
    assertThat(
            planner
                .send(
                    "POST",
                    "/api/stock",
                    "{\"team\":\"NOPE\",\"item\":\"SIM\",\"kind\":\"RECEIVED\",\"quantity\":1}")
                .body())
        .contains("NOPE");
    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    assertThat(lead.send("POST", "/api/stock", "{}").status()).isEqualTo(403);
    assertThat(lead.get("/api/teams/TL-T02/stock").status()).isIn(403, 404);
    assertThat(lead.get("/api/stock").status()).isEqualTo(403);
  }

  @Test
  void theCommandLineRecordsAndShowsTheStock() throws Exception {
    try (CliRun run =
        CliRun.start(Map.of(), "stock", TEAM, "--received", "--sims", "30", "--phones", "4")) {
      assertThat(run.exitCode(Waits.DEADLINE)).as(run.output()).isZero();
      assertThat(run.output())
          .contains(TEAM + "  SIM cards: 30 on hand (received 30, handed out 0, lost 0)")
          .contains("phones: 4 on hand, 0 out");
    }
    try (CliRun run = CliRun.start(Map.of(), "stock", TEAM, "--lost", "--sims", "0")) {
      assertThat(run.exitCode(Waits.DEADLINE)).as(run.output()).isEqualTo(1);
      assertThat(run.output()).contains("quantity");
    }
    try (CliRun run = CliRun.start(Map.of(), "stock")) {
      assertThat(run.exitCode(Waits.DEADLINE)).as(run.output()).isZero();
      assertThat(run.output()).contains("TL-T02  SIM cards: unknown on hand");
    }
  }
}
