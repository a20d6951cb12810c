package org.outreachplanner.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * What to plan: an area (a commune or province code), the Monday the horizon starts, how many weeks
 * (1 to 8), the solver's time limit in seconds (null: the configured one), and the villages whose
 * published visits may be re-planned (["*"] for all; by default published visits are kept).
 */
public record SolveRequest(
    String area, LocalDate firstWeek, int weeks, Integer seconds, List<String> release) {

  public static final int MAX_WEEKS = 8;
  public static final int MAX_SECONDS = 86_400;

  public SolveRequest {
    release = release == null ? List.of() : List.copyOf(release);
  }

  /** Why the request cannot be planned, or null when it can. */
  public String problem() {
    if (area == null || area.isBlank()) {
      return "the area (a commune or province code) is missing";
    }
    if (firstWeek == null) {
      return "the first week (a Monday, YYYY-MM-DD) is missing";
    }
    if (firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
      return "the first week must start on a Monday: "
          + firstWeek
          + " is a "
          + firstWeek.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT);
    }
    if (weeks < 1 || weeks > MAX_WEEKS) {
      return "weeks must be between 1 and " + MAX_WEEKS + ", not " + weeks;
    }
    if (seconds != null && (seconds < 1 || seconds > MAX_SECONDS)) {
      return "the time limit must be between 1 and " + MAX_SECONDS + " seconds, not " + seconds;
    }
    return null;
  }

  public boolean released(String villageCode) {
    return release.contains("*") || release.contains(villageCode);
  }

  public LocalDate lastDay() {
    return firstWeek.plusDays(7L * weeks - 1);
  }
}
