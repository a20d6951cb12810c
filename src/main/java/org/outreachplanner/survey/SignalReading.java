package org.outreachplanner.survey;

import java.util.Arrays;

/**
 * The signal values of one survey reading, indexed by {@link SignalMeasure#ordinal()}; {@link
 * Double#NaN} marks a value that was not measured (unknown).
 */
record SignalReading(double[] values) {

  /** A reading without any signal value, e.g. one of no service. */
  static final SignalReading NOT_MEASURED = new SignalReading(notMeasured());

  /** Builds from values indexed by {@link SignalMeasure#ordinal()} (copied). */
  static SignalReading of(double[] values) {
    return new SignalReading(values.clone());
  }

  double get(SignalMeasure measure) {
    return values[measure.ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignalReading r && Arrays.equals(values, r.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }

  private static double[] notMeasured() {
    double[] v = new double[SignalMeasure.values().length];
    Arrays.fill(v, Double.NaN);
    return v;
  }
}
