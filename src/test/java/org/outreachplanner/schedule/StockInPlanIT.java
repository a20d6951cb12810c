package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduler uses the stock (docs/schedules.md) on the demo commune: a team received 40 SIM
 * cards and, at a village near its base, helped 10 households, handed out 10 SIM cards (one a
 * household: the commune's rate) and lent 2 phones on the Friday before the week planned, and lent
 * 1 phone at a village with no work left. The week's plan sends that team back to both villages by
 * the due day (14 days after lending), the second only for the phone, and its visits expect no more
 * SIM cards than the 30 it has left.
 */
@WebTest
class StockInPlanIT {

  private static final LocalDate LENT = LocalDate.parse("2026-11-13");
  private static final LocalDate DUE = LENT.plusDays(14);
  private static final String TEAM = "DH-T01";

  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @LocalServerPort int port;

  @Test
  void thePlanReturnsForThePhonesAndKeepsToTheSimCardsOnHand() {
    PublishedDemoWeek.load(context);
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    // the two nearest villages of the team's base: at the second it lent 2 phones; at the first,
    // where every eligible resident has e-ID now, 1 phone
    List<String> near =
        jdbc.queryForList(
            "SELECT v.code FROM village v, team t WHERE t.code = ? AND v.commune_code = ?"
                + " ORDER BY v.location <-> t.base LIMIT 2",
            String.class,
            TEAM,
            PublishedDemoWeek.DAN_HOA);
    String village = near.get(1);
    String done = near.get(0);
    jdbc.update("UPDATE village SET eid_done = eligible WHERE code = ?", done);
    FieldReports.made(jdbc, TEAM, done, LENT, 5, 0, 0, 1, null, Instant.now());
    ApiClient.Response received =
        planner.send(
            "POST",
            "/api/stock",
            "{\"team\": \""
                + TEAM
                + "\", \"item\": \"SIM\", \"kind\": \"RECEIVED\","
                + " \"quantity\": 40, \"day\": \"2026-11-01\"}");
    assertThat(received.status()).as(received.body()).isEqualTo(200);
    FieldReports.made(jdbc, TEAM, village, LENT, 10, 0, 10, 2, null, Instant.now());

    ApiClient.Response started =
        planner.send("POST", "/api/schedules", PublishedDemoWeek.solveBody(5));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    JsonNode plan = Waits.solveOver(planner, id);

    assertThat(plan.path("status").asText()).as(plan.toString()).isEqualTo("DRAFT");
    assertThat(plan.path("score").asText()).as(plan.toString()).startsWith("0hard");
    List<JsonNode> ours = new ArrayList<>();
    planner
        .json("/api/schedules/" + id + "/visits")
        .forEach(
            v -> {
              if (v.path("team").asText().equals(TEAM)) {
                ours.add(v);
              }
            });
    assertThat(ours)
        .as("the team goes back to %s by %s", village, DUE)
        .anySatisfy(
            v -> {
              assertThat(v.path("village").asText()).isEqualTo(village);
              assertThat(LocalDate.parse(v.path("date").asText())).isBeforeOrEqualTo(DUE);
            });
    // the village with no work left is visited only to take the phone back
    assertThat(ours)
        .as("the team goes back to %s by %s", done, DUE)
        .anySatisfy(
            v -> {
              assertThat(v.path("village").asText()).isEqualTo(done);
              assertThat(v.path("households_expected").asInt()).isZero();
              assertThat(LocalDate.parse(v.path("date").asText())).isBeforeOrEqualTo(DUE);
            });
    // one SIM card a household helped: the households expected are the SIM cards expected
    int sims = ours.stream().mapToInt(v -> v.path("households_expected").asInt()).sum();
    assertThat(sims).as(ours.toString()).isLessThanOrEqualTo(30);
    String notes = plan.path("explanation").path("notes").toString();
    assertThat(notes).contains(village).contains("loaner phone").contains(TEAM);
    assertThat(notes).contains(done).contains("planned for that return only");
  }
}
