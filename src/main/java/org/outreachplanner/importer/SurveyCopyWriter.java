package org.outreachplanner.importer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams survey rows into {@code survey_point} with one {@code COPY … FROM STDIN} (text format) on
 * the caller's transaction. Rows are encoded straight into a byte buffer that is sent whenever it
 * fills, so no list of rows is ever held. The point goes as hex EWKB (exact coordinates, and the
 * fastest form for the server to read), the time as UTC text at microsecond precision.
 */
final class SurveyCopyWriter implements AutoCloseable {

  static final String COPY_SURVEY_POINTS =
      """
      COPY survey_point (location, observed_at, operator, technology, rsrp, rssi, rsrq, snr,
                         source_id, identity_key, import_id, line_no)
      FROM STDIN (FORMAT text)
      """;

  private static final int BUFFER_BYTES = 1 << 17;

  /** A row without its strings fits in this many bytes. */
  private static final int FIXED_ROW_BYTES = 320;

  /** Little-endian EWKB header of a 2D point with SRID 4326, in hex. */
  private static final byte[] EWKB_POINT_4326 = ascii("0101000020E6100000");

  private static final byte[] HEX = ascii("0123456789ABCDEF");
  private static final byte[] NULL = ascii("\\N");

  private final CopyIn copy;
  private final byte[] importIdText;
  private byte[] buffer = new byte[BUFFER_BYTES];
  private int length;
  private long rows;
  private boolean open = true;

  SurveyCopyWriter(Connection tx, long importId) throws SQLException {
    this.copy = tx.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SURVEY_POINTS);
    this.importIdText = ascii(Long.toString(importId));
  }

  void write(SurveyRow row, long identityKey) throws SQLException {
    ensureRoom(FIXED_ROW_BYTES + 6 * (row.operator().length() + row.sourceId().length()));
    writePoint(row.lon(), row.lat());
    tab();
    writeTimestamp(row.observedAtMicros());
    tab();
    writeText(row.operator());
    tab();
    writeAscii(row.technology().stored());
    tab();
    SignalReading s = row.signal();
    writeSignal(s.rsrp());
    tab();
    writeSignal(s.rssi());
    tab();
    writeSignal(s.rsrq());
    tab();
    writeSignal(s.snr());
    tab();
    writeText(row.sourceId());
    tab();
    writeLong(identityKey);
    tab();
    System.arraycopy(importIdText, 0, buffer, length, importIdText.length);
    length += importIdText.length;
    tab();
    writeLong(row.lineNo());
    buffer[length++] = '\n';
    rows++;
  }

  /** Ends the COPY; returns the rows the server stored. */
  long finish() throws SQLException {
    flush();
    open = false;
    long stored = copy.endCopy();
    if (stored != rows) {
      throw new SQLException("COPY stored " + stored + " survey points of " + rows + " sent");
    }
    return stored;
  }

  /** Abandons the COPY (when the import has problems): the transaction is then aborted. */
  @Override
  public void close() throws SQLException {
    if (open) {
      open = false;
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private void ensureRoom(int bytes) throws SQLException {
    if (length + bytes > buffer.length) {
      flush();
      if (bytes > buffer.length) {
        buffer = new byte[bytes];
      }
    }
  }

  private void flush() throws SQLException {
    if (length > 0) {
      copy.writeToCopy(buffer, 0, length);
      length = 0;
    }
  }

  private void tab() {
    buffer[length++] = '\t';
  }

  private void writePoint(double lon, double lat) {
    System.arraycopy(EWKB_POINT_4326, 0, buffer, length, EWKB_POINT_4326.length);
    length += EWKB_POINT_4326.length;
    writeLittleEndianHex(Double.doubleToRawLongBits(lon));
    writeLittleEndianHex(Double.doubleToRawLongBits(lat));
  }

  private void writeLittleEndianHex(long bits) {
    for (int i = 0; i < 8; i++) {
      int b = (int) (bits >>> (8 * i)) & 0xFF;
      buffer[length++] = HEX[b >>> 4];
      buffer[length++] = HEX[b & 0xF];
    }
  }

  /** {@code YYYY-MM-DD HH:MM:SS[.ffffff]+00}. */
  private void writeTimestamp(long micros) {
    long seconds = Math.floorDiv(micros, 1_000_000L);
    int fraction = (int) Math.floorMod(micros, 1_000_000L);
    long epochDay = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    writeDigits(date.getYear(), 4);
    buffer[length++] = '-';
    writeDigits(date.getMonthValue(), 2);
    buffer[length++] = '-';
    writeDigits(date.getDayOfMonth(), 2);
    buffer[length++] = ' ';
    writeDigits(secondOfDay / 3600, 2);
    buffer[length++] = ':';
    writeDigits(secondOfDay / 60 % 60, 2);
    buffer[length++] = ':';
    writeDigits(secondOfDay % 60, 2);
    if (fraction != 0) {
      buffer[length++] = '.';
      writeDigits(fraction, 6);
    }
    buffer[length++] = '+';
    buffer[length++] = '0';
    buffer[length++] = '0';
  }

  private void writeDigits(int value, int count) {
    for (int i = length + count - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += count;
  }

  private void writeSignal(double value) {
    if (Double.isNaN(value)) {
      System.arraycopy(NULL, 0, buffer, length, NULL.length);
      length += NULL.length;
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      writeLong((long) value);
    } else {
      writeAscii(Double.toString(value));
    }
  }

  private void writeLong(long value) {
    if (value == Long.MIN_VALUE) {
      writeAscii(Long.toString(value));
      return;
    }
    if (value < 0) {
      buffer[length++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += digits;
  }

  private void writeAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      buffer[length++] = (byte) s.charAt(i);
    }
  }

  /** UTF-8, with the characters COPY's text format gives a meaning escaped. */
  private void writeText(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        writeUtf8Escaped(s.substring(i));
        return;
      }
      writeAsciiEscaped(c);
    }
  }

  private void writeUtf8Escaped(String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      if (b >= 0) {
        writeAsciiEscaped((char) b);
      } else {
        buffer[length++] = b;
      }
    }
  }

  private void writeAsciiEscaped(char c) {
    switch (c) {
      case '\\' -> escaped('\\');
      case '\t' -> escaped('t');
      case '\n' -> escaped('n');
      case '\r' -> escaped('r');
      default -> buffer[length++] = (byte) c;
    }
  }

  private void escaped(char c) {
    buffer[length++] = '\\';
    buffer[length++] = (byte) c;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
