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
 * A process killed in the middle of a long solve ({@code kill -9}), a command-line solve or a
 * server ({@code outreach serve}) solving what it was asked for over the API: this server, another
 * process of the same host, marks its plan FAILED by its periodic sweep, and the area can be solved
 * again.
 */
@WebTest
class KilledSolveIT {

  private static final String MONDAY = "2026-11-23";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aSolveWhoseProcessWasKilledIsMarkedFailedAndTheAreaCanBeSolvedAgain() throws Exception {
    String area = "Z0903";
    oneTeamAndVillage(area, 103.9);
    long id;
    long pid;
    try (CliRun solving =
        CliRun.start(Map.of(), "solve", "--area", area, "--week", MONDAY, "--seconds", "600")) {
      pid = solving.pid();
      id =
          Waits.until("a plan of " + area + " solving in process " + pid)
              .atMost(Waits.SOLVE_DEADLINE)
              .until(() -> solvingIn(area, pid), ids -> !ids.isEmpty() || !solving.isAlive())
              .stream()
              .findFirst()
              .orElseThrow(() -> new AssertionError("the solve ended: " + solving.output()));
      solving.kill();
    }

    assertMarkedFailedAndSolvableAgain(area, id, pid);
  }

  @Test
  void aSolveWhoseServerWasKilledIsMarkedFailedAndTheAreaCanBeSolvedAgain() throws Exception {
    String area = "Z0904";
    oneTeamAndVillage(area, 104.3);
    int otherPort = freePort();
    long id;
    long pid;
    try (CliRun server = CliRun.start(Map.of(), "serve", "--port", String.valueOf(otherPort))) {
      pid = server.pid();
      Waits.until("the server of process " + pid + " to serve")
          .until(() -> server.output().contains("is serving at") || !server.isAlive());
      assertThat(server.isAlive()).as(server.output()).isTrue();
      ApiClient.Response solving =
          ApiClient.as(otherPort, TestUsers.PLANNER)
              .send("POST", "/api/schedules", solveRequest(area, 600));
      assertThat(solving.status()).as(solving.body()).isEqualTo(202);
      id = solving.json().path("id").asLong();
      Waits.until("plan " + id + " solving in process " + pid)
          .atMost(Waits.SOLVE_DEADLINE)
          .until(() -> solvingIn(area, pid), ids -> ids.contains(id));
      server.kill();
    }

    assertMarkedFailedAndSolvableAgain(area, id, pid);
  }

  /** A commune of its own at {@code lon}, 22.5° N, with one team and one village. */
  private void oneTeamAndVillage(String area, double lon) {
    TestTables.emptyCommune(jdbc, area, lon, 22.5);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES (?, ?,"
            + " 'Tổ Một', ST_SetSRID(ST_MakePoint(?, 22.55), 4326), 3)",
        area + "-T1",
        area,
        lon + 0.05);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES (?, ?, 'Bản Một',"
            + " ST_SetSRID(ST_MakePoint(?, 22.56), 4326), 50, 200, 150, 0)",
        area + "-01",
        area,
        lon + 0.06);
  }

  private void assertMarkedFailedAndSolvableAgain(String area, long id, long pid) {
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
    ApiClient.Response again = api.send("POST", "/api/schedules", solveRequest(area, 1));
    assertThat(again.status()).as(again.body()).isEqualTo(202);
    assertThat(Waits.solveOver(api, again.json().path("id").asLong()).path("status").asText())
        .isNotEqualTo("FAILED");
  }

  private static String solveRequest(String area, int seconds) {
    return "{\"area\":\""
        + area
        + "\",\"first_week\":\""
        + MONDAY
        + "\",\"seconds\":"
        + seconds
        + "}";
  }

  private List<Long> solvingIn(String area, long pid) {
    return jdbc.queryForList(
        "SELECT id FROM schedule_plan WHERE area_code = ? AND status = 'SOLVING' AND owner_pid = ?",
        Long.class,
        area,
        pid);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
