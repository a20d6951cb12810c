package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one definition of a village's last and next visit (the view village_visit): visits of
 * published plans and of the plans they replaced, and the date recorded in the village's settings,
 * count for the last visit; only a published plan's visits for the next; drafts never. The village
 * record (its popup) reads the view, and so does the scheduler.
 */
@WebTest
class VillageVisitViewIT {

  static final String VILLAGE = "V005";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  ApiClient planner;
  LocalDate monday;

  @BeforeEach
  void load() {
    BorderCommunes.load(jdbc);
    jdbc.update("DELETE FROM schedule_plan");
    String commune =
        jdbc.queryForObject(
            "SELECT commune_code FROM village WHERE code = ?", String.class, VILLAGE);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES ('T-V', ?, 'Visit team',"
            + " (SELECT location FROM village WHERE code = ?), 3)",
        commune,
        VILLAGE);
    planner = ApiClient.as(port, TestUsers.PLANNER);
    monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  @Test
  void publishedAndReplacedVisitsAndTheRecordedDateCountDraftsNever() {
    LocalDate twoWeeksAgo = monday.minusWeeks(2);
    LocalDate nextWeek = monday.plusWeeks(1);
    visit(plan("SUPERSEDED", twoWeeksAgo), twoWeeksAgo.plusDays(1), "08:00");
    visit(plan("PUBLISHED", monday.minusWeeks(1)), monday.minusWeeks(1).plusDays(2), "09:00");
    visit(plan("DRAFT", monday.minusWeeks(1)), monday.minusWeeks(1).plusDays(4), "09:00");
    visit(plan("SUPERSEDED", nextWeek), nextWeek.plusDays(1), "07:00");
    long published = plan("PUBLISHED", nextWeek);
    visit(published, nextWeek.plusDays(3), "10:30");
    visit(published, nextWeek.plusDays(2), "13:00");
    visit(plan("DRAFT", nextWeek), nextWeek.plusDays(1), "07:30");

    assertThat(
            jdbc.queryForList(
                "SELECT visit_date::text FROM village_visit WHERE village_code = ?"
                    + " ORDER BY visit_date",
                String.class,
                VILLAGE))
        .as("drafts are not visits")
        .isEqualTo(
            List.of(
                twoWeeksAgo.plusDays(1).toString(),
                monday.minusWeeks(1).plusDays(2).toString(),
                nextWeek.plusDays(1).toString(),
                nextWeek.plusDays(2).toString(),
                nextWeek.plusDays(3).toString()));
    JsonNode p = planner.json("/api/villages/" + VILLAGE).path("properties");
    assertThat(p.path("last_visit").path("date").asText())
        .isEqualTo(monday.minusWeeks(1).plusDays(2).toString());
    assertThat(p.path("last_visit").path("team").asText()).isEqualTo("T-V");
    // the replaced plan's visit next week no longer stands: the published plan's first does
    assertThat(p.path("next_visit").path("date").asText())
        .isEqualTo(nextWeek.plusDays(2).toString());
    assertThat(p.path("next_visit").path("arrival").asText()).startsWith("13:00");

    // a later visit recorded by hand is the last visit, for the scheduler too (no team)
    LocalDate recorded = monday.minusDays(1);
    jdbc.update(
        "INSERT INTO village_schedule_settings (village_code, last_visited) VALUES (?, ?)",
        VILLAGE,
        recorded);
    p = planner.json("/api/villages/" + VILLAGE).path("properties");
    assertThat(p.path("last_visit").path("date").asText()).isEqualTo(recorded.toString());
    assertThat(p.path("last_visit").path("team").isNull()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT max(visit_date) FROM village_visit WHERE village_code = ?"
                    + " AND visit_date < ?",
                LocalDate.class,
                VILLAGE,
                nextWeek))
        .isEqualTo(recorded);
  }

  private long plan(String status, LocalDate firstWeek) {
    boolean published = status.equals("PUBLISHED") || status.equals("SUPERSEDED");
    return jdbc.queryForObject(
        "INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks, time_limit_seconds,"
            + " status, published_at) VALUES ('commune', 'X', ?, 1, 5, ?, ?) RETURNING id",
        Long.class,
        firstWeek,
        status,
        published ? java.sql.Timestamp.valueOf(firstWeek.atStartOfDay()) : null);
  }

  private void visit(long plan, LocalDate date, String arrival) {
    jdbc.update(
        "INSERT INTO schedule_visit (plan_id, team_code, village_code, visit_date, seq, arrival,"
            + " work_start, departure, travel_minutes, households_expected)"
            + " VALUES (?, 'T-V', ?, ?, 1, CAST(? AS time), CAST(? AS time), CAST(? AS time), 20, 25)",
        plan,
        VILLAGE,
        date,
        arrival,
        arrival,
        arrival);
  }
}
