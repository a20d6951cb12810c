package org.outreachplanner.survey;

import org.outreachplanner.i18n.Text;

/**
 * The signal measures a survey reading may carry, each with the range a working receiver can
 * report; the same ranges are CHECK constraints of {@code survey_point}.
 */
enum SignalMeasure {
  /** Reference signal received power (LTE, NR). */
  RSRP("rsrp", -160, -30, "dBm"),
  /** Received signal strength indicator (any technology). */
  RSSI("rssi", -130, 0, "dBm"),
  /** Reference signal received quality (LTE, NR). */
  RSRQ("rsrq", -50, 10, "dB"),
  /** Signal-to-noise ratio (also given as SINR). */
  SNR("snr", -30, 60, "dB");

  private final String column;
  private final double min;
  private final double max;
  private final String unit;

  SignalMeasure(String column, double min, double max, String unit) {
    this.column = column;
    this.min = min;
    this.max = max;
    this.unit = unit;
  }

  /** The canonical column name. */
  String column() {
    return column;
  }

  boolean inRange(double value) {
    return value >= min && value <= max;
  }

  /** For messages, e.g. {@code rsrp is -160 to -30 dBm}. */
  Text range() {
    return Text.of("imports.survey.range", column, (int) min, (int) max, unit);
  }
}
