package org.outreachplanner.survey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A byte buffer that encodes values in PostgreSQL's COPY text format: UTF-8, tab-separated, {@code
 * \N} for null, backslash escapes in text. Written for speed, as it encodes every value of a bulk
 * import: no intermediate strings for numbers, times or hexadecimal.
 */
final class CopyTextBuffer {

  private static final byte[] HEX = asciiBytes("0123456789ABCDEF");
  private static final byte[] NULL = asciiBytes("\\N");
  private static final byte[] DIGIT_PAIRS = new byte[200];

  /** Days whose {@code YYYY-MM-DD} text is kept: a direct-mapped cache, indexed by epoch day. */
  private static final int CACHED_DAYS = 1024;

  static {
    for (int i = 0; i < 100; i++) {
      DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
      DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
    }
  }

  private byte[] bytes;
  private int length;
  private final long[] cachedDay = new long[CACHED_DAYS];
  private final byte[] cachedDateText = new byte[CACHED_DAYS * 10];

  CopyTextBuffer(int capacity) {
    bytes = new byte[capacity];
    Arrays.fill(cachedDay, Long.MIN_VALUE);
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  void clear() {
    length = 0;
  }

  /** Whether {@code count} more bytes fit. */
  boolean hasRoom(int count) {
    return length + count <= bytes.length;
  }

  /** Makes the (empty) buffer hold at least {@code capacity} bytes. */
  void ensureCapacity(int capacity) {
    if (capacity > bytes.length) {
      bytes = new byte[capacity];
    }
  }

  void tab() {
    bytes[length++] = '\t';
  }

  void newline() {
    bytes[length++] = '\n';
  }

  void nullValue() {
    raw(NULL);
  }

  void raw(byte[] text) {
    System.arraycopy(text, 0, bytes, length, text.length);
    length += text.length;
  }

  /** The 8 bytes of {@code bits}, least significant first, as 16 hex digits. */
  void littleEndianHex(long bits) {
    for (int i = 0; i < 8; i++) {
      int b = (int) (bits >>> (8 * i)) & 0xFF;
      bytes[length++] = HEX[b >>> 4];
      bytes[length++] = HEX[b & 0xF];
    }
  }

  void decimal(long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        ascii(Long.toString(value));
        return;
      }
      bytes[length++] = '-';
      value = -value;
    }
    int end = length + digitCount(value);
    int i = end;
    while (value >= 100) {
      int pair = (int) (value % 100) * 2;
      value /= 100;
      bytes[--i] = DIGIT_PAIRS[pair + 1];
      bytes[--i] = DIGIT_PAIRS[pair];
    }
    if (value >= 10) {
      bytes[--i] = DIGIT_PAIRS[(int) value * 2 + 1];
      bytes[--i] = DIGIT_PAIRS[(int) value * 2];
    } else {
      bytes[--i] = (byte) ('0' + value);
    }
    length = end;
  }

  /** A float column's value: integral values without a fraction, others as Java prints them. */
  void decimal(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      decimal((long) value);
    } else {
      ascii(Double.toString(value));
    }
  }

  /** A UTC timestamp, {@code YYYY-MM-DD HH:MM:SS[.ffffff]+00}. */
  void timestamp(long epochMicros) {
    long seconds = Math.floorDiv(epochMicros, 1_000_000L);
    int fraction = (int) Math.floorMod(epochMicros, 1_000_000L);
    long epochDay = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    int slot = (int) (epochDay & (CACHED_DAYS - 1));
    if (cachedDay[slot] != epochDay) {
      cacheDate(slot, epochDay);
    }
    System.arraycopy(cachedDateText, slot * 10, bytes, length, 10);
    length += 10;
    bytes[length++] = ' ';
    twoDigits(secondOfDay / 3600);
    bytes[length++] = ':';
    twoDigits(secondOfDay / 60 % 60);
    bytes[length++] = ':';
    twoDigits(secondOfDay % 60);
    if (fraction != 0) {
      bytes[length++] = '.';
      twoDigits(fraction / 10_000);
      twoDigits(fraction / 100 % 100);
      twoDigits(fraction % 100);
    }
    bytes[length++] = '+';
    bytes[length++] = '0';
    bytes[length++] = '0';
  }

  /** Text with no character that COPY gives a meaning to, such as a technology name. */
  void ascii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      bytes[length++] = (byte) s.charAt(i);
    }
  }

  /** Any text: UTF-8, with backslash, tab, newline and carriage return escaped. */
  void text(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        utf8Escaped(s.substring(i));
        return;
      }
      asciiEscaped(c);
    }
  }

  /** The most bytes {@link #text} writes for a string of {@code chars} UTF-16 units. */
  static int maxTextBytes(int chars) {
    return 3 * chars;
  }

  private void utf8Escaped(String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0) {
        asciiEscaped((char) b);
      } else {
        bytes[length++] = b;
      }
    }
  }

  private void asciiEscaped(char c) {
    switch (c) {
      case '\\' -> escaped('\\');
      case '\t' -> escaped('t');
      case '\n' -> escaped('n');
      case '\r' -> escaped('r');
      default -> bytes[length++] = (byte) c;
    }
  }

  private void escaped(char c) {
    bytes[length++] = '\\';
    bytes[length++] = (byte) c;
  }

  private void twoDigits(int value) {
    bytes[length++] = DIGIT_PAIRS[value * 2];
    bytes[length++] = DIGIT_PAIRS[value * 2 + 1];
  }

  private void cacheDate(int slot, long epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    int year = date.getYear();
    int at = slot * 10;
    byte[] text = cachedDateText;
    text[at] = DIGIT_PAIRS[year / 100 * 2];
    text[at + 1] = DIGIT_PAIRS[year / 100 * 2 + 1];
    text[at + 2] = DIGIT_PAIRS[year % 100 * 2];
    text[at + 3] = DIGIT_PAIRS[year % 100 * 2 + 1];
    text[at + 4] = '-';
    text[at + 5] = DIGIT_PAIRS[date.getMonthValue() * 2];
    text[at + 6] = DIGIT_PAIRS[date.getMonthValue() * 2 + 1];
    text[at + 7] = '-';
    text[at + 8] = DIGIT_PAIRS[date.getDayOfMonth() * 2];
    text[at + 9] = DIGIT_PAIRS[date.getDayOfMonth() * 2 + 1];
    cachedDay[slot] = epochDay;
  }

  private static int digitCount(long value) {
    int digits = 1;
    for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
      digits++;
    }
    return digits;
  }

  static byte[] asciiBytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
