package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outreachplanner.i18n.Text;

/**
 * The soft weight of leaving a village's visit out (docs/schedules.md): dead-zone villages first
 * (they cannot be helped remotely), then low e-ID completion, then villages not visited for
 * longest, plus what the planner sets.
 */
final class VillagePriority {

  static final int DEAD_ZONE = 400;
  static final int WEAK_COVERAGE = 200;
  static final int LOW_COMPLETION = 300;
  static final int UNVISITED = 200;
  static final int UNVISITED_FULL_DAYS = 180;
  static final int PLANNER_STEP = 50;

  /** A village whose last visit was reported not made goes before those never visited. */
  static final int NOT_MADE = 300;

  /** The reasons a team gives are keys {@code schedules.notMade.<code>}. */
  static final String NOT_MADE_REASON = "schedules.notMade.";

  private VillagePriority() {}

  /** A village's priority and what it is made of. */
  record Priority(int weight, Text reasons) {}

  /**
   * @param coverage the coverage class (dead_zone, weak, ... or null when unknown)
   * @param eligible residents aged 14+, or null when unknown (no census figures yet)
   * @param done of them with Level-2 e-ID, or null when unknown
   * @param daysSinceVisit days since the last visit, or -1 when never visited (or not known)
   * @param planner the planner-set priority 0..10
   */
  static Priority of(
      String coverage, Integer eligible, Integer done, int daysSinceVisit, int planner) {
    return of(coverage, eligible, done, daysSinceVisit, planner, null);
  }

  /**
   * As above, and raised by {@link #NOT_MADE} when the village's last visit was reported not made
   * (null when it was not), with the day and the team's reason among the reasons.
   */
  static Priority of(
      String coverage,
      Integer eligible,
      Integer done,
      int daysSinceVisit,
      int planner,
      NotMadeLoader.NotMade notMade) {
    List<Text> reasons = new ArrayList<>();
    int weight = 0;
    if (notMade != null) {
      weight += NOT_MADE;
      reasons.add(notMadeText(notMade));
    }
    String c = coverage == null ? "" : coverage.toLowerCase(Locale.ROOT).replace('-', '_');
    if (c.equals("dead_zone") || c.equals("none") || c.equals("no_service")) {
      weight += DEAD_ZONE;
      reasons.add(Text.of("schedules.priority.deadZone"));
    } else if (c.equals("weak") || c.equals("poor") || c.equals("2g_only")) {
      weight += WEAK_COVERAGE;
      reasons.add(Text.of("schedules.priority.weakCoverage"));
    } else if (c.isEmpty()) {
      reasons.add(Text.of("schedules.priority.coverageUnknown"));
    }
    if (eligible == null || done == null) {
      // unknown completion weighs as none done: the visit is what finds out
      weight += LOW_COMPLETION;
      reasons.add(Text.of("schedules.priority.completionUnknown"));
    } else {
      double completion = eligible == 0 ? 1 : (double) done / eligible;
      weight += (int) Math.round(LOW_COMPLETION * (1 - completion));
      reasons.add(
          Text.of(
              "schedules.priority.completion",
              String.format(Locale.ROOT, "%.0f", 100 * completion)));
    }
    if (daysSinceVisit < 0) {
      weight += UNVISITED;
      reasons.add(Text.of("schedules.priority.neverVisited"));
    } else {
      weight +=
          (int)
              Math.round(
                  UNVISITED
                      * Math.min(daysSinceVisit, UNVISITED_FULL_DAYS)
                      / (double) UNVISITED_FULL_DAYS);
      reasons.add(Text.of("schedules.priority.lastVisit", daysSinceVisit));
    }
    if (planner > 0) {
      weight += PLANNER_STEP * planner;
      reasons.add(Text.of("schedules.priority.planner", String.valueOf(planner)));
    }
    return new Priority(weight, PlanTexts.joined(reasons));
  }

  /** "visit of 8 Dec 2026 not made: road closed (note)". */
  static Text notMadeText(NotMadeLoader.NotMade notMade) {
    Text reason = Text.of(NOT_MADE_REASON + notMade.reason());
    return notMade.notes() == null || notMade.notes().isBlank()
        ? Text.of("schedules.priority.notMade", notMade.date(), reason)
        : Text.of("schedules.priority.notMadeNotes", notMade.date(), reason, notMade.notes());
  }
}
