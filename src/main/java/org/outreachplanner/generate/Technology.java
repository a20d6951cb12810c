package org.outreachplanner.generate;

import java.nio.charset.StandardCharsets;

/** Radio technology of a survey reading, as written in surveys.csv. */
enum Technology {
  LTE("4G"),
  UMTS("3G"),
  GSM("2G"),
  NONE("none");

  private final byte[] ascii;

  Technology(String label) {
    this.ascii = label.getBytes(StandardCharsets.US_ASCII);
  }

  byte[] ascii() {
    return ascii;
  }
}
