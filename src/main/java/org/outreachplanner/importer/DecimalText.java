package org.outreachplanner.importer;

/**
 * Strict parsing of decimal numbers in file cells: an optional sign, digits with an optional
 * fraction, and an optional exponent. Nothing else is a number: no {@code NaN} or {@code Infinity},
 * no hexadecimal, no thousands separators, no Java suffixes such as {@code 1d}. A decimal comma is
 * read only when the import asks for it.
 *
 * <p>This is the one number parser of the imports (the survey's signal values, CSV coordinates and
 * the other decimal columns): it reads the common short numbers without allocating. Callers that
 * explain a refusal in their own words ({@link ValueParsers#decimal}, {@link CoordinateText}) do so
 * only after it has refused.
 */
public final class DecimalText {

  /** Up to this many digits, a number without exponent is computed exactly without parsing. */
  private static final int FAST_DIGITS = 15;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  private DecimalText() {}

  /** The value of {@code text}, or {@link Double#NaN} when it is not a number. */
  public static double parse(String text, boolean decimalComma) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    boolean inFraction = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (inFraction) {
          fractionDigits++;
        }
      } else if (!inFraction && (c == '.' || (c == ',' && decimalComma))) {
        inFraction = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i == n && digits <= FAST_DIGITS) {
      double value = mantissa / POWERS_OF_TEN[fractionDigits];
      return negative ? -value : value;
    }
    if (i < n && !isExponent(text, i)) {
      return Double.NaN;
    }
    // exponent or many digits: the JDK parses the (already checked) text correctly rounded
    return Double.parseDouble(decimalComma ? text.replace(',', '.') : text);
  }

  /**
   * True when {@code text} has a comma next to a point or a second comma, so that the comma can
   * only be a thousands separator (or a list), never a decimal comma.
   */
  static boolean commaCannotBeDecimal(String text) {
    int comma = text.indexOf(',');
    return comma >= 0 && (text.indexOf('.') >= 0 || comma != text.lastIndexOf(','));
  }

  private static boolean isExponent(String text, int i) {
    int n = text.length();
    if (text.charAt(i) != 'e' && text.charAt(i) != 'E') {
      return false;
    }
    i++;
    if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      i++;
    }
    if (i == n) {
      return false;
    }
    for (; i < n; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
