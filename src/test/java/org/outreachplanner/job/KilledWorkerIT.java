package org.outreachplanner.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Two application instances in processes of their own on one database, a server ({@code outreach
 * serve}) and a worker ({@code outreach worker}), share the solves of every commune of a province;
 * the server is killed ({@code kill -9}) in the middle of a solve. Every commune ends with exactly
 * one plan, none lost, none stored twice, and the solves the server was running are finished by the
 * worker. This server runs no worker of its own (it only reads), and the processes have a queue of
 * their own.
 */
@WebTest
@TestPropertySource(
    properties = {
      "outreach.workers.enabled=false",
      "outreach.workers.queue=" + KilledWorkerIT.QUEUE
    })
class KilledWorkerIT {

  /** The queue of these processes' solves (the same as KilledSolveIT's: one context for both). */
  static final String QUEUE = "killed-processes";

  private static final String PROVINCE = "Z8";
  private static final int COMMUNES = 20;
  private static final String MONDAY = "2026-11-30";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void aProvinceOfSmallCommunes() {
    jdbc.update("DELETE FROM schedule_plan WHERE area_code LIKE 'Z8%'");
    jdbc.update("DELETE FROM solve_batch WHERE province_code = ?", PROVINCE);
    jdbc.update("DELETE FROM village WHERE commune_code LIKE 'Z8%'");
    jdbc.update("DELETE FROM team WHERE commune_code LIKE 'Z8%'");
    jdbc.update("DELETE FROM commune WHERE province_code = ?", PROVINCE);
    jdbc.update(
        "INSERT INTO province (code, name) VALUES (?, 'Tỉnh Z8') ON CONFLICT DO NOTHING", PROVINCE);
    for (int i = 0; i < COMMUNES; i++) {
      String code = String.format("Z8%02d", i);
      double lon = 102.0 + 0.4 * (i % 10);
      double lat = 21.0 + 0.4 * (i / 10);
      TestTables.commune(jdbc, code, PROVINCE, lon, lat);
      jdbc.update(
          "INSERT INTO team (code, commune_code, name, base, members) VALUES (?, ?, 'Tổ Một',"
              + " ST_SetSRID(ST_MakePoint(?, ?), 4326), 3)",
          code + "-T1",
          code,
          lon + 0.05,
          lat + 0.05);
      for (int v = 1; v <= 3; v++) {
        jdbc.update(
            "INSERT INTO village (code, commune_code, name, location, households, residents,"
                + " eligible, eid_done) VALUES (?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326),"
                + " 40, 160, 120, 0)",
            code + "-0" + v,
            code,
            "Bản " + v,
            lon + 0.05 + 0.02 * v,
            lat + 0.06);
      }
    }
  }

  @Test
  void everyCommuneEndsWithOnePlanWhenAnInstanceIsKilledMidSolve() throws Exception {
    int serverPort = freePort();
    Map<String, String> twoAtOnce =
        Map.of("outreach.workers.tasks", "2", "outreach.workers.queue", QUEUE);
    try (CliRun server = CliRun.start(twoAtOnce, "serve", "--port", String.valueOf(serverPort));
        CliRun worker = CliRun.start(twoAtOnce, "worker")) {
      Waits.until("both instances to start")
          .atMost(Waits.SOLVE_DEADLINE)
          .until(
              () ->
                  (server.output().contains("is serving at")
                          && worker.output().contains("is claiming tasks"))
                      || !server.isAlive()
                      || !worker.isAlive());
      assertThat(server.isAlive()).as(server.output()).isTrue();
      assertThat(worker.isAlive()).as(worker.output()).isTrue();

      ApiClient.Response started =
          ApiClient.as(serverPort, TestUsers.PLANNER)
              .send(
                  "POST",
                  "/api/schedule-batches",
                  "{\"province\":\""
                      + PROVINCE
                      + "\",\"first_week\":\""
                      + MONDAY
                      + "\","
                      + "\"seconds\":3}");
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      assertThat(started.json().path("total").asInt()).isEqualTo(COMMUNES);
      long batch = started.json().path("id").asLong();

      // the progress of a solve shows on an instance that does not run it
      Waits.until("this server to show a solve of the other server in progress")
          .atMost(Waits.SOLVE_DEADLINE)
          .until(() -> shownSolving(solvingIn(batch, server)));
      List<Long> running = solvingIn(batch, server);
      server.kill();

      JsonNode whole =
          Waits.until("every solve of batch " + batch + " to end")
              .atMost(Waits.SOLVE_DEADLINE)
              .until(
                  () -> api().json("/api/schedule-batches/" + batch),
                  b -> b.path("status").asText().equals("DONE") || !worker.isAlive());
      assertThat(whole.path("status").asText()).as(worker.output()).isEqualTo("DONE");
      assertThat(whole.path("done").asInt()).as(whole.toString()).isEqualTo(COMMUNES);
      assertThat(whole.path("failed").asInt()).isZero();
      assertEveryCommunePlannedOnce();
      for (long id : running) {
        assertThat(
                jdbc.queryForObject(
                    "SELECT owner_pid FROM schedule_plan WHERE id = ?", Long.class, id))
            .as("plan %d, running in the killed server, is finished by the worker", id)
            .isEqualTo(worker.pid());
      }
    }
  }

  private void assertEveryCommunePlannedOnce() {
    List<Map<String, Object>> plans =
        jdbc.queryForList(
            "SELECT area_code, count(*) AS plans, count(*) FILTER (WHERE status = 'DRAFT') AS drafts"
                + " FROM schedule_plan WHERE area_code LIKE 'Z8%' AND first_week = CAST(? AS date)"
                + " GROUP BY area_code",
            MONDAY);
    assertThat(plans).hasSize(COMMUNES);
    assertThat(plans)
        .allSatisfy(
            p -> {
              assertThat(((Number) p.get("plans")).intValue()).as(p.toString()).isEqualTo(1);
              assertThat(((Number) p.get("drafts")).intValue()).as(p.toString()).isEqualTo(1);
            });
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) - count(DISTINCT (plan_id, team_code, visit_date, seq))"
                    + " FROM schedule_visit v JOIN schedule_plan p ON p.id = v.plan_id"
                    + " WHERE p.area_code LIKE 'Z8%'",
                Integer.class))
        .as("visits stored twice")
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks t JOIN schedule_plan p"
                    + " ON t.task_instance = p.id::text WHERE p.area_code LIKE 'Z8%'",
                Integer.class))
        .as("tasks left over")
        .isZero();
  }

  /** The plans of the batch the server is solving (past loading their problem). */
  private List<Long> solvingIn(long batch, CliRun server) {
    List<Long> ids =
        Waits.until("the server to be solving a plan of batch " + batch)
            .atMost(Waits.SOLVE_DEADLINE)
            .until(
                () ->
                    jdbc.queryForList(
                        "SELECT id FROM schedule_plan WHERE batch_id = ? AND status = 'SOLVING'"
                            + " AND owner_pid = ? AND phase ->> 'key' = 'schedules.phase.solving'",
                        Long.class,
                        batch,
                        server.pid()),
                found -> !found.isEmpty() || !server.isAlive());
    assertThat(ids).as(server.output()).isNotEmpty();
    return ids;
  }

  /** Whether this server's API shows one of these plans solving, with its time and score. */
  private boolean shownSolving(List<Long> plans) {
    return plans.stream()
        .map(id -> api().json("/api/schedules/" + id))
        .anyMatch(
            p ->
                p.path("status").asText().equals("SOLVING")
                    && p.path("phase").asText().equals("solving")
                    && p.has("elapsed_seconds"));
  }

  @AfterEach
  void noTaskLeftForTheNextTest() {
    jdbc.update("DELETE FROM scheduled_tasks WHERE task_name LIKE ?", "%@" + QUEUE);
  }

  private ApiClient api() {
    return ApiClient.as(port, TestUsers.PLANNER);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
