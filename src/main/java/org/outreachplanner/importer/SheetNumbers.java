package org.outreachplanner.importer;

import java.util.Set;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.Text;

/**
 * Numbers a sheet holds as text, in either locale: {@code 1.202} or {@code 1 202} in a Vietnamese
 * sheet, {@code 1,202.5} in an English one, {@code 1.202,5} in a Vietnamese one. A text that reads
 * two ways — one separator followed by exactly three digits, as in {@code 1.202} — is one thousand
 * two hundred and two in a column of whole numbers, and refused with both readings where decimals
 * are possible.
 */
final class SheetNumbers {

  /** Columns of whole numbers (counts) among the kinds a sheet can hold. */
  static final Set<String> WHOLE =
      Set.of("households", "residents", "eligible", "eid_done", "members");

  /** Columns of numbers that may have decimals, besides the coordinates. */
  static final Set<String> DECIMAL =
      Set.of(
          "centre_lon",
          "centre_lat",
          "signal",
          "quality",
          "rsrp",
          "rsrq",
          "snr",
          "rssi",
          "rxlev",
          "rscp",
          "ecno",
          "nr_rsrp",
          "nr_rsrq",
          "nr_sinr");

  private static final Pattern SPACES = Pattern.compile("(?<=\\d)[\\s\\u00a0\\u202f](?=\\d{3})");
  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+");
  private static final Pattern GROUPED_DOTS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+");
  private static final Pattern GROUPED_COMMAS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");
  private static final Pattern ONE_SEPARATOR = Pattern.compile("[+-]?\\d*[.,]\\d+");
  private static final Pattern ENGLISH = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})*\\.\\d+");
  private static final Pattern VIETNAMESE = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})*,\\d+");

  private SheetNumbers() {}

  /**
   * The number written in {@code text} as plain digits ({@code 1202}, {@code 1202.5}); the text as
   * it is when it is no number (its column's reader says why); refused when it reads two ways.
   */
  static Parsed<String> read(String text, boolean whole) {
    String t = SPACES.matcher(text.strip()).replaceAll("");
    if (PLAIN.matcher(t).matches()) {
      return Parsed.of(t);
    }
    boolean leadingZero = t.matches("[+-]?0\\d*[.,].*");
    if (!leadingZero
        && (GROUPED_DOTS.matcher(t).matches() || GROUPED_COMMAS.matcher(t).matches())) {
      String grouped = t.replace(".", "").replace(",", "");
      boolean once = t.indexOf('.') == t.lastIndexOf('.') && t.indexOf(',') == t.lastIndexOf(',');
      if (whole || !once) {
        return Parsed.of(grouped);
      }
      String decimal = t.replace(',', '.');
      return Parsed.refused(Text.of("imports.sheet.twoReadings", text.strip(), grouped, decimal));
    }
    if (ENGLISH.matcher(t).matches()) {
      return Parsed.of(t.replace(",", ""));
    }
    if (VIETNAMESE.matcher(t).matches()) {
      return Parsed.of(t.replace(".", "").replace(',', '.'));
    }
    if (ONE_SEPARATOR.matcher(t).matches()) {
      return Parsed.of(t.replace(',', '.'));
    }
    return Parsed.of(text);
  }
}
