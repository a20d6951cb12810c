package org.outreachplanner.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.Text;

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
    List<Text> problems = new ArrayList<>();
    String cls = name(true, roadClass, problems);
    String surf = name(false, surface, problems);
    TravelMode m = null;
    try {
      m = TravelMode.parse(mode);
    } catch (IllegalArgumentException e) {
      problems.add(TravelMode.unknown(mode));
    }
    Season s = null;
    try {
      s = Season.parse(season);
    } catch (IllegalArgumentException e) {
      problems.add(Season.unknown(season));
    }
    double speed = speed(kmh, problems);
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && (text.length() > MAX_NOTE || hasControl(text))) {
      problems.add(Text.of("roads.speed.noteTooLong", String.valueOf(MAX_NOTE)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSpeedException(problems);
    }
    return new SpeedChange(cls, surf, m, s, speed, text);
  }

  /** The road class (or else surface) in lower case, after recording what is wrong with it. */
  private static String name(boolean roadClass, String value, List<Text> problems) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      problems.add(
          Text.of(roadClass ? "roads.speed.roadClassRequired" : "roads.speed.surfaceRequired"));
    } else if (v.length() > MAX_NAME || hasControl(v)) {
      problems.add(
          Text.of(
              roadClass ? "roads.speed.roadClassTooLong" : "roads.speed.surfaceTooLong",
              String.valueOf(MAX_NAME)));
    }
    return v;
  }

  private static double speed(String kmh, List<Text> problems) {
    if (kmh == null || kmh.isBlank()) {
      problems.add(Text.of("roads.speed.kmhRequired"));
      return Double.NaN;
    }
    if (!DECIMAL.matcher(kmh.strip()).matches()) {
      problems.add(Text.of("roads.speed.kmhNotNumber", kmh.strip()));
      return Double.NaN;
    }
    double v = Double.parseDouble(kmh.strip());
    if (!(v >= 0 && v <= MAX_KMH)) {
      problems.add(Text.of("roads.speed.kmhRange", String.valueOf((int) MAX_KMH), kmh.strip()));
    }
    return v;
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
