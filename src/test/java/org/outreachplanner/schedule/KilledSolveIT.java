package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.CliProcess;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process killed in the middle of a long solve ({@code kill -9}): this server, another process of
 * the same host, marks its plan FAILED by its periodic sweep, and the area can be solved again.
 */
@WebTest
class KilledSolveIT {

  private static final String AREA = "Z0903";
  private static final String MONDAY = "2026-11-23";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void aSolveWhoseProcessWasKilledIsMarkedFailedAndTheAreaCanBeSolvedAgain() throws Exception {
    TestTables.emptyCommune(jdbc, AREA, 103.9, 22.5);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES ('Z0903-T1', ?,"
            + " 'Tổ Một', ST_SetSRID(ST_MakePoint(103.95, 22.55), 4326), 3)",
        AREA);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES ('Z0903-01', ?, 'Bản Một',"
            + " ST_SetSRID(ST_MakePoint(103.96, 22.56), 4326), 50, 200, 150, 0)",
        AREA);
    Path log = Files.createTempFile("killed-solve-", ".txt");
    Process solving =
        new ProcessBuilder(
                CliProcess.command("solve", "--area", AREA, "--week", MONDAY, "--seconds", "600"))
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long id;
    try {
      id =
          Waits.until("a plan of " + AREA + " solving in process " + solving.pid())
              .atMost(Waits.SOLVE_DEADLINE)
              .until(() -> solvingIn(solving.pid()), ids -> !ids.isEmpty() || !solving.isAlive())
              .stream()
              .findFirst()
              .orElseThrow(() -> new AssertionError("the solve ended: " + read(log)));
    } finally {
      solving.destroyForcibly();
      solving.waitFor();
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
        .contains("process " + solving.pid() + ") stopped before it finished");
    ApiClient.Response again =
        api.send(
            "POST",
            "/api/schedules",
            "{\"area\":\"" + AREA + "\",\"first_week\":\"" + MONDAY + "\",\"seconds\":1}");
    assertThat(again.status()).as(again.body()).isEqualTo(202);
    Waits.solveOver(api, again.json().path("id").asLong());
    Files.delete(log);
  }

  private List<Long> solvingIn(long pid) {
    return jdbc.queryForList(
        "SELECT id FROM schedule_plan WHERE area_code = ? AND status = 'SOLVING' AND owner_pid = ?",
        Long.class,
        AREA,
        pid);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
