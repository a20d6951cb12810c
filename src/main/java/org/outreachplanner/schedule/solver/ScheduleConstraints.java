package org.outreachplanner.schedule.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;

import java.util.Objects;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.outreachplanner.schedule.domain.FixedVisit;
import org.outreachplanner.schedule.domain.RoutingOnly;
import org.outreachplanner.schedule.domain.Visit;

/**
 * The rules of a good week of visits. Hard rules make a plan feasible; the medium level counts the
 * households left without help; the soft level chooses among plans that help as many.
 */
public class ScheduleConstraints implements ConstraintProvider {

  public static final String DAY_HOURS = "Day fits the team's hours";
  public static final String TIME_WINDOW = "Village time window";
  public static final String AVAILABILITY = "Team availability";
  public static final String LANGUAGE = "Language requirement";
  public static final String ONE_TEAM = "One team in a village a day";
  public static final String KEPT_VISIT = "Village of a kept visit";
  public static final String WEEKLY_VISITS = "Team's visits per week";
  public static final String DAY_CAPACITY = "Team-day capacity";
  public static final String WORK_TIME = "Working time per day";
  public static final String VISIT_PATTERN = "Visit pattern days";
  public static final String SIM_STOCK = "SIM cards in stock";
  public static final String PHONE_RETURN = "Return visit for loaner phones";
  public static final String LEFT_OUT = "Households left without a visit";
  public static final String PRIORITY = "Priority of villages left out";
  public static final String TRAVEL = "Travel time";
  public static final String FAIR = "Fair workload";
  public static final String SPREAD = "Repeat visits spread out";
  public static final String STABILITY = "Changes to published visits";

  /** Every constraint's name, hard ones first, as the explanation lists them. */
  public static final java.util.List<String> NAMES =
      java.util.List.of(
          DAY_HOURS,
          TIME_WINDOW,
          AVAILABILITY,
          LANGUAGE,
          ONE_TEAM,
          KEPT_VISIT,
          WEEKLY_VISITS,
          DAY_CAPACITY,
          WORK_TIME,
          VISIT_PATTERN,
          SIM_STOCK,
          PHONE_RETURN,
          LEFT_OUT,
          PRIORITY,
          TRAVEL,
          FAIR,
          SPREAD,
          STABILITY);

  /** hard, medium or soft. */
  public static String level(String name) {
    int i = NAMES.indexOf(name);
    int medium = NAMES.indexOf(LEFT_OUT);
    return i < medium ? "hard" : i == medium ? "medium" : "soft";
  }

  /** Soft weight of one visit squared per team, against minutes of travel. */
  public static final int FAIR_WEIGHT = 30;

  /** Soft weight of a published visit moved or dropped. */
  public static final int STABILITY_WEIGHT = 200;

  /** Repeat visits of a village closer than this many days are penalised per day closer. */
  public static final int SPREAD_DAYS = 7;

  public static final int SPREAD_WEIGHT = 20;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      dayFitsTeamHours(factory),
      villageTimeWindow(factory),
      teamAvailability(factory),
      languageRequirement(factory),
      oneTeamInAVillageADay(factory),
      villageOfAKeptVisit(factory),
      teamVisitsPerWeek(factory),
      teamDayCapacity(factory),
      workingTimePerDay(factory),
      visitPatternDays(factory),
      StockConstraints.simCardsInStock(factory),
      StockConstraints.phoneReturnVisit(factory),
      householdsLeftOut(factory),
      priorityOfVillagesLeftOut(factory),
      travelTime(factory),
      fairWorkload(factory),
      repeatVisitsSpreadOut(factory),
      stability(factory)
    };
  }

  /**
   * A team works within its hours: it leaves its base at the start of its day and must be back by
   * its end (or, where it may stay over, be done with its last village by then). Penalty: minutes
   * over. An unreachable leg counts a day and a half, so it is never worth it.
   */
  Constraint dayFitsTeamHours(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && v.getNext() == null)
        .filter(v -> v.dayEndAfter() > v.getTeamDay().getTeam().dayEnd())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            v -> v.dayEndAfter() - v.getTeamDay().getTeam().dayEnd())
        .asConstraint(DAY_HOURS);
  }

  /**
   * Residents are only at home at some hours, and away on market days: work outside the village's
   * windows helps nobody. Penalty: minutes of work outside them.
   */
  Constraint villageTimeWindow(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && v.windowViolation() > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, v -> (long) v.windowViolation())
        .asConstraint(TIME_WINDOW);
  }

  /** A team on leave or in training cannot visit anyone. Penalty: one per visit that day. */
  Constraint teamAvailability(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && !v.getTeamDay().isAvailable())
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(AVAILABILITY);
  }

  /**
   * Where residents speak only their own language, a team that does not speak it cannot explain
   * e-ID enrolment. Penalty: one per such visit.
   */
  Constraint languageRequirement(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && !v.team().speaks(v.getVillage().languageRequired()))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(LANGUAGE);
  }

  /**
   * Two teams (or two visits) in one village on one day waste a team: the residents at home are
   * helped by the first. Penalty: one per pair.
   */
  Constraint oneTeamInAVillageADay(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(
            Visit.class,
            Joiners.equal(Visit::getVillage),
            Joiners.equal(v -> v.getTeamDay() == null ? null : v.getTeamDay().getDate()))
        .filter((a, b) -> a.assigned() && b.assigned())
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(ONE_TEAM);
  }

  /**
   * The same rule against the published visits kept while re-planning: their villages are taken on
   * their days. Penalty: one per visit.
   */
  Constraint villageOfAKeptVisit(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::assigned)
        .join(
            FixedVisit.class,
            Joiners.equal(v -> v.getVillage().code(), FixedVisit::villageCode),
            Joiners.equal(Visit::date, FixedVisit::date))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .asConstraint(KEPT_VISIT);
  }

  /**
   * A team makes at most its number of visits a week (2 by default): the rest of its week goes to
   * follow-ups at the commune office. Kept published visits count. Penalty: visits over.
   */
  Constraint teamVisitsPerWeek(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::assigned)
        .groupBy(Visit::team, v -> v.getTeamDay().getWeekIndex(), count())
        .filter((team, week, n) -> n + team.fixedVisits(week) > team.maxVisitsPerWeek())
        .penalize(
            HardMediumSoftLongScore.ONE_HARD,
            (team, week, n) -> n + team.fixedVisits(week) - team.maxVisitsPerWeek())
        .asConstraint(WEEKLY_VISITS);
  }

  /**
   * A team can help so many households in a day, or hand out the SIM cards it carries: the visits
   * of a team-day together demand no more than its capacity. Penalty: the demand over.
   */
  Constraint teamDayCapacity(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && v.getDemand() > 0)
        .groupBy(Visit::getTeamDay, sum(Visit::getDemand))
        .filter((day, demand) -> demand > day.getCapacity())
        .penalize(HardMediumSoftLongScore.ONE_HARD, (day, demand) -> demand - day.getCapacity())
        .asConstraint(DAY_CAPACITY);
  }

  /**
   * A team works at most so many minutes a day, riding and visiting (waiting for a window to open
   * does not count). Penalty: minutes over.
   */
  Constraint workingTimePerDay(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && v.getTeamDay().getMaxWorkMinutes() < Integer.MAX_VALUE)
        .groupBy(Visit::getTeamDay, sumLong(v -> (long) v.workMinutes()))
        .filter((day, minutes) -> minutes > day.getMaxWorkMinutes())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, (day, minutes) -> minutes - day.getMaxWorkMinutes())
        .asConstraint(WORK_TIME);
  }

  /**
   * A village with a visit pattern is visited on the days of one of its allowed combinations (e.g.
   * Monday and Thursday). Penalty: its visits that no one combination takes.
   */
  Constraint visitPatternDays(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.assigned() && v.getPattern() != null)
        .groupBy(Visit::getPattern, Visit::getVillage, toList(v -> v.getTeamDay().getDayIndex()))
        .filter((pattern, village, days) -> pattern.misplaced(days) > 0)
        .penalize(
            HardMediumSoftLongScore.ONE_HARD, (pattern, village, days) -> pattern.misplaced(days))
        .asConstraint(VISIT_PATTERN);
  }

  /**
   * The point of the plan: every visit left out leaves its households without help this horizon.
   * Penalty: the households the visit would have helped.
   */
  Constraint householdsLeftOut(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> !v.assigned())
        .penalize(HardMediumSoftLongScore.ONE_MEDIUM, Visit::getHouseholdsExpected)
        .asConstraint(LEFT_OUT);
  }

  /**
   * When not every village can be visited, the ones left out should be those that can best wait:
   * dead-zone villages cannot be helped remotely, low e-ID completion means most work, villages not
   * visited for longest have waited longest, and the planner can raise a village. Penalty: the
   * village's priority per visit left out.
   */
  Constraint priorityOfVillagesLeftOut(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> !v.assigned())
        .penalize(HardMediumSoftLongScore.ONE_SOFT, v -> v.getVillage().priority())
        .asConstraint(PRIORITY);
  }

  /**
   * Time on the road is time not helping residents (and fuel, and risk on mountain tracks).
   * Penalty: minutes travelled, the way back to the base included unless the team stays over.
   */
  Constraint travelTime(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::assigned)
        .penalize(
            HardMediumSoftLongScore.ONE_SOFT,
            v -> v.travelIn() + (v.staysOver() ? 0 : v.travelBack()))
        .asConstraint(TRAVEL);
  }

  /**
   * Teams are volunteers and civil servants with other duties: the work should be shared evenly.
   * Penalty: the square of each team's visits in the horizon, times {@value #FAIR_WEIGHT} (not in a
   * routing benchmark, whose vehicles are no people).
   */
  Constraint fairWorkload(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::assigned)
        .groupBy(Visit::team, count())
        .ifNotExists(RoutingOnly.class)
        .penalize(HardMediumSoftLongScore.ONE_SOFT, (team, n) -> FAIR_WEIGHT * n * n)
        .asConstraint(FAIR);
  }

  /**
   * Residents need days between visits to gather papers and tell neighbours; two visits of one
   * village in the same few days help fewer people (a village with a visit pattern is spaced by its
   * pattern instead). Penalty: {@value #SPREAD_WEIGHT} per day the two are closer than {@value
   * #SPREAD_DAYS} days.
   */
  Constraint repeatVisitsSpreadOut(ConstraintFactory factory) {
    return factory
        .forEachUniquePair(Visit.class, Joiners.equal(Visit::getVillage))
        .filter(
            (a, b) ->
                a.assigned() && b.assigned() && a.getPattern() == null && gap(a, b) < SPREAD_DAYS)
        .penalize(
            HardMediumSoftLongScore.ONE_SOFT, (a, b) -> SPREAD_WEIGHT * (SPREAD_DAYS - gap(a, b)))
        .asConstraint(SPREAD);
  }

  /**
   * Team leads and villages were told the published dates: a published visit released for
   * re-planning should stay where it was if it can. Penalty: {@value #STABILITY_WEIGHT} per
   * published visit moved to another team or day, or left out.
   */
  Constraint stability(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(v -> v.getPublishedDate() != null)
        .filter(
            v ->
                !v.assigned()
                    || !Objects.equals(v.team().code(), v.getPublishedTeam())
                    || !v.date().equals(v.getPublishedDate()))
        .penalize(HardMediumSoftLongScore.ONE_SOFT, v -> STABILITY_WEIGHT)
        .asConstraint(STABILITY);
  }

  private static int gap(Visit a, Visit b) {
    return Math.abs(a.getTeamDay().getDayIndex() - b.getTeamDay().getDayIndex());
  }
}
