package org.outreachplanner.schedule.solver;

import static org.outreachplanner.schedule.solver.ScheduleFixtures.day;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.leaveOut;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.route;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.team;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.village;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.visit;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.outreachplanner.schedule.domain.RoutingOnly;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;
import org.outreachplanner.schedule.domain.VisitPattern;

/** The team-day capacity, the working time per day and visit patterns, with exact penalties. */
class CapacityAndPatternConstraintsTest {

  private final ConstraintVerifier<ScheduleConstraints, Schedule> verifier =
      ConstraintVerifier.build(
          new ScheduleConstraints(), Schedule.class, TeamDay.class, Visit.class);

  private final VillageInfo a = village("A", 1);
  private final VillageInfo b = village("B", 2);

  /** Monday and Thursday, or Tuesday and Friday. */
  private final VisitPattern twiceAWeek = new VisitPattern(2, new long[] {0b1001, 0b10010});

  @Test
  void demandWithinTheDaysCapacityIsFine() {
    Visit va = visit(a, 1).demand(30);
    Visit vb = visit(b, 1).demand(20);
    route(day(team("T1"), 0).limits(50, Integer.MAX_VALUE), va, vb);
    verifier.verifyThat(ScheduleConstraints::teamDayCapacity).given(va, vb).penalizesBy(0);
  }

  @Test
  void demandOverTheDaysCapacityIsPenalisedByTheDemandOver() {
    Visit va = visit(a, 1).demand(30);
    Visit vb = visit(b, 1).demand(35);
    route(day(team("T1"), 0).limits(50, Integer.MAX_VALUE), va, vb);
    verifier.verifyThat(ScheduleConstraints::teamDayCapacity).given(va, vb).penalizesBy(15);
  }

  @Test
  void demandLeftOutTakesNoCapacity() {
    Visit va = visit(a, 1).demand(80);
    leaveOut(va);
    verifier.verifyThat(ScheduleConstraints::teamDayCapacity).given(va).penalizesBy(0);
  }

  @Test
  void workingTimeWithinTheLimitIsFine() {
    // 60 out, 240 in A, 60 back: 360 minutes
    Visit va = visit(a, 1);
    route(day(team("T1"), 0).limits(Integer.MAX_VALUE, 360), va);
    verifier.verifyThat(ScheduleConstraints::workingTimePerDay).given(va).penalizesBy(0);
  }

  @Test
  void workingTimeOverTheLimitIsPenalisedByTheMinutesOver() {
    // 60 + 240 + 45 + 240 + 90 = 675 minutes against 600
    Visit va = visit(a, 1);
    Visit vb = visit(b, 1);
    route(day(team("T1"), 0).limits(Integer.MAX_VALUE, 600), va, vb);
    verifier.verifyThat(ScheduleConstraints::workingTimePerDay).given(va, vb).penalizesBy(75);
  }

  @Test
  void waitingForAWindowIsNoWork() {
    int[][] days = new int[8][];
    days[1] = new int[] {13 * 60, 18 * 60};
    Visit v =
        visit(
            village("W", 1, new org.outreachplanner.schedule.domain.TimeWindows(days), null, 0), 1);
    route(day(team("T1"), 0).limits(Integer.MAX_VALUE, 360), v);
    verifier.verifyThat(ScheduleConstraints::workingTimePerDay).given(v).penalizesBy(0);
  }

  @Test
  void visitsOnTheDaysOfOneCombinationAreFine() {
    TeamInfo t = team("T1");
    Visit first = visit(a, 1).pattern(twiceAWeek);
    Visit second = visit(a, 2).pattern(twiceAWeek);
    route(day(t, 1), first);
    route(day(t, 4), second);
    verifier.verifyThat(ScheduleConstraints::visitPatternDays).given(first, second).penalizesBy(0);
  }

  @Test
  void visitsMixingTwoCombinationsArePenalisedByTheVisitsNoneTakes() {
    // Monday and Friday: each combination takes one of the two
    TeamInfo t = team("T1");
    Visit first = visit(a, 1).pattern(twiceAWeek);
    Visit second = visit(a, 2).pattern(twiceAWeek);
    route(day(t, 0), first);
    route(day(t, 4), second);
    verifier.verifyThat(ScheduleConstraints::visitPatternDays).given(first, second).penalizesBy(1);
  }

  @Test
  void twoVisitsOnOneDayAndOneOnAWednesdayMissTwice() {
    TeamInfo t = team("T1");
    VisitPattern thrice = new VisitPattern(3, new long[] {0b10101});
    Visit first = visit(a, 1).pattern(thrice);
    Visit second = visit(a, 2).pattern(thrice);
    Visit third = visit(a, 3).pattern(thrice);
    route(day(t, 0), first, second);
    route(day(t, 1), third);
    verifier
        .verifyThat(ScheduleConstraints::visitPatternDays)
        .given(first, second, third)
        .penalizesBy(2);
  }

  @Test
  void aVisitOfAPatternLeftOutLeavesTheOthersOnTheirDays() {
    Visit first = visit(a, 1).pattern(twiceAWeek);
    Visit second = visit(a, 2).pattern(twiceAWeek);
    route(day(team("T1"), 3), first);
    leaveOut(second);
    verifier.verifyThat(ScheduleConstraints::visitPatternDays).given(first, second).penalizesBy(0);
  }

  @Test
  void aPatternSpacesItsVisitsInsteadOfTheSpreadRule() {
    TeamInfo t = team("T1");
    Visit first = visit(a, 1).pattern(twiceAWeek);
    Visit second = visit(a, 2).pattern(twiceAWeek);
    route(day(t, 0), first);
    route(day(t, 3), second);
    verifier
        .verifyThat(ScheduleConstraints::repeatVisitsSpreadOut)
        .given(first, second)
        .penalizesBy(0);
  }

  @Test
  void aRoutingBenchmarkHasNoWorkloadGoal() {
    Visit va = visit(a, 1);
    Visit vb = visit(b, 1);
    route(day(team("T1"), 0), va, vb);
    verifier
        .verifyThat(ScheduleConstraints::fairWorkload)
        .given(new RoutingOnly(), va, vb)
        .penalizesBy(0);
    verifier
        .verifyThat(ScheduleConstraints::fairWorkload)
        .given(va, vb)
        .penalizesBy(ScheduleConstraints.FAIR_WEIGHT * 4);
  }
}
