package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.ProcessOwner;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Solves left SOLVING by a process that is gone: marked FAILED with the reason by the sweep, after
 * which a new solve of the same area and week is accepted; one whose owner is alive keeps its area.
 */
@WebTest
class AbandonedSolvesIT {

  private static final String AREA = "Z0901";
  private static final String MONDAY = "2026-11-23";
  private static final String BODY =
      "{\"area\":\"" + AREA + "\",\"first_week\":\"" + MONDAY + "\",\"seconds\":2}";

  @Autowired JdbcTemplate jdbc;
  @Autowired SolveService solves;
  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void anEmptyCommune() {
    TestTables.emptyCommune(jdbc, AREA, 103.0, 22.5);
    api = ApiClient.as(port, TestUsers.PLANNER);
  }

  @Test
  void aSolveWhoseHeartbeatStoppedIsMarkedFailedAndTheAreaCanBeSolvedAgain() {
    long id = solving("another-host", 4242, UUID.randomUUID().toString(), "2 minutes");
    assertThat(api.send("POST", "/api/schedules", BODY).status()).isEqualTo(202);

    assertThat(status(id)).isEqualTo("FAILED");
    assertThat(api.json("/api/schedules/" + id).path("message").asText())
        .isEqualTo(
            "interrupted: the process solving it (on another-host, process 4242) stopped before"
                + " it finished; a new solve of this area and week can start");
    assertThat(api.inLanguage("vi").json("/api/schedules/" + id).path("message").asText())
        .startsWith("bị gián đoạn: tiến trình lập lịch (trên another-host, tiến trình 4242)");
    solveOver();
  }

  @Test
  void aSolveOfAnEarlierProcessOfThisHostThatIsGoneIsMarkedFailedAtOnce() throws Exception {
    // a real process that has ended: its id is free
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    ProcessOwner me = ProcessOwner.CURRENT;
    long id = solving(me.host(), ended.pid(), UUID.randomUUID().toString(), "0 seconds");

    assertThat(solves.sweep()).contains(id);

    assertThat(status(id)).isEqualTo("FAILED");
    assertThat(api.send("POST", "/api/schedules", BODY).status()).isEqualTo(202);
    solveOver();
  }

  @Test
  void aSolveWhoseOwnerStillBeatsKeepsItsAreaAndWeek() {
    long id =
        solving(
            "another-host",
            ProcessHandle.current().pid(),
            UUID.randomUUID().toString(),
            "0 seconds");

    assertThat(solves.sweep()).doesNotContain(id);

    ApiClient.Response again = api.send("POST", "/api/schedules", BODY);
    assertThat(again.status()).isEqualTo(409);
    assertThat(status(id)).isEqualTo("SOLVING");
    jdbc.update("DELETE FROM schedule_plan WHERE id = ?", id);
  }

  /** A SOLVING plan of the area owned by another process, its last heartbeat {@code ago}. */
  private long solving(String host, long pid, String instance, String ago) {
    return jdbc.queryForObject(
        "INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks, time_limit_seconds,"
            + " status, created_at, heartbeat_at, owner_host, owner_pid, owner_instance)"
            + " VALUES ('commune', ?, ?::date, 1, 86400, 'SOLVING', now() - ?::interval,"
            + " now() - ?::interval, ?, ?, ?) RETURNING id",
        Long.class,
        AREA,
        MONDAY,
        ago,
        ago,
        host,
        pid,
        instance);
  }

  private String status(long id) {
    return jdbc.queryForObject("SELECT status FROM schedule_plan WHERE id = ?", String.class, id);
  }

  /** Waits for the solve started by the test to end, so that none runs after it. */
  private void solveOver() {
    JsonNode plans = api.json("/api/schedules?area=" + AREA);
    for (JsonNode plan : plans) {
      if (plan.path("status").asText().equals("SOLVING")) {
        Waits.solveOver(api, plan.path("id").asLong());
      }
    }
  }
}
