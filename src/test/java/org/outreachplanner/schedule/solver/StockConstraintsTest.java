package org.outreachplanner.schedule.solver;

import static org.outreachplanner.schedule.solver.ScheduleFixtures.MONDAY;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.day;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.leaveOut;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.route;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.team;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.village;
import static org.outreachplanner.schedule.solver.ScheduleFixtures.visit;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.outreachplanner.schedule.domain.PhoneReturn;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.SimStock;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/** The SIM cards in stock and the return visits for loaner phones, with exact penalties. */
class StockConstraintsTest {

  private final ConstraintVerifier<ScheduleConstraints, Schedule> verifier =
      ConstraintVerifier.build(
          new ScheduleConstraints(), Schedule.class, TeamDay.class, Visit.class);

  private final VillageInfo a = village("A", 1);
  private final VillageInfo b = village("B", 2);
  private final TeamInfo t1 = team("T1");
  private final TeamInfo t2 = team("T2");

  /** Two phones lent at A by T1, the return due on Thursday (day 3) of a one-week horizon. */
  private final PhoneReturn returnToA =
      new PhoneReturn("T1", "A", 2, MONDAY.minusDays(11), MONDAY.plusDays(3), 3, 7);

  @Test
  void simCardsWithinTheStockAreFine() {
    // 30 + 20 expected against 50 on hand
    Visit va = visit(a, 1).simsExpected(30);
    Visit vb = visit(b, 1).simsExpected(20);
    route(day(t1, 0), va);
    route(day(t1, 1), vb);
    verifier
        .verifyThat((c, f) -> StockConstraints.simCardsInStock(f))
        .given(new SimStock("T1", 50, 0), va, vb)
        .penalizesBy(0);
  }

  @Test
  void simCardsOverTheStockArePenalisedByTheCardsOver() {
    // 30 + 25 expected against 50 on hand less 10 for a kept visit: 55 − 40 = 15 over
    Visit va = visit(a, 1).simsExpected(30);
    Visit vb = visit(b, 1).simsExpected(25);
    route(day(t1, 0), va);
    route(day(t1, 3), vb);
    verifier
        .verifyThat((c, f) -> StockConstraints.simCardsInStock(f))
        .given(new SimStock("T1", 50, 10), va, vb)
        .penalizesBy(15);
  }

  @Test
  void unknownHandOutsAndVisitsLeftOutCountNothing() {
    // A's hand-outs unknown, B left out: nothing counts against 5 on hand
    Visit va = visit(a, 1).simsExpected(null);
    Visit vb = visit(b, 1).simsExpected(40);
    route(day(t1, 0), va);
    leaveOut(vb);
    verifier
        .verifyThat((c, f) -> StockConstraints.simCardsInStock(f))
        .given(new SimStock("T1", 5, 0), va, vb)
        .penalizesBy(0);
  }

  @Test
  void aTeamWhoseStockIsUnknownHasNoLimit() {
    // T2 has a stock of 0, T1 none recorded: T1's 40 cards count against nothing
    Visit va = visit(a, 1).simsExpected(40);
    route(day(t1, 0), va);
    verifier
        .verifyThat((c, f) -> StockConstraints.simCardsInStock(f))
        .given(new SimStock("T2", 0, 0), va)
        .penalizesBy(0);
  }

  @Test
  void aReturnByTheLendingTeamOnOrBeforeTheDueDayIsFine() {
    Visit va = visit(a, 1);
    route(day(t1, 3), va);
    verifier
        .verifyThat((c, f) -> StockConstraints.phoneReturnVisit(f))
        .given(returnToA, va)
        .penalizesBy(0);
  }

  @Test
  void aLateReturnIsPenalisedByTheDaysLate() {
    // Saturday (day 5) against Thursday (day 3): 2 days late
    Visit va = visit(a, 1);
    route(day(t1, 5), va);
    verifier
        .verifyThat((c, f) -> StockConstraints.phoneReturnVisit(f))
        .given(returnToA, va)
        .penalizesBy(2);
  }

  @Test
  void noReturnCountsTheDaysFromTheDueDayToTheHorizonsEnd() {
    // left out: 7 − 3 = 4 days; made by another team: the same
    Visit va = visit(a, 1);
    leaveOut(va);
    verifier
        .verifyThat((c, f) -> StockConstraints.phoneReturnVisit(f))
        .given(returnToA, va)
        .penalizesBy(4);
    Visit byOther = visit(a, 1);
    route(day(t2, 1), byOther);
    verifier
        .verifyThat((c, f) -> StockConstraints.phoneReturnVisit(f))
        .given(returnToA, byOther)
        .penalizesBy(4);
  }

  @Test
  void theVillagesBestVisitCounts() {
    // one visit on Tuesday in time, a second on Sunday: the return is made
    Visit first = visit(a, 1);
    Visit second = visit(a, 2);
    route(day(t1, 1), first);
    route(day(t1, 6), second);
    verifier
        .verifyThat((c, f) -> StockConstraints.phoneReturnVisit(f))
        .given(returnToA, first, second)
        .penalizesBy(0);
  }

  @Test
  void aVillageWithoutPhonesOutOwesNoReturn() {
    Visit vb = visit(b, 1);
    leaveOut(vb);
    verifier.verifyThat((c, f) -> StockConstraints.phoneReturnVisit(f)).given(vb).penalizesBy(0);
  }
}
