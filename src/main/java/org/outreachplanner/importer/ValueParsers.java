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
import org.outreachplanner.i18n.Text;

/**
 * Reads the text of one cell as the value a column holds. Strict: a cell that is not exactly what
 * the column allows is refused with the reason, never rounded, truncated or guessed.
 */
public final class ValueParsers {

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
  public enum Direction {
    BOTH_WAYS,
    ONE_WAY,
    ONE_WAY_REVERSED
  }

  private ValueParsers() {}

  /** A whole number of at least {@code min}: {@code 47,5}, {@code 1.234} or {@code abc} are not. */
  static Parsed<Integer> count(String text, int min) {
    if (NEGATIVE.matcher(text).matches() && min >= 0) {
      return Parsed.refused(Text.of("imports.value.negative", text, atLeast(min)));
    }
    if (!DIGITS.matcher(text).matches()) {
      return Parsed.refused(
          text.contains(",") || text.contains(".")
              ? Text.of("imports.value.notWholeSeparators", text)
              : Text.of("imports.value.notWhole", text));
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      value = Long.MAX_VALUE;
    }
    if (value > Integer.MAX_VALUE) {
      return Parsed.refused(Text.of("imports.value.tooLarge", text));
    }
    if (value < min) {
      return Parsed.refused(Text.of("imports.value.tooSmall", text, atLeast(min)));
    }
    return Parsed.of((int) value);
  }

  private static Text atLeast(int min) {
    return min == 0 ? Text.of("imports.value.zeroOrMore") : Text.of("imports.value.atLeast", min);
  }

  /**
   * A decimal number such as a longitude. {@code decimalComma} reads {@code 21,5} as 21.5; without
   * it a comma is refused rather than read as a thousands separator.
   */
  public static Parsed<Double> decimal(String text, boolean decimalComma) {
    double value = DecimalText.parse(text, decimalComma);
    if (Double.isFinite(value)) {
      return Parsed.of(value);
    }
    return Parsed.refused(notADecimal(text, decimalComma, value));
  }

  /** Why {@link DecimalText} refused {@code text} (NaN) or found it too large (infinite). */
  private static Text notADecimal(String text, boolean decimalComma, double value) {
    if (Double.isInfinite(value)) {
      return Text.of("imports.value.notFinite", text);
    }
    if (decimalComma && DecimalText.commaCannotBeDecimal(text)) {
      return Text.of("imports.value.notANumber", text);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("nan") || lower.contains("inf")) {
      return Text.of("imports.value.notFinite", text);
    }
    if (!decimalComma && text.indexOf(',') >= 0) {
      return Text.of("imports.value.notANumberComma", text);
    }
    return Text.of("imports.value.notANumber", text);
  }

  /** {@code yes}, {@code no} or {@code unknown}, from the accepted spellings. */
  public static Parsed<String> gridPower(String text) {
    String value = GRID_POWER.get(ColumnAliases.key(text));
    return value != null
        ? Parsed.of(value)
        : Parsed.refused(Text.of("imports.value.gridPower", text));
  }

  /** {@code motorbike} or {@code on_foot}, from the accepted spellings. */
  public static Parsed<String> transportMode(String text) {
    String value = TRANSPORT.get(ColumnAliases.key(text));
    return value != null
        ? Parsed.of(value)
        : Parsed.refused(Text.of("imports.value.transportMode", text));
  }

  /** One-way flag of a road; {@code -1} (as in OpenStreetMap) is one way against the line. */
  public static Parsed<Direction> oneWay(String text) {
    if (text.equals("-1")) {
      return Parsed.of(Direction.ONE_WAY_REVERSED);
    }
    return switch (ColumnAliases.key(text)) {
      case "yes", "true", "1", "co" -> Parsed.of(Direction.ONE_WAY);
      case "no", "false", "0", "khong", "reversible", "alternating" ->
          Parsed.of(Direction.BOTH_WAYS);
      default -> Parsed.refused(Text.of("imports.value.oneWay", text));
    };
  }

  /**
   * Working days as ISO day numbers (1 = Monday) in ascending order, from ranges and lists such as
   * {@code Mon-Fri}, {@code Mon,Wed,Fri} or {@code T2-T6} (Vietnamese: T2 = Monday … CN = Sunday).
   */
  public static Parsed<List<Integer>> workingDays(String text) {
    TreeSet<Integer> days = new TreeSet<>();
    for (String token : text.split("[,;]")) {
      String[] ends = token.split("[-–]", -1);
      if (token.isBlank() || ends.length > 2) {
        return Parsed.refused(Text.of("imports.value.notDays", text));
      }
      Integer first = DAYS.get(ColumnAliases.key(ends[0]));
      Integer last = ends.length == 2 ? DAYS.get(ColumnAliases.key(ends[1])) : first;
      if (first == null || last == null) {
        String bad = first == null ? ends[0].strip() : ends[1].strip();
        return Parsed.refused(Text.of("imports.value.notADay", bad, text));
      }
      if (last < first) {
        return Parsed.refused(Text.of("imports.value.daysBackwards", token.strip()));
      }
      for (int d = first; d <= last; d++) {
        days.add(d);
      }
    }
    return Parsed.of(List.copyOf(days));
  }

  /** A time of day written {@code HH:MM} (or {@code H:MM}). */
  public static Parsed<LocalTime> timeOfDay(String text) {
    Matcher m = TIME.matcher(text);
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      if (hour <= 23 && minute <= 59) {
        return Parsed.of(LocalTime.of(hour, minute));
      }
    }
    return Parsed.refused(Text.of("imports.value.notATime", text));
  }

  /** The non-empty items of a {@code ;}-separated list, trimmed, in their order. */
  public static List<String> list(String text) {
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
