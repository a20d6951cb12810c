package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two workers that raced on one plan (one taken for dead that finished after all): the database
 * keeps the first result only, keyed by the plan (the request) — never two sets of visits, and a
 * late failure does not overwrite a stored plan.
 */
@DatabaseTest
class PlanStoredOnceIT {

  private static final String AREA = "Z0911";
  private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

  @Autowired JdbcTemplate jdbc;
  @Autowired PlanRepository plans;

  long id;

  @BeforeEach
  void aPlanBeingSolved() {
    TestTables.emptyCommune(jdbc, AREA, 105.1, 22.5);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES (?, ?, 'Tổ Một',"
            + " ST_SetSRID(ST_MakePoint(105.15, 22.55), 4326), 3)",
        AREA + "-T1",
        AREA);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES (?, ?, 'Bản Một', ST_SetSRID(ST_MakePoint(105.16, 22.56), 4326),"
            + " 50, 200, 150, 0)",
        AREA + "-01",
        AREA);
    id = plans.insertSolving("commune", AREA, MONDAY, 1, 5);
  }

  @Test
  void theFirstWorkerToStoreItsPlanWinsAndTheSecondStoresNothing() {
    assertThat(plans.finish(id, result("0hard/0medium/-10soft"))).isTrue();
    assertThat(plans.finish(id, result("0hard/0medium/-5soft"))).isFalse();

    assertThat(status()).isEqualTo("DRAFT");
    assertThat(plans.find(id).orElseThrow().score()).isEqualTo("0hard/0medium/-10soft");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM schedule_visit WHERE plan_id = ?", Integer.class, id))
        .isEqualTo(1);
  }

  @Test
  void aFailureAfterThePlanWasStoredChangesNothing() {
    plans.finish(id, result("0hard/0medium/-10soft"));

    plans.fail(id, Text.literal("the worker taken for dead ran out of memory"), List.of());

    assertThat(status()).isEqualTo("DRAFT");
    assertThat(plans.find(id).orElseThrow().message()).isNull();
  }

  private String status() {
    return jdbc.queryForObject("SELECT status FROM schedule_plan WHERE id = ?", String.class, id);
  }

  private static PlanRepository.Result result(String score) {
    PlanVisitRepository.NewVisit visit =
        new PlanVisitRepository.NewVisit(
            AREA + "-T1", AREA + "-01", MONDAY, 1, 480, 480, 600, 20, 20, false, 50, null);
    return new PlanRepository.Result(
        HardMediumSoftLongScore.parseScore(score),
        List.of(),
        null,
        List.of(visit),
        List.of(),
        null,
        List.of());
  }
}
