package org.outreachplanner.generate;

/**
 * Coordinates are rounded to 6 decimals (about 0.1 m) as soon as they are made, so that every file
 * writes exactly the value the generator used: road ends then meet village points bit for bit.
 */
final class CoordinateFormat {

  private static final double MICRO = 1e6;

  private CoordinateFormat() {}

  static double round6(double value) {
    return Math.round(value * MICRO) / MICRO;
  }

  /** Appends a value rounded to 6 decimals, always with 6 digits after the point. */
  static void appendFixed6(StringBuilder out, double value) {
    long micro = Math.round(value * MICRO);
    if (micro < 0) {
      out.append('-');
      micro = -micro;
    }
    out.append(micro / 1_000_000).append('.');
    long fraction = micro % 1_000_000;
    for (long digit = 100_000; digit > 0; digit /= 10) {
      out.append((char) ('0' + (fraction / digit) % 10));
    }
  }

  static String fixed6(double value) {
    StringBuilder out = new StringBuilder(12);
    appendFixed6(out, value);
    return out.toString();
  }
}
