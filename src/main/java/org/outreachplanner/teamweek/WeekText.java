package org.outreachplanner.teamweek;

/** A team's week as short plain text for SMS or chat: a heading, then one line per visit. */
final class WeekText {

  private WeekText() {}

  static String write(TeamWeek week, WeekTexts texts) {
    StringBuilder out = new StringBuilder();
    out.append(texts.t("week.txt.header", week.team().name(), texts.mediumDate(week.monday())))
        .append('\n');
    if (week.visits().isEmpty()) {
      out.append(texts.t("week.noVisits")).append('\n');
      return out.toString();
    }
    for (TeamWeek.Visit v : week.visits()) {
      out.append(
              texts.t(
                  "week.export.txt.line",
                  texts.shortDate(v.date()),
                  String.valueOf(v.seq()),
                  v.villageName(),
                  texts.time(v.arrival()),
                  texts.time(v.departure()),
                  v.travelMinutes(),
                  v.households()))
          .append('\n');
    }
    return out.toString();
  }
}
