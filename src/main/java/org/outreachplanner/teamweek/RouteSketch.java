package org.outreachplanner.teamweek;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The printed week's route sketch as SVG: the base, each day's stops numbered through the week (the
 * numbers of the day tables) joined by straight lines in the day's colour, a scale bar and a north
 * arrow. Positions are projected on a local plane (longitudes shortened by the cosine of the
 * latitude), so distances and the scale bar hold across the sketch; at least 2 km are shown, so a
 * week next to the base is not blown up to a blot.
 */
final class RouteSketch {

  static final String[] DAY_COLOURS = {
    "#1b6ca8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d"
  };

  static final double WIDTH = 600;
  static final double HEIGHT = 380;
  private static final double PAD = 36;
  private static final double MIN_SPAN_M = 2000;
  private static final double METRES_PER_DEGREE = 111_320;

  private final double minX;
  private final double maxY;
  private final double scale;
  private final double offsetX;
  private final double offsetY;
  private final double cosLat;

  private RouteSketch(TeamWeek week) {
    TeamWeek.Team team = week.team();
    double lat0 = team.baseLat();
    cosLat = Math.cos(Math.toRadians(lat0));
    double x0 = x(team.baseLon()), y0 = y(team.baseLat());
    double loX = x0, hiX = x0, loY = y0, hiY = y0;
    for (TeamWeek.Visit v : week.visits()) {
      loX = Math.min(loX, x(v.lon()));
      hiX = Math.max(hiX, x(v.lon()));
      loY = Math.min(loY, y(v.lat()));
      hiY = Math.max(hiY, y(v.lat()));
    }
    double spanX = Math.max(hiX - loX, MIN_SPAN_M), spanY = Math.max(hiY - loY, MIN_SPAN_M);
    scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD - 30) / spanY);
    minX = (loX + hiX) / 2 - spanX / 2;
    maxY = (loY + hiY) / 2 + spanY / 2;
    offsetX = (WIDTH - spanX * scale) / 2;
    offsetY = PAD;
  }

  private double x(double lon) {
    return lon * METRES_PER_DEGREE * cosLat;
  }

  private double y(double lat) {
    return lat * METRES_PER_DEGREE;
  }

  private double px(double lon) {
    return offsetX + (x(lon) - minX) * scale;
  }

  private double py(double lat) {
    return offsetY + (maxY - y(lat)) * scale;
  }

  /** The sketch of the week's days (there is at least one visit), titled for screen readers. */
  static String svg(TeamWeek week, WeekTexts texts) {
    return new RouteSketch(week).draw(week, texts);
  }

  private String draw(TeamWeek week, WeekTexts texts) {
    TeamWeek.Team team = week.team();
    double bx = px(team.baseLon()), by = py(team.baseLat());
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"sketch\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(fmt(WIDTH))
        .append(' ')
        .append(fmt(HEIGHT))
        .append("\" role=\"img\" aria-labelledby=\"sketch-title\"><title id=\"sketch-title\">")
        .append(esc(texts.t("week.sketch.title")))
        .append("</title><rect x=\"0.5\" y=\"0.5\" fill=\"#fff\" stroke=\"#999\" width=\"")
        .append(fmt(WIDTH - 1))
        .append("\" height=\"")
        .append(fmt(HEIGHT - 1))
        .append("\"/>");
    int day = 0;
    int number = 0;
    List<String> stops = new ArrayList<>();
    for (TeamWeek.Day d : week.days()) {
      String colour = DAY_COLOURS[day++ % DAY_COLOURS.length];
      StringBuilder points = new StringBuilder(fmt(bx) + "," + fmt(by));
      for (TeamWeek.Visit v : d.visits()) {
        points.append(' ').append(fmt(px(v.lon()))).append(',').append(fmt(py(v.lat())));
      }
      s.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke-dasharray=\"7 4\" stroke=\"")
          .append(colour)
          .append("\" points=\"")
          .append(points)
          .append("\"/>");
      for (TeamWeek.Visit v : d.visits()) {
        number++;
        stops.add(stop(px(v.lon()), py(v.lat()), colour, number));
      }
    }
    s.append("<rect fill=\"#111\" width=\"12\" height=\"12\" x=\"")
        .append(fmt(bx - 6))
        .append("\" y=\"")
        .append(fmt(by - 6))
        .append("\"/>");
    stops.forEach(s::append);
    s.append(label(bx + 9, by + 16, texts.t("week.base")));
    s.append(northArrow());
    s.append(scaleBar(texts));
    s.append("</svg>\n");
    return s.toString();
  }

  private static String stop(double x, double y, String colour, int number) {
    return "<circle r=\"10\" stroke=\"#fff\" stroke-width=\"1.5\" fill=\""
        + colour
        + "\" cx=\""
        + fmt(x)
        + "\" cy=\""
        + fmt(y)
        + "\"/><text font-size=\"11\" font-weight=\"bold\" fill=\"#fff\" text-anchor=\"middle\" x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y + 4)
        + "\">"
        + number
        + "</text>";
  }

  private static String label(double x, double y, String text) {
    return "<text font-size=\"12\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\" x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\">"
        + esc(text)
        + "</text>";
  }

  /** An arrow pointing up with an N, in the top right corner. */
  private static String northArrow() {
    double x = WIDTH - 28;
    return "<g class=\"north\"><polygon fill=\"#111\" points=\""
        + fmt(x)
        + ",14 "
        + fmt(x - 8)
        + ",40 "
        + fmt(x)
        + ",34 "
        + fmt(x + 8)
        + ",40\"/><text font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" x=\""
        + fmt(x)
        + "\" y=\"56\">N</text></g>";
  }

  /** A bar of a round length (1, 2 or 5 times a power of ten metres) about a fifth as wide. */
  private String scaleBar(WeekTexts texts) {
    double target = WIDTH / 5 / scale;
    double power = Math.pow(10, Math.floor(Math.log10(target)));
    double metres = power;
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power <= target) {
        metres = step * power;
      }
    }
    double length = metres * scale;
    double y = HEIGHT - 18;
    String text =
        metres >= 1000
            ? texts.t("week.sketch.km", texts.decimal(metres / 1000))
            : texts.t("week.sketch.m", texts.number(Math.round(metres)));
    return "<g class=\"scale-bar\"><rect fill=\"#111\" x=\"16\" y=\""
        + fmt(y)
        + "\" height=\"5\" width=\""
        + fmt(length)
        + "\"/>"
        + label(16, y - 5, text)
        + "</g>";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(String text) {
    return htmlEscape(text, "UTF-8");
  }
}
