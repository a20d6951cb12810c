package org.outreachplanner.teamweek;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.spreadsheet.SheetWriter;

/** A team's week as an XLSX sheet: one row per published visit, in date and visit order. */
final class WeekSheet {

  private static final List<String> COLUMNS =
      List.of(
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
          "lat",
          "lon");

  private WeekSheet() {}

  static byte[] write(TeamWeek week) {
    List<Text> headers = SheetWriter.headers("schedules.xlsx.column.", COLUMNS);
    List<List<Object>> rows = new ArrayList<>();
    for (TeamWeek.Visit v : week.visits()) {
      rows.add(
          Arrays.asList(
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
              v.lat(),
              v.lon()));
    }
    return SheetWriter.write(
        Text.of("schedules.xlsx.week.sheet", week.monday().toString()), headers, rows);
  }
}
