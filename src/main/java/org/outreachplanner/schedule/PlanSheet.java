package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.spreadsheet.SheetWriter;

/**
 * A plan's visits as an XLSX sheet for its review: one row per visit, by team, date and order, as
 * {@code GET /api/schedules/{id}/visits} gives them, with typed dates and times.
 */
final class PlanSheet {

  private static final List<String> COLUMNS =
      List.of(
          "team",
          "date",
          "seq",
          "village",
          "villageName",
          "arrival",
          "start",
          "departure",
          "travelMinutes",
          "returnMinutes",
          "overnight",
          "households",
          "pinned");

  private PlanSheet() {}

  static byte[] write(long planId, List<PlanVisitRepository.VisitRow> visits) {
    List<Text> headers = SheetWriter.headers("schedules.xlsx.column.", COLUMNS);
    List<List<Object>> rows = new ArrayList<>();
    for (PlanVisitRepository.VisitRow v : visits) {
      rows.add(
          Arrays.asList(
              v.team(),
              v.date(),
              v.seq(),
              v.village(),
              v.villageName(),
              v.arrival(),
              v.start(),
              v.departure(),
              v.travelMinutes(),
              v.returnMinutes(),
              v.overnight(),
              v.households(),
              v.pinned()));
    }
    return SheetWriter.write(
        Text.of("schedules.xlsx.plan.sheet", String.valueOf(planId)), headers, rows);
  }
}
