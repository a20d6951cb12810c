package org.outreachplanner.roads;

/** Travel times in words: "45 min", "2 h 05 min". */
final class Durations {

  private Durations() {}

  static String words(double seconds) {
    long minutes = Math.round(seconds / 60);
    if (minutes < 60) {
      return minutes + " min";
    }
    return String.format("%d h %02d min", minutes / 60, minutes % 60);
  }

  /** A short duration for a progress line: "42 s", "3 min 05 s". */
  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : String.format("%d min %02d s", s / 60, s % 60);
  }
}
