package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.CliRun;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server ({@code outreach serve}, a process of its own) killed with {@code kill -9} in the middle
 * of a solve it was asked for over the API: this test's server, another process of the same host,
 * marks the plan FAILED by its periodic sweep, and the area can be solved again.
 */
@WebTest
class KilledServerSolveIT {

  private static final String AREA = "Z0904";
  private static final String MONDAY = "2026-11-23";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aSolveWhoseServerWasKilledIsMarkedFailedAndTheAreaCanBeSolvedAgain() throws Exception {
    TestTables.emptyCommune(jdbc, AREA, 104.3, 22.5);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES ('Z0904-T1', ?,"
            + " 'Tổ Một', ST_SetSRID(ST_MakePoint(104.35, 22.55), 4326), 3)",
        AREA);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES ('Z0904-01', ?, 'Bản Một',"
            + " ST_SetSRID(ST_MakePoint(104.36, 22.56), 4326), 50, 200, 150, 0)",
        AREA);
    int otherPort = freePort();
    long id;
    long pid;
    try (CliRun server = CliRun.start(Map.of(), "serve", "--port", String.valueOf(otherPort))) {
      pid = server.pid();
      ApiClient other = ApiClient.as(otherPort, TestUsers.PLANNER);
      Waits.until("the server of process " + pid + " to serve")
          .until(() -> server.output().contains("is serving at") || !server.isAlive());
      assertThat(server.isAlive()).as(server.output()).isTrue();
      ApiClient.Response solving =
          other.send(
              "POST",
              "/api/schedules",
              "{\"area\":\"" + AREA + "\",\"first_week\":\"" + MONDAY + "\",\"seconds\":600}");
      assertThat(solving.status()).as(solving.body()).isEqualTo(202);
      id = solving.json().path("id").asLong();
      Waits.until("plan " + id + " solving in process " + pid)
          .atMost(Waits.SOLVE_DEADLINE)
          .until(() -> solvingIn(pid), ids -> ids.contains(id));
      server.kill();
    }

    String failed =
        Waits.until("plan " + id + " marked FAILED")
            .until(
                () ->
                    jdbc.queryForObject(
                        "SELECT status FROM schedule_plan WHERE id = ?", String.class, id),
                "FAILED"::equals);
    assertThat(failed).isEqualTo("FAILED");
    ApiClient api = ApiClient.as(port, TestUsers.PLANNER);
    assertThat(api.json("/api/schedules/" + id).path("message").asText())
        .contains("process " + pid + ") stopped before it finished");
    ApiClient.Response again =
        api.send(
            "POST",
            "/api/schedules",
            "{\"area\":\"" + AREA + "\",\"first_week\":\"" + MONDAY + "\",\"seconds\":1}");
    assertThat(again.status()).as(again.body()).isEqualTo(202);
    assertThat(Waits.solveOver(api, again.json().path("id").asLong()).path("status").asText())
        .isNotEqualTo("FAILED");
  }

  private List<Long> solvingIn(long pid) {
    return jdbc.queryForList(
        "SELECT id FROM schedule_plan WHERE area_code = ? AND status = 'SOLVING' AND owner_pid = ?",
        Long.class,
        AREA,
        pid);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
