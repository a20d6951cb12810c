package org.outreachplanner.schedule.solver;

import static org.outreachplanner.schedule.solver.ScheduleFixtures.MONDAY;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.day;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.leaveOut;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.route;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.team;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.village;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.visit;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.outreachplanner.schedule.domain.FixedVisit;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TimeWindows;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/** Every constraint, with the exact penalty of a case it punishes and one it does not. */
class ScheduleConstraintsTest {

  private final ConstraintVerifier<ScheduleConstraints, Schedule> verifier =
      ConstraintVerifier.build(
          new ScheduleConstraints(), Schedule.class, TeamDay.class, Visit.class);

  private final VillageInfo a = village("A", 1);
  private final VillageInfo b = village("B", 2);

  @Test
  void oneVisitFitsTheDay() {
    // leaves 07:30, arrives 08:30, works until 12:30, back 13:30
    Visit v = visit(a, 1);
    route(day(team("T1"), 0), v);
    verifier.verifyThat(ScheduleConstraints::dayFitsTeamHours).given(v).penalizesBy(0);
  }

  @Test
  void twoFarVisitsOverrunTheDayByTheMinutesOver() {
    // A 08:30–12:30, B 13:15–17:15, back at 18:45: 105 minutes after 17:00
    Visit va = visit(a, 1);
    Visit vb = visit(b, 1);
    route(day(team("T1"), 0), va, vb);
    verifier.verifyThat(ScheduleConstraints::dayFitsTeamHours).given(va, vb).penalizesBy(105);
  }

  @Test
  void aTeamThatStaysOverIsOnlyLateByItsLastDeparture() {
    Visit va = visit(a, 1);
    Visit vb = visit(b, 1);
    route(day(team("T1", true, Set.of("vi"), 2, new int[0]), 0), va, vb);
    verifier.verifyThat(ScheduleConstraints::dayFitsTeamHours).given(va, vb).penalizesBy(15);
  }

  @Test
  void anUnreachableVillageCostsADayAndAHalf() {
    Visit v = visit(village("X", 3), 1);
    route(day(team("T1"), 0), v);
    // 07:30 + 2160 + 240 + 2160 − 17:00
    verifier
        .verifyThat(ScheduleConstraints::dayFitsTeamHours)
        .given(v)
        .penalizesBy(450 + 2160 + 240 + 2160 - 1020);
  }

  @Test
  void workInsideAnAfternoonWindowWaitsForItToOpen() {
    int[][] days = new int[8][];
    days[1] = new int[] {13 * 60, 18 * 60};
    Visit v = visit(village("W", 1, new TimeWindows(days), null, 0), 1);
    route(day(team("T1"), 0), v);
    verifier.verifyThat(ScheduleConstraints::villageTimeWindow).given(v).penalizesBy(0);
  }

  @Test
  void workRunningPastTheMorningWindowIsPenalisedByTheMinutesOutside() {
    int[][] days = new int[8][];
    days[1] = new int[] {8 * 60, 11 * 60};
    Visit v = visit(village("W", 1, new TimeWindows(days), null, 0), 1);
    route(day(team("T1"), 0), v); // works 08:30–12:30, window closes 11:00
    verifier.verifyThat(ScheduleConstraints::villageTimeWindow).given(v).penalizesBy(90);
  }

  @Test
  void aMarketDayHasNoWindowAtAll() {
    int[][] days = new int[8][];
    days[1] = new int[0];
    Visit v = visit(village("M", 1, new TimeWindows(days), null, 0), 1);
    route(day(team("T1"), 0), v);
    verifier.verifyThat(ScheduleConstraints::villageTimeWindow).given(v).penalizesBy(240);
  }

  @Test
  void aTeamOnLeaveCannotVisit() {
    Visit v = visit(a, 1);
    route(ScheduleFixtures.unavailableDay(team("T1"), 0), v);
    verifier.verifyThat(ScheduleConstraints::teamAvailability).given(v).penalizesBy(1);
    Visit w = visit(b, 1);
    route(day(team("T2"), 0), w);
    verifier.verifyThat(ScheduleConstraints::teamAvailability).given(w).penalizesBy(0);
  }

  @Test
  void aVillageSpeakingOnlyHaNhiNeedsATeamThatSpeaksIt() {
    VillageInfo haNhi = village("H", 1, TimeWindows.ANY_TIME, "hà nhì", 0);
    Visit v = visit(haNhi, 1);
    route(day(team("T1"), 0), v);
    verifier.verifyThat(ScheduleConstraints::languageRequirement).given(v).penalizesBy(1);
    Visit w = visit(haNhi, 2);
    route(day(team("T2", false, Set.of("vi", "hà nhì"), 2, new int[0]), 1), w);
    verifier.verifyThat(ScheduleConstraints::languageRequirement).given(w).penalizesBy(0);
  }

  @Test
  void twoTeamsInOneVillageOnOneDayArePenalisedOnce() {
    Visit v1 = visit(a, 1);
    Visit v2 = visit(a, 2);
    route(day(team("T1"), 0), v1);
    route(day(team("T2"), 0), v2);
    verifier.verifyThat(ScheduleConstraints::oneTeamInAVillageADay).given(v1, v2).penalizesBy(1);
  }

  @Test
  void twoTeamsInOneVillageOnDifferentDaysAreFine() {
    Visit v1 = visit(a, 1);
    Visit v2 = visit(a, 2);
    Visit v3 = visit(b, 1);
    route(day(team("T1"), 0), v1);
    route(day(team("T2"), 1), v2);
    leaveOut(v3);
    verifier
        .verifyThat(ScheduleConstraints::oneTeamInAVillageADay)
        .given(v1, v2, v3)
        .penalizesBy(0);
  }

  @Test
  void aKeptVisitTakesItsVillageForTheDay() {
    Visit v = visit(a, 1);
    route(day(team("T1"), 2), v);
    FixedVisit sameDay = new FixedVisit("T2", "A", MONDAY.plusDays(2));
    FixedVisit otherDay = new FixedVisit("T2", "A", MONDAY.plusDays(3));
    verifier.verifyThat(ScheduleConstraints::villageOfAKeptVisit).given(v, sameDay).penalizesBy(1);
    verifier.verifyThat(ScheduleConstraints::villageOfAKeptVisit).given(v, otherDay).penalizesBy(0);
  }

  @Test
  void aThirdVisitInAWeekIsOneTooMany() {
    TeamInfo t = team("T1");
    Visit v1 = visit(a, 1);
    Visit v2 = visit(b, 1);
    Visit v3 = visit(a, 2);
    route(day(t, 0), v1);
    route(day(t, 2), v2);
    route(day(t, 4), v3);
    verifier.verifyThat(ScheduleConstraints::teamVisitsPerWeek).given(v1, v2, v3).penalizesBy(1);
    verifier.verifyThat(ScheduleConstraints::teamVisitsPerWeek).given(v1, v2).penalizesBy(0);
  }

  @Test
  void keptVisitsCountTowardsTheWeek() {
    TeamInfo t = team("T1", false, Set.of("vi"), 2, new int[] {2});
    Visit v1 = visit(a, 1);
    route(day(t, 0), v1);
    verifier.verifyThat(ScheduleConstraints::teamVisitsPerWeek).given(v1).penalizesBy(1);
    Visit v2 = visit(b, 1);
    route(day(t, 7), v2); // the second week has none kept
    verifier.verifyThat(ScheduleConstraints::teamVisitsPerWeek).given(v2).penalizesBy(0);
  }

  @Test
  void aVisitLeftOutCostsItsHouseholds() {
    Visit v = visit(a, 1);
    leaveOut(v);
    verifier.verifyThat(ScheduleConstraints::householdsLeftOut).given(v).penalizesBy(25);
    Visit w = visit(b, 1);
    route(day(team("T1"), 0), w);
    verifier.verifyThat(ScheduleConstraints::householdsLeftOut).given(w).penalizesBy(0);
  }

  @Test
  void aVisitLeftOutCostsItsVillagesPriority() {
    Visit v = visit(village("P", 1, TimeWindows.ANY_TIME, null, 350), 1);
    leaveOut(v);
    verifier.verifyThat(ScheduleConstraints::priorityOfVillagesLeftOut).given(v).penalizesBy(350);
    Visit w = visit(b, 1);
    route(day(team("T1"), 0), w);
    verifier.verifyThat(ScheduleConstraints::priorityOfVillagesLeftOut).given(w).penalizesBy(0);
  }

  @Test
  void travelCountsEveryLegAndTheWayBack() {
    Visit va = visit(a, 1);
    Visit vb = visit(b, 1);
    route(day(team("T1"), 0), va, vb);
    verifier.verifyThat(ScheduleConstraints::travelTime).given(va, vb).penalizesBy(60 + 45 + 90);
  }

  @Test
  void aTeamThatStaysOverDoesNotRideBackThatDay() {
    Visit va = visit(a, 1);
    route(day(team("T1", true, Set.of("vi"), 2, new int[0]), 0), va);
    verifier.verifyThat(ScheduleConstraints::travelTime).given(va).penalizesBy(60);
    Visit left = visit(b, 1);
    leaveOut(left);
    verifier.verifyThat(ScheduleConstraints::travelTime).given(left).penalizesBy(0);
  }

  @Test
  void workloadIsPenalisedByTheSquareOfEachTeamsVisits() {
    TeamInfo t1 = team("T1");
    Visit v1 = visit(a, 1);
    Visit v2 = visit(b, 1);
    Visit v3 = visit(a, 2);
    route(day(t1, 0), v1);
    route(day(t1, 1), v2);
    route(day(team("T2"), 3), v3);
    verifier.verifyThat(ScheduleConstraints::fairWorkload).given(v1, v2, v3).penalizesBy(150);
    Visit left = visit(b, 2);
    leaveOut(left);
    verifier.verifyThat(ScheduleConstraints::fairWorkload).given(left).penalizesBy(0);
  }

  @Test
  void repeatVisitsTwoDaysApartArePenalisedForTheFiveDaysTooClose() {
    Visit v1 = visit(a, 1);
    Visit v2 = visit(a, 2);
    route(day(team("T1"), 0), v1);
    route(day(team("T2"), 2), v2);
    verifier.verifyThat(ScheduleConstraints::repeatVisitsSpreadOut).given(v1, v2).penalizesBy(100);
  }

  @Test
  void repeatVisitsAWeekApartAreFine() {
    Visit v1 = visit(a, 1);
    Visit v2 = visit(a, 2);
    route(day(team("T1"), 0), v1);
    route(day(team("T2"), 7), v2);
    verifier.verifyThat(ScheduleConstraints::repeatVisitsSpreadOut).given(v1, v2).penalizesBy(0);
  }

  @Test
  void aReleasedPublishedVisitKeptInPlaceCostsNothing() {
    Visit v = visit(a, 1).published("T1", MONDAY);
    route(day(team("T1"), 0), v);
    verifier.verifyThat(ScheduleConstraints::stability).given(v).penalizesBy(0);
  }

  @Test
  void aPublishedVisitMovedToAnotherTeamOrLeftOutCostsTheStabilityWeight() {
    Visit moved = visit(a, 1).published("T1", MONDAY);
    route(day(team("T2"), 0), moved);
    verifier.verifyThat(ScheduleConstraints::stability).given(moved).penalizesBy(200);
    Visit dropped = visit(b, 1).published("T1", MONDAY);
    leaveOut(dropped);
    verifier.verifyThat(ScheduleConstraints::stability).given(dropped).penalizesBy(200);
  }
}
