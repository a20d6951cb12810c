package org.outreachplanner.teamweek;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A team's week as one self-contained HTML page for A4 paper: the styles are inline, there is no
 * script and nothing to load, so the page prints as it is and stays readable when saved for use
 * without a connection. Each day has its visits in order and what to bring; a sketch of the day's
 * routes (straight lines from the base through the villages) stands in for the map.
 */
final class WeekPrint {

  private static final String[] DAY_COLOURS = {
    "#1b6ca8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d"
  };

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
      svg.sketch { width: 100%; max-height: 80mm; border: 1px solid #ccc; margin-top: 3mm; }
      """;

  private WeekPrint() {}

  static String write(TeamWeek week, WeekTexts texts) {
    StringBuilder h = new StringBuilder();
    head(h, week, texts);
    if (week.visits().isEmpty()) {
      h.append("<p id=\"no-visits\">").append(esc(texts.t("week.noVisits"))).append("</p>\n");
    }
    for (TeamWeek.Day day : week.days()) {
      day(h, day, texts);
    }
    if (!week.visits().isEmpty()) {
      h.append(sketch(week, texts));
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  /** The document's head, the title, the team and the week's totals. */
  private static void head(StringBuilder h, TeamWeek week, WeekTexts texts) {
    TeamWeek.Team team = week.team();
    String lang = texts.locale().getLanguage();
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
  }

  /** One day: its date, what to bring and the table of its visits. */
  private static void day(StringBuilder h, TeamWeek.Day day, WeekTexts texts) {
    h.append("<section class=\"day\" data-date=\"")
        .append(day.date())
        .append("\"><h2>")
        .append(esc(capitalised(texts.longDate(day.date()), texts.locale())))
        .append("</h2>\n<p class=\"bring\">")
        .append(
            esc(
                texts.t(
                    "week.export.bringLine",
                    day.households(),
                    day.bring().simCards(),
                    day.bring().loanerPhones())))
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
      visit(h, v, texts);
    }
    h.append("</tbody></table></section>\n");
  }

  /** One visit's row of its day's table. */
  private static void visit(StringBuilder h, TeamWeek.Visit v, WeekTexts texts) {
    h.append("<tr class=\"visit\"><td class=\"n\">")
        .append(v.seq())
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

  /** The day's routes as straight lines from the base through the villages in order. */
  private static String sketch(TeamWeek week, WeekTexts texts) {
    double minLon = week.team().baseLon(), maxLon = minLon;
    double minLat = week.team().baseLat(), maxLat = minLat;
    for (TeamWeek.Visit v : week.visits()) {
      minLon = Math.min(minLon, v.lon());
      maxLon = Math.max(maxLon, v.lon());
      minLat = Math.min(minLat, v.lat());
      maxLat = Math.max(maxLat, v.lat());
    }
    double w = 600, hgt = 300, pad = 30;
    double spanLon = Math.max(maxLon - minLon, 1e-4), spanLat = Math.max(maxLat - minLat, 1e-4);
    double scale = Math.min((w - 2 * pad) / spanLon, (hgt - 2 * pad) / spanLat);
    double fMinLon = minLon, fMaxLat = maxLat;
    java.util.function.DoubleBinaryOperator x = (lon, lat) -> pad + (lon - fMinLon) * scale;
    java.util.function.DoubleBinaryOperator y = (lon, lat) -> pad + (fMaxLat - lat) * scale;
    StringBuilder s = new StringBuilder();
    s.append("<h2>")
        .append(esc(texts.t("week.route")))
        .append("</h2>\n")
        .append("<svg class=\"sketch\" viewBox=\"0 0 600 300\" role=\"img\" aria-label=\"")
        .append(esc(texts.t("week.route")))
        .append("\">");
    double bx = x.applyAsDouble(week.team().baseLon(), week.team().baseLat());
    double by = y.applyAsDouble(week.team().baseLon(), week.team().baseLat());
    int i = 0;
    for (TeamWeek.Day day : week.days()) {
      String colour = DAY_COLOURS[i++ % DAY_COLOURS.length];
      List<String> points = new ArrayList<>();
      points.add(fmt(bx) + "," + fmt(by));
      for (TeamWeek.Visit v : day.visits()) {
        points.add(
            fmt(x.applyAsDouble(v.lon(), v.lat())) + "," + fmt(y.applyAsDouble(v.lon(), v.lat())));
      }
      s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(colour)
          .append("\" points=\"")
          .append(String.join(" ", points))
          .append("\"/>");
      for (TeamWeek.Visit v : day.visits()) {
        double vx = x.applyAsDouble(v.lon(), v.lat()), vy = y.applyAsDouble(v.lon(), v.lat());
        s.append("<circle r=\"4\" fill=\"")
            .append(colour)
            .append("\" cx=\"")
            .append(fmt(vx))
            .append("\" cy=\"")
            .append(fmt(vy))
            .append("\"/><text font-size=\"11\" x=\"")
            .append(fmt(vx + 6))
            .append("\" y=\"")
            .append(fmt(vy - 4))
            .append("\">")
            .append(esc(v.villageName()))
            .append("</text>");
      }
    }
    s.append("<rect width=\"9\" height=\"9\" fill=\"#111\" x=\"")
        .append(fmt(bx - 4.5))
        .append("\" y=\"")
        .append(fmt(by - 4.5))
        .append("\"/><text font-size=\"11\" x=\"")
        .append(fmt(bx + 7))
        .append("\" y=\"")
        .append(fmt(by + 12))
        .append("\">")
        .append(esc(texts.t("week.base")))
        .append("</text></svg>\n");
    return s.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String capitalised(String text, Locale locale) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }

  private static String esc(String text) {
    return htmlEscape(text, "UTF-8");
  }
}
