package org.outreachplanner.api;

/**
 * Level-2 e-ID completion: the share of eligible residents (aged 14 or over) who have it, in
 * percent rounded to one decimal, and null when nobody is eligible (no data, not 0 %).
 */
public final class Completion {

  private Completion() {}

  /**
   * The SQL expression of the completion of two integer expressions. Both arguments are column
   * expressions written in the calling repository's SQL constants, never user input.
   */
  public static String sql(String done, String eligible) {
    return "CASE WHEN %2$s > 0 THEN round(100.0 * %1$s / %2$s, 1) END".formatted(done, eligible);
  }
}
