package org.outreachplanner.generate;

import java.nio.charset.StandardCharsets;

/** The mobile operators of the survey readings, with the share of readings each one gets. */
enum Operator {
  VIETTEL("Viettel", 0.6),
  VNPT("VNPT", 0.25),
  MOBIFONE("MobiFone", 0.15);

  private final byte[] ascii;
  private final double shareOfReadings;

  Operator(String label, double shareOfReadings) {
    this.ascii = label.getBytes(StandardCharsets.US_ASCII);
    this.shareOfReadings = shareOfReadings;
  }

  byte[] ascii() {
    return ascii;
  }

  static Operator pick(double uniform) {
    double cumulative = 0;
    for (Operator operator : values()) {
      cumulative += operator.shareOfReadings;
      if (uniform < cumulative) {
        return operator;
      }
    }
    return MOBIFONE;
  }
}
