package org.outreachplanner.generate;

/** One reading, reused from point to point so the survey loop allocates nothing. */
final class SignalReading {

  static final int NOT_MEASURED = Integer.MIN_VALUE;

  Technology technology = Technology.NONE;
  int rsrp = NOT_MEASURED;
  int rssi = NOT_MEASURED;
  int rsrq = NOT_MEASURED;
  int snr = NOT_MEASURED;

  void noService() {
    set(Technology.NONE, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED);
  }

  void lte(int rsrp, int rsrq, int snr) {
    set(Technology.LTE, rsrp, NOT_MEASURED, rsrq, snr);
  }

  /** A 3G or 2G reading: phones report the received signal strength only. */
  void rssiOnly(Technology technology, int rssi) {
    set(technology, NOT_MEASURED, rssi, NOT_MEASURED, NOT_MEASURED);
  }

  private void set(Technology technology, int rsrp, int rssi, int rsrq, int snr) {
    this.technology = technology;
    this.rsrp = rsrp;
    this.rssi = rssi;
    this.rsrq = rsrq;
    this.snr = snr;
  }
}
