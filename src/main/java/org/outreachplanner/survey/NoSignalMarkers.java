package org.outreachplanner.survey;

import java.util.Arrays;

/**
 * Values that some survey apps write into a signal column when the device found no network at all
 * (configured by {@code outreach.import.no-signal-markers}, by default -200 and -999). A reading
 * holding one is stored as a no-service reading: technology {@code none}, no signal values.
 */
final class NoSignalMarkers {

  private final double[] values;

  private NoSignalMarkers(double[] values) {
    this.values = values;
  }

  /** Parses a comma-separated list such as {@code -200,-999}; blank means no markers. */
  static NoSignalMarkers parse(String list) {
    if (list == null || list.isBlank()) {
      return new NoSignalMarkers(new double[0]);
    }
    return new NoSignalMarkers(
        Arrays.stream(list.split(","))
            .map(String::strip)
            .mapToDouble(Double::parseDouble)
            .toArray());
  }

  boolean matches(double value) {
    for (double marker : values) {
      if (marker == value) {
        return true;
      }
    }
    return false;
  }
}
