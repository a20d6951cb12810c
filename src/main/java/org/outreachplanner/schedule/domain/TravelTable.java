package org.outreachplanner.schedule.domain;

/**
 * Travel minutes between the places of a problem (villages and team bases, dense ids 0..n-1) for
 * one mode and season. A pair no way joins costs {@link #UNREACHABLE} minutes: more than any
 * working day, so the day-length constraint rules such a leg out without special cases.
 */
public final class TravelTable {

  /** The minutes of a leg no way joins: a day and a half. */
  public static final int UNREACHABLE = 36 * 60;

  private final String label;
  private final int size;
  private final int[] minutes;
  private final int unreachable;

  public TravelTable(String label, int size) {
    this(label, size, UNREACHABLE);
  }

  /**
   * A table whose legs no way joins cost {@code unreachable} (for tables in finer units than
   * minutes, such as the routing benchmarks' hundredths).
   */
  public TravelTable(String label, int size, int unreachable) {
    this.label = label;
    this.unreachable = unreachable;
    this.size = size;
    this.minutes = new int[Math.multiplyExact(size, size)];
    java.util.Arrays.fill(minutes, unreachable);
    for (int i = 0; i < size; i++) {
      minutes[i * size + i] = 0;
    }
  }

  /** Sets the minutes from place {@code from} to place {@code to} (capped at unreachable). */
  public void put(int from, int to, int value) {
    minutes[from * size + to] = Math.min(Math.max(0, value), unreachable);
  }

  public int minutes(int from, int to) {
    return minutes[from * size + to];
  }

  public boolean reachable(int from, int to) {
    return minutes(from, to) < unreachable;
  }

  public int size() {
    return size;
  }

  /** e.g. "motorbike, rainy season". */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
