package org.outreachplanner.teamweek;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A team's week as one self-contained HTML page for A4 paper: the styles are inline, there is no
 * script and nothing to load, so the page prints as it is and stays readable when saved for use
 * without a connection. Each day of the week has its visits in order and what to bring, or says it
 * is free; a sketch of the routes ({@link RouteSketch}) stands in for the map.
 */
final class WeekPrint {

  private static final String STYLE =
      """
      @page { size: A4; margin: 14mm; }
      body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt;
             color: #111; margin: 0 auto; max-width: 182mm; }
      h1 { font-size: 16pt; margin: 0 0 2mm; }
      h2 { font-size: 12.5pt; margin: 5mm 0 1.5mm; border-bottom: 1px solid #999; }
      p { margin: 1mm 0; }
      table { width: 100%; border-collapse: collapse; }
      th, td { border: 1px solid #bbb; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
      td.n { text-align: right; }
      .day { break-inside: avoid; page-break-inside: avoid; }
      .bring { font-weight: 600; }
      .free h2 { color: #555; }
      .route { break-inside: avoid; page-break-inside: avoid; }
      svg.sketch { display: block; width: 100%; height: auto; max-height: 110mm; margin-top: 2mm; }
      .sketch-note { font-size: 9pt; color: #444; }
      """;

  private WeekPrint() {}

  static String write(TeamWeek week, WeekTexts texts) {
    TeamWeek.Team team = week.team();
    String lang = texts.locale().getLanguage();
    StringBuilder h = new StringBuilder();
    h.append("<!doctype html>\n<html lang=\"")
        .append(lang)
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(esc(texts.t("week.print.title", team.name(), texts.mediumDate(week.monday()))))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body id=\"team-print\" data-team=\"")
        .append(esc(team.code()))
        .append("\" data-week=\"")
        .append(week.monday())
        .append("\">\n<h1>")
        .append(esc(texts.t("week.print.title", team.name(), texts.mediumDate(week.monday()))))
        .append("</h1>\n<p>")
        .append(esc(texts.t("week.print.team", team.code(), team.commune())))
        .append("</p>\n<p>")
        .append(
            esc(
                texts.t(
                    "week.export.totals",
                    week.visits().size(),
                    week.households(),
                    week.travelMinutes())))
        .append("</p>\n");
    if (week.visits().isEmpty()) {
      h.append("<p id=\"no-visits\">").append(esc(texts.t("week.noVisits"))).append("</p>\n");
    }
    Map<LocalDate, TeamWeek.Day> days = new HashMap<>();
    week.days().forEach(d -> days.put(d.date(), d));
    int[] number = {0};
    for (int i = 0; i < 7; i++) {
      LocalDate date = week.monday().plusDays(i);
      TeamWeek.Day day = days.get(date);
      if (day != null) {
        day(h, day, texts, number);
      } else if (!week.visits().isEmpty()) {
        freeDay(h, date, texts);
      }
    }
    if (!week.visits().isEmpty()) {
      h.append("<section class=\"route\"><h2>")
          .append(esc(texts.t("week.route")))
          .append("</h2>\n")
          .append(RouteSketch.svg(week, texts))
          .append("<p class=\"sketch-note\">")
          .append(esc(texts.t("week.sketch.note")))
          .append("</p></section>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  /** A day without visits: its heading and "free day". */
  private static void freeDay(StringBuilder h, LocalDate date, WeekTexts texts) {
    h.append("<section class=\"day free\" data-date=\"")
        .append(date)
        .append("\"><h2>")
        .append(esc(capitalised(texts.longDate(date), texts.locale())))
        .append("</h2>\n<p>")
        .append(esc(texts.t("week.freeDay")))
        .append("</p></section>\n");
  }

  /** What to bring on a day, or that the team's stock is not set. */
  static String bringLine(TeamWeek.Day day, WeekTexts texts) {
    return day.bring() == null
        ? texts.t("week.export.stockNotSet", day.households())
        : texts.t(
            "week.export.bringLine",
            day.households(),
            day.bring().simCards(),
            day.bring().loanerPhones());
  }

  /**
   * A day: its heading, what to bring and a table of its visits in order, numbered through the week
   * as on the route sketch (`number` holds the last number used).
   */
  private static void day(StringBuilder h, TeamWeek.Day day, WeekTexts texts, int[] number) {
    h.append("<section class=\"day\" data-date=\"")
        .append(day.date())
        .append("\"><h2>")
        .append(esc(capitalised(texts.longDate(day.date()), texts.locale())))
        .append("</h2>\n<p class=\"bring\">")
        .append(esc(bringLine(day, texts)))
        .append("</p>\n<table><thead><tr><th>#</th><th>")
        .append(esc(texts.t("week.village")))
        .append("</th><th>")
        .append(esc(texts.t("week.arrival")))
        .append("</th><th>")
        .append(esc(texts.t("week.work")))
        .append("</th><th>")
        .append(esc(texts.t("week.travel")))
        .append("</th><th>")
        .append(esc(texts.t("week.households")))
        .append("</th></tr></thead><tbody>\n");
    for (TeamWeek.Visit v : day.visits()) {
      h.append("<tr class=\"visit\"><td class=\"n\">")
          .append(++number[0])
          .append("</td><td>")
          .append(esc(v.villageName()))
          .append(v.overnight() ? " · " + esc(texts.t("week.overnight")) : "")
          .append("</td><td>")
          .append(texts.time(v.arrival()))
          .append("</td><td>")
          .append(texts.time(v.start()))
          .append("–")
          .append(texts.time(v.departure()))
          .append("</td><td class=\"n\">")
          .append(esc(texts.t("week.minutes", texts.number(v.travelMinutes()))))
          .append("</td><td class=\"n\">")
          .append(texts.number(v.households()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static String capitalised(String text, Locale locale) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }

  private static String esc(String text) {
    return htmlEscape(text, "UTF-8");
  }
}
