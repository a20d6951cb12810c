package org.outreachplanner.survey;

/**
 * The signal values of one survey reading; {@link Double#NaN} marks a value that was not measured.
 */
record SignalReading(double rsrp, double rssi, double rsrq, double snr) {

  /** A reading without any signal value, e.g. one of no service. */
  static final SignalReading NOT_MEASURED =
      new SignalReading(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** Builds from values indexed by {@link SignalMeasure#ordinal()}. */
  static SignalReading of(double[] values) {
    return new SignalReading(
        values[SignalMeasure.RSRP.ordinal()],
        values[SignalMeasure.RSSI.ordinal()],
        values[SignalMeasure.RSRQ.ordinal()],
        values[SignalMeasure.SNR.ordinal()]);
  }
}
