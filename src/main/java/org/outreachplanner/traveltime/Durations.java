package org.outreachplanner.traveltime;

import java.util.Locale;
import org.outreachplanner.i18n.Text;

/** Travel times in words: "45 min", "2 h 05 min". */
public final class Durations {

  private Durations() {}

  /** The time to the minute, in words of the reader's language. */
  public static Text text(double seconds) {
    long minutes = Math.round(seconds / 60);
    if (minutes < 60) {
      return Text.of("roads.duration.minutes", String.valueOf(minutes));
    }
    return Text.of(
        "roads.duration.hours",
        String.valueOf(minutes / 60),
        String.format(Locale.ROOT, "%02d", minutes % 60));
  }

  /** The time to the minute in English, for the command line. */
  public static String words(double seconds) {
    return text(seconds).english();
  }

  /** A short duration for a progress line: "42 s", "3 min 05 s". */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : String.format("%d min %02d s", s / 60, s % 60);
  }
}
