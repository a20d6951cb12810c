package org.outreachplanner.schedule.domain;

import java.util.Arrays;

/**
 * When a village's residents are at home to be helped, per ISO day of the week: minute-of-day pairs
 * (opens, closes) in order. A day with no restriction has {@code null}; a market day (the residents
 * are away) has no window at all.
 */
public final class TimeWindows {

  /** No restriction on any day. */
  public static final TimeWindows ANY_TIME = new TimeWindows(new int[8][]);

  private final int[][] byIsoDay;

  /** {@code byIsoDay[d]} for d = 1..7: (opens, closes) pairs, or null for any time. */
  public TimeWindows(int[][] byIsoDay) {
    if (byIsoDay.length != 8) {
      throw new IllegalArgumentException("windows are given for ISO days 1..7");
    }
    this.byIsoDay = byIsoDay;
  }

  public boolean restricted(int isoDay) {
    return byIsoDay[isoDay] != null;
  }

  /** The pairs of a day (null: any time). */
  public int[] on(int isoDay) {
    return byIsoDay[isoDay];
  }

  /**
   * When work can start for a team arriving at {@code arrival} with {@code duration} minutes of
   * work: the earliest window the work fits in (waiting for it to open), else the opening of the
   * window it overruns least, else the arrival.
   */
  public int start(int isoDay, int arrival, int duration) {
    int[] w = byIsoDay[isoDay];
    if (w == null) {
      return arrival;
    }
    int best = arrival;
    int bestOverrun = Integer.MAX_VALUE;
    for (int i = 0; i < w.length; i += 2) {
      int s = Math.max(arrival, w[i]);
      int overrun = Math.max(0, s + duration - w[i + 1]);
      if (overrun == 0) {
        return s;
      }
      if (overrun < bestOverrun) {
        bestOverrun = overrun;
        best = s;
      }
    }
    return best;
  }

  /**
   * Minutes of the work outside every window: 0 when it fits one; the whole duration on a day
   * without windows (a market day).
   */
  public int violation(int isoDay, int arrival, int duration) {
    int[] w = byIsoDay[isoDay];
    if (w == null) {
      return 0;
    }
    if (w.length == 0) {
      return duration;
    }
    int least = Integer.MAX_VALUE;
    for (int i = 0; i < w.length; i += 2) {
      int s = Math.max(arrival, w[i]);
      least = Math.min(least, Math.max(0, s + duration - w[i + 1]));
    }
    return Math.min(least, duration);
  }

  /** Whether some day of the team's week has a window a visit of this length fits in. */
  public boolean fitsSomeDay(int[] isoDays, int dayStart, int dayEnd, int duration) {
    for (int d : isoDays) {
      int[] w = byIsoDay[d];
      if (w == null) {
        return true;
      }
      for (int i = 0; i < w.length; i += 2) {
        if (Math.min(w[i + 1], dayEnd) - Math.max(w[i], dayStart) >= duration) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return Arrays.deepToString(byIsoDay);
  }
}
