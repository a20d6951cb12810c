package org.outreachplanner.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The weekly progress of an area (docs/progress.md): Level-2 e-ID completion with where its figure
 * comes from, and visits planned against made, by team.
 *
 * @param kind village, commune or province
 * @param code the area's code
 * @param name its name
 * @param firstWeek the Monday of the first week
 * @param weeks the weeks, oldest first
 * @param teams visits and households per team and week (weeks without any left out)
 * @param baseline for a village: the import figure its completion starts from, else null
 */
public record ProgressSeries(
    String kind,
    String code,
    String name,
    LocalDate firstWeek,
    List<Week> weeks,
    List<TeamWeek> teams,
    Baseline baseline) {

  /**
   * One week, as it stood at its end (Sunday midnight).
   *
   * @param weekStart its Monday
   * @param villages villages of the area
   * @param villagesWithoutFigures of them, those with no e-ID figure yet then (unknown)
   * @param eligible residents aged 14+ of the villages with figures, or null when none has any
   * @param fromImports Level-2 e-ID done by the figures of the latest imports then
   * @param fromReports activations reported after those imports (a village at most to its eligible)
   * @param eidDone both together, or null when no village has figures
   * @param completion eidDone / eligible, or null when unknown
   * @param visitsPlanned visits of the published plans that week
   * @param visitsMade visits reported made (planned or not)
   * @param visitsNotMade visits reported not made
   * @param householdsExpected households the published visits expected to help
   * @param householdsHelped households the reports say were helped, or null when none said
   */
  public record Week(
      LocalDate weekStart,
      long villages,
      long villagesWithoutFigures,
      Long eligible,
      Long fromImports,
      Long fromReports,
      Long eidDone,
      Double completion,
      long visitsPlanned,
      long visitsMade,
      long visitsNotMade,
      long householdsExpected,
      Long householdsHelped) {}

  /** A team's visits in a week: planned, made, not made, households expected and helped. */
  public record TeamWeek(
      String team,
      LocalDate weekStart,
      long visitsPlanned,
      long visitsMade,
      long visitsNotMade,
      long householdsExpected,
      Long householdsHelped,
      Long activations) {}

  /**
   * Where a village's figure comes from: the latest import (or other change) and what was reported
   * since.
   *
   * @param eidDone the figure then
   * @param eligible residents aged 14+ then, or null when unknown
   * @param asOf when it was set
   * @param importRun the import run, or null when set another way
   * @param fileName that import's file, or null
   * @param reportedSince activations reported after it (latest versions)
   */
  public record Baseline(
      int eidDone,
      Integer eligible,
      Instant asOf,
      Long importRun,
      String fileName,
      long reportedSince) {}
}
