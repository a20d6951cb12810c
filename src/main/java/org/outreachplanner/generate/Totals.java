package org.outreachplanner.generate;

/**
 * Published totals a group of villages must add up to exactly; a {@code null} field leaves that
 * count to the generator's usual ratios.
 */
record Totals(Integer households, Integer residents, Integer eligible, Integer eidDone) {

  static final Totals NONE = new Totals(null, null, null, null);
}
