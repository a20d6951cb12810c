package org.outreachplanner.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.spreadsheet.SheetWriter;

/**
 * A progress series as an XLSX workbook: the weeks on one sheet, the visits by team on another,
 * with the figures of {@code GET /api/progress}. A week starts as a date cell, counts are numbers,
 * completion is a percentage, and an unknown figure is an empty cell, never 0.
 */
final class ProgressSheet {

  /** The weekly sheet's columns, named as the fields of {@link ProgressSeries.Week}. */
  static final List<String> WEEK_COLUMNS =
      List.of(
          "weekStart",
          "villages",
          "villagesWithoutFigures",
          "eligible",
          "fromImports",
          "fromReports",
          "eidDone",
          "completion",
          "visitsPlanned",
          "visitsMade",
          "visitsNotMade",
          "householdsExpected",
          "householdsHelped");

  /** The team sheet's columns, named as the fields of {@link ProgressSeries.TeamWeek}. */
  static final List<String> TEAM_COLUMNS =
      List.of(
          "team",
          "weekStart",
          "visitsPlanned",
          "visitsMade",
          "visitsNotMade",
          "householdsExpected",
          "householdsHelped",
          "activations");

  private static final String COLUMN = "progress.xlsx.column.";

  private ProgressSheet() {}

  /** The workbook of a series: its weeks, then its visits by team. */
  static byte[] write(ProgressSeries series) {
    // Arrays.asList keeps a null: an unknown figure, written as an empty cell
    List<List<Object>> weeks = new ArrayList<>();
    for (ProgressSeries.Week w : series.weeks()) {
      weeks.add(
          Arrays.asList(
              w.weekStart(),
              w.villages(),
              w.villagesWithoutFigures(),
              w.eligible(),
              w.fromImports(),
              w.fromReports(),
              w.eidDone(),
              w.completion() == null ? null : new SheetWriter.Percent(w.completion()),
              w.visitsPlanned(),
              w.visitsMade(),
              w.visitsNotMade(),
              w.householdsExpected(),
              w.householdsHelped()));
    }
    List<List<Object>> teams = new ArrayList<>();
    for (ProgressSeries.TeamWeek t : series.teams()) {
      teams.add(
          Arrays.asList(
              t.team(),
              t.weekStart(),
              t.visitsPlanned(),
              t.visitsMade(),
              t.visitsNotMade(),
              t.householdsExpected(),
              t.householdsHelped(),
              t.activations()));
    }
    return SheetWriter.write(
        List.of(
            new SheetWriter.Table(
                Text.of("progress.xlsx.weeks.sheet"),
                SheetWriter.headers(COLUMN, WEEK_COLUMNS),
                weeks),
            new SheetWriter.Table(
                Text.of("progress.xlsx.teams.sheet"),
                SheetWriter.headers(COLUMN, TEAM_COLUMNS),
                teams)));
  }

  /** The file name of a series' workbook. */
  static String fileName(ProgressSeries series) {
    return "progress-" + series.code() + ".xlsx";
  }
}
