package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
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
import org.springframework.test.context.TestPropertySource;

/**
 * A process killed in the middle of a long solve ({@code kill -9}), a command-line solve or a
 * server ({@code outreach serve}) solving what it was asked for over the API: its task stays in the
 * database, a worker started after it ({@code outreach worker}) takes it over when the dead one's
 * heartbeat has stopped, and the plan ends once, as a draft; the area can then be solved again.
 * This server runs no worker and the processes have a queue of their own, so that the killed
 * process is the one that claimed the solve.
 */
@WebTest
@TestPropertySource(
    properties = {
      "outreach.workers.enabled=false",
      "outreach.workers.queue=" + KilledSolveIT.QUEUE
    })
class KilledSolveIT {

  /**
   * The queue of these processes' solves: no worker of another context of this test run (cached
   * with workers on) takes them. KilledWorkerIT uses the same, so both share one context.
   */
  static final String QUEUE = "killed-processes";

  private static final Map<String, String> IN_QUEUE = Map.of("outreach.workers.queue", QUEUE);

  private static final String MONDAY = "2026-11-23";

  /** Long enough for the kill to land mid-solve, short enough for the worker to redo it. */
  private static final String SECONDS = "8";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aSolveWhoseProcessWasKilledIsTakenOverByAnotherWorker() throws Exception {
    String area = "Z0903";
    oneTeamAndVillage(area, 103.9);
    long id;
    long pid;
    try (CliRun solving =
        CliRun.start(IN_QUEUE, "solve", "--area", area, "--week", MONDAY, "--seconds", SECONDS)) {
      pid = solving.pid();
      id = solvingIn(area, pid, solving);
      solving.kill();
    }

    assertTakenOverAndSolvableAgain(area, id, pid);
  }

  @Test
  void aSolveWhoseServerWasKilledIsTakenOverByAnotherWorker() throws Exception {
    String area = "Z0904";
    oneTeamAndVillage(area, 104.3);
    int otherPort = freePort();
    long id;
    long pid;
    try (CliRun server = CliRun.start(IN_QUEUE, "serve", "--port", String.valueOf(otherPort))) {
      pid = server.pid();
      Waits.until("the server of process " + pid + " to serve")
          .until(() -> server.output().contains("is serving at") || !server.isAlive());
      assertThat(server.isAlive()).as(server.output()).isTrue();
      ApiClient.Response solving =
          ApiClient.as(otherPort, TestUsers.PLANNER)
              .send("POST", "/api/schedules", solveRequest(area, Integer.parseInt(SECONDS)));
      assertThat(solving.status()).as(solving.body()).isEqualTo(202);
      id = solving.json().path("id").asLong();
      assertThat(solvingIn(area, pid, server)).isEqualTo(id);
      server.kill();
    }

    assertTakenOverAndSolvableAgain(area, id, pid);
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

  private void assertTakenOverAndSolvableAgain(String area, long id, long killed) throws Exception {
    try (CliRun worker = CliRun.start(IN_QUEUE, "worker")) {
      String status =
          Waits.until("plan " + id + " taken over and stored")
              .atMost(Waits.SOLVE_DEADLINE)
              .until(
                  () ->
                      jdbc.queryForObject(
                          "SELECT status FROM schedule_plan WHERE id = ?", String.class, id),
                  s -> !s.equals("SOLVING"));
      assertThat(status).as(worker.output()).isEqualTo("DRAFT");
      assertThat(
              jdbc.queryForObject(
                  "SELECT owner_pid FROM schedule_plan WHERE id = ?", Long.class, id))
          .isEqualTo(worker.pid())
          .isNotEqualTo(killed);
      assertThat(
              jdbc.queryForObject(
                  "SELECT count(*) FROM schedule_plan WHERE area_code = ?", Integer.class, area))
          .isEqualTo(1);
      ApiClient api = ApiClient.as(port, TestUsers.PLANNER);
      ApiClient.Response again = api.send("POST", "/api/schedules", solveRequest(area, 1));
      assertThat(again.status()).as(again.body()).isEqualTo(202);
      assertThat(Waits.solveOver(api, again.json().path("id").asLong()).path("status").asText())
          .isEqualTo("DRAFT");
    }
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

  /** The plan of {@code area} that process {@code pid} is solving (past loading its problem). */
  private long solvingIn(String area, long pid, CliRun process) {
    return Waits.until("a plan of " + area + " solving in process " + pid)
        .atMost(Waits.SOLVE_DEADLINE)
        .until(
            () ->
                jdbc.queryForList(
                    "SELECT id FROM schedule_plan WHERE area_code = ? AND status = 'SOLVING'"
                        + " AND owner_pid = ? AND phase ->> 'key' = 'schedules.phase.solving'",
                    Long.class,
                    area,
                    pid),
            ids -> !ids.isEmpty() || !process.isAlive())
        .stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("the solve ended: " + process.output()));
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
