package org.outreachplanner.importer;

/**
 * The markers survey apps and spreadsheets write for a value that is not known: {@code -}, {@code
 * NA}, {@code N/A}, {@code null} (any case) and Android's "unavailable" ({@code 2147483647},
 * Integer.MAX_VALUE). An empty cell is missing too (the readers give null for it). A value read as
 * one of these is unknown, never zero.
 */
public final class MissingValues {

  private static final String ANDROID_UNAVAILABLE = "2147483647";

  private MissingValues() {}

  /** Whether a cell's text (already stripped) marks a missing value. */
  public static boolean is(String text) {
    if (text == null) {
      return true;
    }
    int n = text.length();
    if (n == 0 || n > 10) {
      return n == 0;
    }
    return switch (n) {
      case 1 -> text.charAt(0) == '-';
      case 2 -> text.equalsIgnoreCase("NA");
      case 3 -> text.equalsIgnoreCase("N/A");
      case 4 -> text.equalsIgnoreCase("null");
      case 10 -> text.equals(ANDROID_UNAVAILABLE);
      default -> false;
    };
  }

  /** The text, or null when it marks a missing value. */
  public static String orNull(String text) {
    return is(text) ? null : text;
  }
}
