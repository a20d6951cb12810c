package org.outreachplanner.importer;

import java.util.Locale;
import java.util.Set;
import org.outreachplanner.i18n.Text;

/**
 * Reads a coordinate from a CSV cell, strictly: a plain decimal number ({@code 106.25}, {@code
 * -1.5e3}), with a decimal comma only when asked for. No hexadecimal, no type suffixes ({@code
 * 1d}), no thousands separators, no hemisphere letters, never truncated. The number is read by
 * {@link DecimalText}; this class words its refusals for a coordinate.
 */
final class CoordinateText {

  private static final Set<String> NON_FINITE =
      Set.of("nan", "inf", "infinity", "-inf", "+inf", "-infinity", "+infinity", "-nan", "+nan");

  /** Why a cell is not a coordinate; cheap to throw (no stack trace). */
  static final class Problem extends Exception {
    private final transient Text reason;

    Problem(Text reason) {
      super(reason.key(), null, false, false);
      this.reason = reason;
    }

    Text reason() {
      return reason;
    }
  }

  private CoordinateText() {}

  static double parse(String text, boolean decimalComma) throws Problem {
    if (text == null) {
      throw new Problem(Text.of("imports.coordinates.noValue"));
    }
    double value = DecimalText.parse(text, decimalComma);
    if (Double.isFinite(value)) {
      return value;
    }
    if (Double.isInfinite(value)) {
      throw new Problem(Text.of("imports.coordinates.nonFinite"));
    }
    if (DecimalText.commaCannotBeDecimal(text)) {
      throw notANumber(text);
    }
    if (!decimalComma && text.indexOf(',') >= 0) {
      throw new Problem(Text.of("imports.coordinates.decimalComma"));
    }
    if (NON_FINITE.contains(text.toLowerCase(Locale.ROOT))) {
      throw new Problem(Text.of("imports.coordinates.nonFinite"));
    }
    throw notANumber(text);
  }

  private static Problem notANumber(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return new Problem(Text.of("imports.value.notANumber", shown));
  }
}
