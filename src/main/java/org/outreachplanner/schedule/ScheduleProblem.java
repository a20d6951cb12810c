package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.Season;
import org.outreachplanner.schedule.domain.Schedule;

/**
 * A planning problem loaded from the database with what the output and the explanation need
 * besides: the area, the season of each date, the published visits kept, and notes on what was
 * missing.
 *
 * @param areaKind commune or province
 * @param areaCode its code
 * @param areaName its name
 * @param schedule the problem for the solver
 * @param seasons the season of each date of the horizon
 * @param kept published visits kept as they are (copied into the new plan, pinned)
 * @param basedOn the published plan re-planned, or null
 * @param villagesDone villages of the area with no work left
 * @param notes what the plan could not take into account
 */
public record ScheduleProblem(
    String areaKind,
    String areaCode,
    String areaName,
    Schedule schedule,
    Map<LocalDate, Season> seasons,
    List<KeptVisit> kept,
    Long basedOn,
    int villagesDone,
    List<Text> notes) {

  /** A published visit kept: the id of its row in the published plan. */
  public record KeptVisit(long visitId, String teamCode, String villageCode, LocalDate date) {}
}
