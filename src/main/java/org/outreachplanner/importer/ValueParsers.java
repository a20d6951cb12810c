package org.outreachplanner.importer;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one cell as the value a column holds. Strict: a cell that is not exactly what
 * the column allows is refused with the reason, never rounded, truncated or guessed.
 */
final class ValueParsers {

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");
  private static final Pattern TIME = Pattern.compile("([0-9]{1,2}):([0-9]{2})");

  private static final Map<String, String> GRID_POWER =
      Map.of(
          "yes", "yes", "co", "yes", "true", "yes", "1", "yes", "no", "no", "khong", "no", "false",
          "no", "0", "no", "unknown", "unknown");
  private static final Map<String, String> TRANSPORT =
      Map.of(
          "motorbike", "motorbike", "xemay", "motorbike", "onfoot", "on_foot", "dibo", "on_foot");
  private static final Map<String, Integer> DAYS = days();

  /** How a road may be driven, relative to the direction its line is drawn in. */
  enum Direction {
    BOTH_WAYS,
    ONE_WAY,
    ONE_WAY_REVERSED
  }

  private ValueParsers() {}

  /** A whole number of at least {@code min}: {@code 47,5}, {@code 1.234} or {@code abc} are not. */
  static Parsed<Integer> count(String text, int min) {
    if (NEGATIVE.matcher(text).matches() && min >= 0) {
      return Parsed.refused(text + " is negative; " + atLeast(min));
    }
    if (!DIGITS.matcher(text).matches()) {
      String hint =
          text.contains(",") || text.contains(".")
              ? "; write whole numbers without decimal or thousands separators"
              : "";
      return Parsed.refused("'" + text + "' is not a whole number" + hint);
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      value = Long.MAX_VALUE;
    }
    if (value > Integer.MAX_VALUE) {
      return Parsed.refused(text + " is too large");
    }
    if (value < min) {
      return Parsed.refused(text + " is too small; " + atLeast(min));
    }
    return Parsed.of((int) value);
  }

  private static String atLeast(int min) {
    return min == 0 ? "it must be 0 or more" : "it must be at least " + min;
  }

  /**
   * A decimal number such as a longitude. {@code decimalComma} reads {@code 21,5} as 21.5; without
   * it a comma is refused rather than read as a thousands separator.
   */
  static Parsed<Double> decimal(String text, boolean decimalComma) {
    double value = DecimalText.parse(text, decimalComma);
    if (Double.isFinite(value)) {
      return Parsed.of(value);
    }
    return Parsed.refused(notADecimal(text, decimalComma, value));
  }

  /** Why {@link DecimalText} refused {@code text} (NaN) or found it too large (infinite). */
  private static String notADecimal(String text, boolean decimalComma, double value) {
    String quoted = "'" + text + "'";
    if (Double.isInfinite(value)) {
      return quoted + " is not a finite number";
    }
    if (decimalComma && DecimalText.commaCannotBeDecimal(text)) {
      return quoted + " is not a number";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("nan") || lower.contains("inf")) {
      return quoted + " is not a finite number";
    }
    if (!decimalComma && text.indexOf(',') >= 0) {
      return quoted + " is not a number (a decimal comma needs the decimal-comma option)";
    }
    return quoted + " is not a number";
  }

  /** {@code yes}, {@code no} or {@code unknown}, from the accepted spellings. */
  static Parsed<String> gridPower(String text) {
    String value = GRID_POWER.get(ColumnAliases.key(text));
    return value != null
        ? Parsed.of(value)
        : Parsed.refused(
            "'" + text + "' is not one of yes, no, unknown (also co, khong, true, false, 1, 0)");
  }

  /** {@code motorbike} or {@code on_foot}, from the accepted spellings. */
  static Parsed<String> transportMode(String text) {
    String value = TRANSPORT.get(ColumnAliases.key(text));
    return value != null
        ? Parsed.of(value)
        : Parsed.refused("'" + text + "' is not one of motorbike, on_foot (also xe_may, di_bo)");
  }

  /** One-way flag of a road; {@code -1} (as in OpenStreetMap) is one way against the line. */
  static Parsed<Direction> oneWay(String text) {
    if (text.equals("-1")) {
      return Parsed.of(Direction.ONE_WAY_REVERSED);
    }
    return switch (ColumnAliases.key(text)) {
      case "yes", "true", "1", "co" -> Parsed.of(Direction.ONE_WAY);
      case "no", "false", "0", "khong", "reversible", "alternating" ->
          Parsed.of(Direction.BOTH_WAYS);
      default ->
          Parsed.refused(
              "'" + text + "' is not one of yes, no, -1 (also true, false, 1, 0, co, khong)");
    };
  }

  /**
   * Working days as ISO day numbers (1 = Monday) in ascending order, from ranges and lists such as
   * {@code Mon-Fri}, {@code Mon,Wed,Fri} or {@code T2-T6} (Vietnamese: T2 = Monday … CN = Sunday).
   */
  static Parsed<List<Integer>> workingDays(String text) {
    String example = "; expected days like Mon-Fri, Mon,Wed,Fri or T2-T6";
    TreeSet<Integer> days = new TreeSet<>();
    for (String token : text.split("[,;]")) {
      String[] ends = token.split("[-–]", -1);
      if (token.isBlank() || ends.length > 2) {
        return Parsed.refused("'" + text + "' is not a list of days" + example);
      }
      Integer first = DAYS.get(ColumnAliases.key(ends[0]));
      Integer last = ends.length == 2 ? DAYS.get(ColumnAliases.key(ends[1])) : first;
      if (first == null || last == null) {
        String bad = first == null ? ends[0].strip() : ends[1].strip();
        return Parsed.refused("'" + bad + "' in '" + text + "' is not a day" + example);
      }
      if (last < first) {
        return Parsed.refused(
            "'"
                + token.strip()
                + "' runs backwards; write a range of days from the first to the"
                + " last, e.g. Mon-Fri");
      }
      for (int d = first; d <= last; d++) {
        days.add(d);
      }
    }
    return Parsed.of(List.copyOf(days));
  }

  /** A time of day written {@code HH:MM} (or {@code H:MM}). */
  static Parsed<LocalTime> timeOfDay(String text) {
    Matcher m = TIME.matcher(text);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      if (hour <= 23 && minute <= 59) {
        return Parsed.of(LocalTime.of(hour, minute));
      }
    }
    return Parsed.refused("'" + text + "' is not a time of day written HH:MM, e.g. 07:30");
  }

  /** The non-empty items of a {@code ;}-separated list, trimmed, in their order. */
  static List<String> list(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
    return List.copyOf(items);
  }

  private static Map<String, Integer> days() {
    String[][] names = {
      {"mon", "monday", "t2", "thu2", "thuhai"},
      {"tue", "tuesday", "t3", "thu3", "thuba"},
      {"wed", "wednesday", "t4", "thu4", "thutu"},
      {"thu", "thursday", "t5", "thu5", "thunam"},
      {"fri", "friday", "t6", "thu6", "thusau"},
      {"sat", "saturday", "t7", "thu7", "thubay"},
      {"sun", "sunday", "cn", "chunhat"}
    };
    Map<String, Integer> byName = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        byName.put(name, i + 1);
      }
    }
    return Map.copyOf(byName);
  }
}
