package org.outreachplanner.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Reads the date-times survey files hold into microseconds since the epoch, the precision
 * PostgreSQL keeps (finer fractions are rounded):
 *
 * <ul>
 *   <li>ISO 8601 such as {@code 2026-05-14T09:12:00+07:00}. The common shapes ({@code
 *       YYYY-MM-DDTHH:MM[:SS[.fraction]]} with {@code Z}, {@code ±HH}, {@code ±HH:MM}, {@code
 *       ±HHMM} or no offset; a space instead of the {@code T}) are read by hand, because a survey
 *       file has millions of them; anything else ISO-8601 allows goes through {@link
 *       DateTimeFormatter#ISO_DATE_TIME}.
 *   <li>{@code yyyy.MM.dd_HH.mm.ss} (G-NetTrack's logs) and {@code dd/MM/yyyy HH:mm[:ss]}.
 *   <li>Unix time: an integer (or decimal) below 10^11 is seconds, from 10^11 on milliseconds.
 * </ul>
 *
 * A date-time without an offset is local time of the parser's zone; {@link #localTimes()} counts
 * them, so that the import can say which zone it assumed.
 */
final class ObservedAtParser {

  /** What {@link #parseMicros} returns for text that is not a date-time. */
  static final long UNPARSEABLE = Long.MIN_VALUE;

  static final ZoneId SURVEY_ZONE = org.outreachplanner.importer.ImportOptions.DEFAULT_ZONE;

  private static final long MICROS_PER_SECOND = 1_000_000L;

  /** 0001-01-01T00:00Z: earlier times would need a BC era, which no survey has. */
  private static final long EARLIEST_MICROS =
      Instant.parse("0001-01-01T00:00:00Z").getEpochSecond() * MICROS_PER_SECOND;

  private static final long SECONDS_PER_DAY = 86_400L;

  private final ZoneId zone;

  /**
   * From this local time on (in seconds since 1970-01-01T00:00 local), the zone has had one fixed
   * offset and has no transition planned: {@link Long#MAX_VALUE} when it keeps changing.
   */
  private final long fixedOffsetFromLocalSecond;

  private final long fixedOffsetSeconds;

  /** Unix times from this value on are milliseconds (10^11 s is in the year 5138). */
  private static final long FIRST_MILLIS = 100_000_000_000L;

  private long localTimes;

  /** A parser that reads date-times without an offset as local time of {@code zone}. */
  ObservedAtParser(ZoneId zone) {
    this.zone = zone;
    ZoneRules rules = zone.getRules();
    Instant now = Instant.now();
    ZoneOffsetTransition last = rules.previousTransition(now);
    if (rules.nextTransition(now) != null) {
      this.fixedOffsetFromLocalSecond = Long.MAX_VALUE;
    } else if (last == null) {
      this.fixedOffsetFromLocalSecond = Long.MIN_VALUE;
    } else {
      this.fixedOffsetFromLocalSecond =
          last.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC) + SECONDS_PER_DAY;
    }
    this.fixedOffsetSeconds = rules.getOffset(now).getTotalSeconds();
  }

  /** The zone of times without an offset. */
  ZoneId zone() {
    return zone;
  }

  /** How many of the times parsed so far had no offset (read in {@link #zone()}). */
  long localTimes() {
    return localTimes;
  }

  /** Microseconds since the epoch, or {@link #UNPARSEABLE}. */
  long parseMicros(String text) {
    long micros = parseCommonShape(text);
    if (micros == UNPARSEABLE) {
      micros = parseOtherShape(text);
    }
    return micros >= EARLIEST_MICROS ? micros : UNPARSEABLE;
  }

  private long parseOtherShape(String s) {
    int n = s.length();
    if (n > 0 && s.charAt(0) >= '0' && s.charAt(0) <= '9' && n <= 20 && isUnixTime(s)) {
      return unixMicros(s);
    }
    if (n >= 16 && s.charAt(4) == '.' && s.charAt(7) == '.' && s.charAt(10) == '_') {
      return localFields(s, 0, 5, 8, 11, 14, 17, '.');
    }
    if (n >= 16 && s.charAt(2) == '/' && s.charAt(5) == '/' && s.charAt(10) == ' ') {
      return localFields(s, 6, 3, 0, 11, 14, 17, ':');
    }
    return parseAnyIsoShape(s);
  }

  private static boolean isUnixTime(String s) {
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    int dot = s.indexOf('.');
    int integerDigits = dot < 0 ? s.length() : dot;
    // nine digits at least: 1973 on, so that a bare year or date is not read as Unix time
    return dots <= 1 && integerDigits >= 9 && s.charAt(s.length() - 1) != '.';
  }

  /** Unix seconds or milliseconds (told apart by size) to microseconds. */
  private static long unixMicros(String s) {
    try {
      BigDecimal value = new BigDecimal(s);
      BigDecimal micros =
          value.compareTo(BigDecimal.valueOf(FIRST_MILLIS)) >= 0
              ? value.movePointRight(3)
              : value.movePointRight(6);
      return micros.setScale(0, RoundingMode.HALF_UP).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return UNPARSEABLE;
    }
  }

  /**
   * A local date-time whose fields stand at fixed positions: year, month, day, hour, minute and
   * (when the text is that long) second, the time's fields separated by {@code timeSeparator}.
   */
  private long localFields(
      String s, int y, int mo, int d, int h, int mi, int sec, char timeSeparator) {
    int n = s.length();
    if (s.charAt(h + 2) != timeSeparator || (n > 16 && s.charAt(mi + 2) != timeSeparator)) {
      return UNPARSEABLE;
    }
    if (n != 16 && n != 19) {
      return UNPARSEABLE;
    }
    int year = digits(s, y, 4);
    int month = digits(s, mo, 2);
    int day = digits(s, d, 2);
    int hour = digits(s, h, 2);
    int minute = digits(s, mi, 2);
    int second = n == 19 ? digits(s, sec, 2) : 0;
    if ((year | month | day | hour | minute | second) < 0
        || year < 1
        || hour > 23
        || minute > 59
        || second > 59) {
      return UNPARSEABLE;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return UNPARSEABLE;
    }
    long localSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    localTimes++;
    return (localSecond - zoneOffsetOfLocal(localSecond, 0)) * MICROS_PER_SECOND;
  }

  private long parseCommonShape(String s) {
    int n = s.length();
    if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':') {
      return UNPARSEABLE;
    }
    char t = s.charAt(10);
    if (t != 'T' && t != ' ' && t != 't') {
      return UNPARSEABLE;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    if ((year | month | day | hour | minute) < 0 || year < 1 || hour > 23 || minute > 59) {
      return UNPARSEABLE;
    }
    int i = 16;
    int second = 0;
    long nanos = 0;
    if (i < n && s.charAt(i) == ':') {
      second = digits(s, i + 1, 2);
      if (second < 0 || second > 59) {
        return UNPARSEABLE;
      }
      i += 3;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        int start = ++i;
        long scale = 100_000_000L;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          nanos += (s.charAt(i) - '0') * scale;
          scale /= 10;
          i++;
        }
        if (i == start || i - start > 9) {
          return UNPARSEABLE;
        }
      }
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return UNPARSEABLE;
    }
    long localSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    long offsetSeconds;
    if (i == n) {
      offsetSeconds = zoneOffsetOfLocal(localSecond, nanos);
      localTimes++;
    } else {
      offsetSeconds = offsetSeconds(s, i);
      if (offsetSeconds == UNPARSEABLE) {
        return UNPARSEABLE;
      }
    }
    return (localSecond - offsetSeconds) * MICROS_PER_SECOND + (nanos + 500) / 1000;
  }

  /** The offset at {@code s[i..]}: {@code Z}, {@code ±HH}, {@code ±HH:MM} or {@code ±HHMM}. */
  private static long offsetSeconds(String s, int i) {
    int n = s.length();
    char sign = s.charAt(i);
    if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
      return 0;
    }
    if (sign != '+' && sign != '-') {
      return UNPARSEABLE;
    }
    int hours = digits(s, i + 1, 2);
    int minutes;
    int rest = n - (i + 3);
    if (rest == 0) {
      minutes = 0;
    } else if (rest == 3 && s.charAt(i + 3) == ':') {
      minutes = digits(s, i + 4, 2);
    } else if (rest == 2) {
      minutes = digits(s, i + 3, 2);
    } else {
      return UNPARSEABLE;
    }
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return UNPARSEABLE;
    }
    long seconds = hours * 3600L + minutes * 60L;
    return sign == '-' ? -seconds : seconds;
  }

  private long zoneOffsetOfLocal(long localSecond, long nanos) {
    if (localSecond >= fixedOffsetFromLocalSecond) {
      return fixedOffsetSeconds;
    }
    LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, (int) nanos, ZoneOffset.UTC);
    return local.atZone(zone).getOffset().getTotalSeconds();
  }

  private long parseAnyIsoShape(String text) {
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text.strip());
      LocalDateTime local = LocalDateTime.from(parsed);
      boolean offset = parsed.isSupported(ChronoField.OFFSET_SECONDS);
      ZoneId zoneOfText =
          offset ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : zone;
      Instant instant = local.atZone(zoneOfText).toInstant();
      if (!offset) {
        localTimes++;
      }
      return instant.getEpochSecond() * MICROS_PER_SECOND + (instant.getNano() + 500) / 1000;
    } catch (DateTimeException | ArithmeticException e) {
      return UNPARSEABLE;
    }
  }

  /** The non-negative number of {@code count} ASCII digits at {@code s[from..]}, or -1. */
  private static int digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
