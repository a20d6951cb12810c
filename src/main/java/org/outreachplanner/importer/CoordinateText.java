package org.outreachplanner.importer;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a coordinate from a CSV cell, strictly: a plain decimal number ({@code 106.25}, {@code
 * -1.5e3}), with a decimal comma only when asked for. No hexadecimal, no type suffixes ({@code
 * 1d}), no thousands separators, no hemisphere letters, never truncated.
 */
final class CoordinateText {

  private static final Set<String> NON_FINITE =
      Set.of("nan", "inf", "infinity", "-inf", "+inf", "-infinity", "+infinity", "-nan", "+nan");

  /** Why a cell is not a coordinate; cheap to throw (no stack trace). */
  static final class Problem extends Exception {
    Problem(String message) {
      super(message, null, false, false);
    }
  }

  private CoordinateText() {}

  static double parse(String text, boolean decimalComma) throws Problem {
    if (text == null) {
      throw new Problem("no value");
    }
    String t = text;
    int comma = t.indexOf(',');
    if (comma >= 0) {
      if (t.indexOf('.') >= 0 || comma != t.lastIndexOf(',')) {
        throw notANumber(text);
      }
      if (!decimalComma) {
        throw new Problem("decimal comma in a number; use --decimal-comma or a decimal point");
      }
      t = t.replace(',', '.');
    }
    if (!isPlainNumber(t)) {
      if (NON_FINITE.contains(t.toLowerCase(Locale.ROOT))) {
        throw new Problem("non-finite coordinate");
      }
      throw notANumber(text);
    }
    double value = Double.parseDouble(t);
    if (!Double.isFinite(value)) {
      throw new Problem("non-finite coordinate");
    }
    return value;
  }

  /** [+-] digits [. digits] [(e|E) [+-] digits], with at least one digit before the exponent. */
  static boolean isPlainNumber(String t) {
    int i = 0;
    int n = t.length();
    if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(t.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < n && isDigit(t.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Problem notANumber(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return new Problem("'" + shown + "' is not a number");
  }
}
