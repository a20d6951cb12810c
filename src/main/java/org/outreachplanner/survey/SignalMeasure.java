package org.outreachplanner.survey;

import org.outreachplanner.i18n.Text;

/**
 * The signal measures a survey reading may carry, each with the range a working receiver can
 * report; the same ranges are CHECK constraints of {@code survey_point}, and the enum's order is
 * the order of the table's measure columns in the COPY.
 */
enum SignalMeasure {
  /** Reference signal received power (LTE; the LTE anchor of a 5G non-standalone reading). */
  RSRP("rsrp", -160, -30, "dBm"),
  /** Received signal strength indicator (2G; 3G or LTE when that is all there is). */
  RSSI("rssi", -130, 0, "dBm"),
  /** Reference signal received quality (LTE). */
  RSRQ("rsrq", -50, 10, "dB"),
  /** Signal-to-noise ratio (also given as SINR). */
  SNR("snr", -30, 60, "dB"),
  /** Received signal code power (3G, UMTS). */
  RSCP("rscp", -130, -20, "dBm"),
  /** Energy per chip over noise, Ec/No (3G quality). */
  ECNO("ecno", -40, 0, "dB"),
  /** NR synchronisation signal RSRP (5G, standalone or non-standalone). */
  NR_RSRP("nr_rsrp", -160, -30, "dBm"),
  /** NR SS-RSRQ (5G quality). */
  NR_RSRQ("nr_rsrq", -50, 20, "dB"),
  /** NR SS-SINR (5G). */
  NR_SINR("nr_sinr", -30, 60, "dB");

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

  /**
   * The measure a file's generic {@code signal} column holds for a reading of this technology (the
   * one its class rests on), or null.
   */
  static SignalMeasure strengthOf(Technology technology) {
    return switch (technology) {
      case G2 -> RSSI;
      case G3 -> RSCP;
      case G4 -> RSRP;
      case G5 -> NR_RSRP;
      case NONE -> null;
    };
  }

  /** The measure a generic {@code quality} column holds for this technology, or null. */
  static SignalMeasure qualityOf(Technology technology) {
    return switch (technology) {
      case G3 -> ECNO;
      case G4 -> RSRQ;
      case G5 -> NR_RSRQ;
      case G2, NONE -> null;
    };
  }

  /**
   * Whether a reading of this technology with these values (indexed by ordinal) has the measure its
   * class rests on (as the SQL function {@code coverage_rank} judges it); without it, its class is
   * unknown.
   */
  static boolean classes(Technology technology, double[] values) {
    return switch (technology) {
      case NONE -> true;
      case G2 -> has(values, RSSI);
      case G3 -> has(values, RSCP) || has(values, RSSI);
      case G4 -> has(values, RSRP);
      case G5 -> has(values, NR_RSRP) || has(values, RSRP);
    };
  }

  private static boolean has(double[] values, SignalMeasure m) {
    return !Double.isNaN(values[m.ordinal()]);
  }

  boolean inRange(double value) {
    return value >= min && value <= max;
  }

  /** For messages, e.g. {@code rsrp is -160 to -30 dBm}. */
  Text range() {
    return Text.of("imports.survey.range", column, (int) min, (int) max, unit);
  }
}
