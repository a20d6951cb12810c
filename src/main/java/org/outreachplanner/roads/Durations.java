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
}
