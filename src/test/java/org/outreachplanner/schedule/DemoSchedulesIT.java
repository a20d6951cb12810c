package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code outreach demo --no-serve} publishes the showcase plans: Dân Hóa's public-service centre
 * team riding to the villages that need it most, and Thu Lũm's teams with the Ka Lăng border
 * post's, each solved to a better score than the plan it started from; a second run plans nothing.
 */
@DatabaseTest
class DemoSchedulesIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void emptyDatabase() {
    RoadTestData.clear(jdbc);
    TestTables.owner()
        .execute(
            "TRUNCATE schedule_plan, team_unavailable, team_schedule_settings,"
                + " village_schedule_settings RESTART IDENTITY CASCADE");
    originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() throws Exception {
    System.setOut(originalOut);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "demo-output.txt"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theShowcasePlansArePublishedAndBetterThanTheirStart() throws InterruptedException {
    assertThat(OutreachCli.run(List.of("demo", "--no-serve", "--port", "0").toArray(String[]::new)))
        .isEqualTo(0);
    String printed = out.toString(StandardCharsets.UTF_8);
    // both plans: published, and solved to a better score than the plan they started from
    assertThat(
            printed.split(
                "score of the start plan [^,]+, of the solved plan [^ ]+ \\(better\\)", -1))
        .as(printed)
        .hasSize(3);

    // Dân Hóa: the centre's team alone, two trips a week in each of the four weeks, on real roads
    assertThat(visits(DAN_HOA, "DISTINCT team_code")).containsExactly("DH-C01");
    assertThat(visits(DAN_HOA, "count(*) FILTER (WHERE travel_minutes > 0)")).containsExactly("8");
    assertThat(visits(DAN_HOA, "count(DISTINCT date_trunc('week', visit_date))"))
        .containsExactly("4");
    // the villages it rides to have more left to do than those it leaves for later
    assertThat(shareLeftToDo(DAN_HOA, true)).isGreaterThan(shareLeftToDo(DAN_HOA, false));

    // Thu Lũm: the teams of the commune centre and of the Ka Lăng border post share the villages
    assertThat(visits(THU_LUM, "DISTINCT team_code"))
        .containsExactlyInAnyOrder("TL-B01", "TL-B02", "TL-T01", "TL-T02");

    // a second run leaves the published plans as they are
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(DemoSchedules.planComingWeek(context, new PrintStream(again, true))).isTrue();
    assertThat(again.toString(StandardCharsets.UTF_8).split("are published already", -1))
        .hasSize(3);
    assertThat(TestTables.count(jdbc, "schedule_plan")).isEqualTo(2);
  }

  private static final String DAN_HOA = "18904";
  private static final String THU_LUM = "03439";

  /** A figure of the published visits of a commune's plan. */
  private List<String> visits(String commune, String what) {
    return jdbc.queryForList(
        "SELECT "
            + what
            + "::text FROM schedule_visit v JOIN schedule_plan p ON p.id = v.plan_id"
            + " WHERE p.status = 'PUBLISHED' AND p.area_code = ? ORDER BY 1",
        String.class,
        commune);
  }

  /** The mean share of eligible residents without e-ID in the villages visited (or not). */
  private double shareLeftToDo(String commune, boolean visited) {
    return jdbc.queryForObject(
        "SELECT avg(1 - eid_done::float / eligible) FROM village x WHERE commune_code = ?"
            + " AND eligible > 0 AND ? = EXISTS (SELECT 1 FROM schedule_visit v"
            + " JOIN schedule_plan p ON p.id = v.plan_id"
            + " WHERE p.status = 'PUBLISHED' AND v.village_code = x.code)",
        Double.class,
        commune,
        visited);
  }
}
