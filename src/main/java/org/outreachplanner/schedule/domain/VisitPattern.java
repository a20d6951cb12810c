package org.outreachplanner.schedule.domain;

import java.util.Arrays;
import java.util.Collection;

/**
 * The days on which a village's visits may fall: it needs {@code frequency} visits in the horizon,
 * all on the days of one of its allowed combinations (e.g. Monday and Thursday, or Tuesday and
 * Friday). A combination is a bit mask of day indexes of the horizon (bit d: day d after its first
 * Monday).
 *
 * @param frequency visits needed in the horizon
 * @param combinations the allowed combinations, each with {@code frequency} days
 */
public record VisitPattern(int frequency, long[] combinations) {

  public VisitPattern {
    if (combinations.length == 0) {
      throw new IllegalArgumentException("a visit pattern needs at least one day combination");
    }
    for (long c : combinations) {
      if (Long.bitCount(c) != frequency) {
        throw new IllegalArgumentException(
            "the day combination " + Long.toBinaryString(c) + " has not " + frequency + " days");
      }
    }
  }

  /** Whether day {@code dayIndex} belongs to some allowed combination. */
  public boolean allows(int dayIndex) {
    for (long c : combinations) {
      if ((c >>> dayIndex & 1) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Visits on these days (one entry per visit) that no single allowed combination takes: the visits
   * beyond the most any one combination holds, two visits on one day counting once.
   */
  public int misplaced(Collection<Integer> dayIndexes) {
    long days = 0;
    for (int d : dayIndexes) {
      days |= 1L << d;
    }
    int most = 0;
    for (long c : combinations) {
      most = Math.max(most, Long.bitCount(days & c));
    }
    return dayIndexes.size() - most;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VisitPattern p
        && p.frequency == frequency
        && Arrays.equals(p.combinations, combinations);
  }

  @Override
  public int hashCode() {
    return 31 * frequency + Arrays.hashCode(combinations);
  }

  @Override
  public String toString() {
    return frequency + " of " + Arrays.toString(combinations);
  }
}
