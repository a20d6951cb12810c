package org.outreachplanner.schedule.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.min;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.Joiners;
import org.outreachplanner.schedule.domain.PhoneReturn;
import org.outreachplanner.schedule.domain.SimStock;
import org.outreachplanner.schedule.domain.Visit;

/**
 * The rules of the teams' stock (docs/schedules.md): the SIM cards a team's visits are expected to
 * hand out fit the cards it has, and loaner phones still out get their return visit in time. Part
 * of {@link ScheduleConstraints}; kept apart to keep that class short.
 */
final class StockConstraints {

  private StockConstraints() {}

  /**
   * A team hands out the SIM cards it has, and no delivery is known ahead: the cards its visits of
   * the horizon are expected to hand out (those of its kept visits included) fit its stock on hand.
   * A visit whose hand-outs are unknown counts nothing, and a team whose stock is unknown has no
   * limit. Penalty: the SIM cards over.
   */
  static Constraint simCardsInStock(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && v.getSimsExpected() != null && v.getSimsExpected() > 0)
        .groupBy(v -> v.team().code(), sum(Visit::getSimsExpected))
        .join(SimStock.class, Joiners.equal((team, sims) -> team, SimStock::teamCode))
        .filter((team, sims, stock) -> sims > stock.left())
        .penalize(HardMediumSoftLongScore.ONE_HARD, (team, sims, stock) -> sims - stock.left())
        .asConstraint(ScheduleConstraints.SIM_STOCK);
  }

  /**
   * Residents keep a loaner phone to finish their activation, and the team must take it back to
   * lend it again: the team that lent phones at a village visits it again on or before the due day.
   * Penalty: days late of the village's best visit (from the due day to the horizon's end when none
   * is made by that team).
   */
  static Constraint phoneReturnVisit(ConstraintFactory factory) {
    return factory
        .forEach(PhoneReturn.class)
        .join(Visit.class, Joiners.equal(PhoneReturn::villageCode, v -> v.getVillage().code()))
        .groupBy((r, v) -> r, min((PhoneReturn r, Visit v) -> r.daysLate(v)))
        .filter((r, late) -> late > 0)
        .penalize(HardMediumSoftLongScore.ONE_HARD, (r, late) -> late)
        .asConstraint(ScheduleConstraints.PHONE_RETURN);
  }
}
