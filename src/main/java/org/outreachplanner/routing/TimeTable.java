package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * Seconds and metres from each of some origins (rows) to each of some destinations (columns), in
 * row-major arrays; +∞ where no way was found within the time limit.
 */
public final class TimeTable {

  private final int rows;
  private final int columns;
  private final double[] seconds;
  private final double[] metres;

  TimeTable(int rows, int columns) {
    this.rows = rows;
    this.columns = columns;
    this.seconds = new double[Math.multiplyExact(rows, columns)];
    this.metres = new double[seconds.length];
    Arrays.fill(seconds, Double.POSITIVE_INFINITY);
    Arrays.fill(metres, Double.POSITIVE_INFINITY);
  }

  int rows() {
    return rows;
  }

  int columns() {
    return columns;
  }

  public double seconds(int row, int column) {
    return seconds[row * columns + column];
  }

  public double metres(int row, int column) {
    return metres[row * columns + column];
  }

  public boolean reached(int row, int column) {
    return seconds[row * columns + column] != Double.POSITIVE_INFINITY;
  }

  /** Records a way unless one as fast and no longer is already recorded. */
  void offer(int row, int column, double s, double m) {
    int i = row * columns + column;
    if (s < seconds[i] || (s == seconds[i] && m < metres[i])) {
      seconds[i] = s;
      metres[i] = m;
    }
  }
}
