package org.outreachplanner.schedule.domain;

import java.time.LocalDate;

/**
 * Loaner phones a team lent at a village and has not got back: the team returns to the village on
 * or before the due day (the last day it lent phones there plus the planners' number of days), to
 * take them back or finish the activations they were lent for. Only returns due in the horizon are
 * facts; one already overdue is due in the horizon's first week.
 *
 * @param teamCode the team that lent them (its ledger counts them out until it reports them back)
 * @param villageCode the village
 * @param phones how many are still out
 * @param lastLent the last day phones were lent there
 * @param due the day the return visit is due
 * @param dueIndex the due day's index from the horizon's first Monday
 * @param horizonDays days in the horizon
 */
public record PhoneReturn(
    String teamCode,
    String villageCode,
    int phones,
    LocalDate lastLent,
    LocalDate due,
    int dueIndex,
    int horizonDays) {

  /**
   * Days this visit of the village is late for the return: 0 when the lending team makes it on or
   * before the due day; when another team makes it or it is left out, the days from the due day to
   * the end of the horizon (as if made the day after).
   */
  public int daysLate(Visit visit) {
    if (visit.assigned() && visit.team().code().equals(teamCode)) {
      return Math.max(0, visit.getTeamDay().getDayIndex() - dueIndex);
    }
    return horizonDays - dueIndex;
  }
}
