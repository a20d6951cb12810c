package org.outreachplanner.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.schedule.SolverConfigs;
import org.outreachplanner.schedule.domain.FixedVisit;
import org.outreachplanner.schedule.domain.PhoneReturn;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.SimStock;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TimeWindows;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/**
 * A small problem solved with FULL_ASSERT: every move's incremental score is checked against a full
 * recalculation, so a shadow variable or constraint that drifts fails here.
 */
class FullAssertSolveTest {

  @Test
  void aSmallProblemSolvesWithEveryScoreChecked() {
    SolverConfig config =
        SolverConfigs.load(Path.of("solver-config", "schedule-solver.xml"), 5, 5)
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
            .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(5L));
    Solver<Schedule> solver = SolverFactory.<Schedule>create(config).buildSolver();

    Schedule solved = solver.solve(problem());

    assertThat(solved.getScore().hardScore()).isZero();
    assertThat(solved.assignedCount()).isPositive();
    // the two teams make at most 2 visits a week each, over 2 weeks
    assertThat(solved.assignedCount()).isLessThanOrEqualTo(8);
  }

  /** Two teams, six villages (one Hà Nhì only, one with a morning window), two weeks. */
  static Schedule problem() {
    LocalDate monday = ScheduleFixtures.MONDAY;
    TravelTable travel = new TravelTable("motorbike, dry season", 8);
    int[][] minutes = {
      {0, 40, 70, 90, 120, 150, 20, 60},
      {40, 0, 30, 60, 90, 120, 30, 50},
      {70, 30, 0, 30, 60, 90, 60, 40},
      {90, 60, 30, 0, 30, 60, 80, 30},
      {120, 90, 60, 30, 0, 30, 110, 60},
      {150, 120, 90, 60, 30, 0, 140, 90},
      {20, 30, 60, 80, 110, 140, 0, 50},
      {60, 50, 40, 30, 60, 90, 50, 0},
    };
    for (int i = 0; i < 8; i++) {
      for (int j = 0; j < 8; j++) {
        if (i != j) {
          travel.put(i, j, minutes[i][j]);
        }
      }
    }
    Schedule s = new Schedule("commune TEST", monday, 2);
    TeamInfo t1 =
        new TeamInfo(
            "T1",
            "Team 1",
            TravelMode.MOTORBIKE,
            6,
            450,
            1020,
            new int[] {1, 2, 3, 4, 5},
            Set.of("vi", "hà nhì"),
            2,
            false,
            new int[2],
            5,
            5);
    TeamInfo t2 =
        new TeamInfo(
            "T2",
            "Team 2",
            TravelMode.MOTORBIKE,
            7,
            450,
            1020,
            new int[] {1, 2, 3, 4, 5},
            Set.of("vi"),
            2,
            true,
            new int[2],
            0,
            0);
    s.getTeams().add(t1);
    s.getTeams().add(t2);
    int[][] morning = new int[8][];
    for (int d = 1; d <= 7; d++) {
      morning[d] = new int[] {420, 720};
    }
    for (int v = 0; v < 6; v++) {
      VillageInfo village =
          new VillageInfo(
              "V" + v,
              "Bản " + v,
              v,
              60,
              v == 2 ? "hà nhì" : null,
              v == 3 ? new TimeWindows(morning) : TimeWindows.ANY_TIME,
              100 + 50 * v,
              Text.literal(""));
      s.getVillages().add(village);
      // SIM cards expected at the even villages, unknown at the odd ones
      s.getVisits().add(new Visit(village, 1, 25, 240).simsExpected(v % 2 == 0 ? 20 : null));
      s.getVisits().add(new Visit(village, 2, 25, 240));
    }
    for (TeamInfo t : s.getTeams()) {
      for (int d = 0; d < 14; d++) {
        LocalDate date = monday.plusDays(d);
        if (date.getDayOfWeek().getValue() <= 5) {
          s.getTeamDays().add(new TeamDay(t, date, d, !(t == t2 && d == 1), travel));
        }
      }
    }
    s.getFixedVisits().add(new FixedVisit("X", "V1", monday.plusDays(2)));
    // the stock rules: T1 has SIM cards for two visits, T2 owes V4 a return by the first Wednesday
    s.getSimStocks().add(new SimStock("T1", 50, 10));
    s.getPhoneReturns()
        .add(new PhoneReturn("T2", "V4", 1, monday.minusDays(12), monday.plusDays(2), 2, 14));
    s.getTeamDays().add(TeamDay.leftOut());
    return s;
  }
}
