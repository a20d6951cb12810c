package org.outreachplanner.roads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A validated edit of one speed_profile row. Road class and surface are kept in lower case (the
 * costs compare them so); '*' stands for any surface, or for any road class without a row.
 */
public record SpeedChange(
    String roadClass, String surface, TravelMode mode, Season season, double kmh, String note) {

  /** The highest speed accepted, in km/h (the CHECK of speed_profile.kmh). */
  public static final double MAX_KMH = 130;

  private static final int MAX_NAME = 64;
  private static final int MAX_NOTE = 500;
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,6}(\\.[0-9]{1,6})?");

  /**
   * Reads an edit from text (the command line, a request body), collecting every problem; throws
   * {@link InvalidSpeedException} listing them all when there is any.
   */
  public static SpeedChange of(
      String roadClass, String surface, String mode, String season, String kmh, String note) {
    List<String> problems = new ArrayList<>();
    String cls = name("road class", roadClass, problems);
    String surf = name("surface", surface, problems);
    TravelMode m = null;
    try {
      m = TravelMode.parse(mode);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    Season s = null;
    try {
      s = Season.parse(season);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    double speed = speed(kmh, problems);
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && (text.length() > MAX_NOTE || hasControl(text))) {
      problems.add("note must be at most " + MAX_NOTE + " characters of plain text");
    }
    if (!problems.isEmpty()) {
      throw new InvalidSpeedException(problems);
    }
    return new SpeedChange(cls, surf, m, s, speed, text);
  }

  private static String name(String what, String value, List<String> problems) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      problems.add(what + " is required ('*' for any)");
    } else if (v.length() > MAX_NAME || hasControl(v)) {
      problems.add(what + " must be at most " + MAX_NAME + " characters of plain text");
    }
    return v;
  }

  private static double speed(String kmh, List<String> problems) {
    if (kmh == null || kmh.isBlank()) {
      problems.add("kmh is required");
      return Double.NaN;
    }
    if (!DECIMAL.matcher(kmh.strip()).matches()) {
      problems.add("kmh must be a number such as 40 or 4.5, got '" + kmh.strip() + "'");
      return Double.NaN;
    }
    double v = Double.parseDouble(kmh.strip());
    if (!(v >= 0 && v <= MAX_KMH)) {
      problems.add(
          "kmh must be between 0 and "
              + (int) MAX_KMH
              + " (0 closes the road to that mode), got "
              + kmh.strip());
    }
    return v;
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
