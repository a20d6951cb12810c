package org.outreachplanner.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes surveys.csv rows straight into a byte buffer. Every field is ASCII, so the usual text
 * formatting machinery is skipped: millions of rows a second, in constant memory.
 */
final class SurveyRowWriter implements Closeable {

  static final String HEADER =
      "lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id";
  private static final byte[] UTC_PLUS_7 = "+07:00".getBytes(StandardCharsets.US_ASCII);
  private static final int BUFFER_BYTES = 1 << 16;
  private static final int LONGEST_ROW_BYTES = 256;

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private long rows;

  SurveyRowWriter(Path file) throws IOException {
    this.out = Files.newOutputStream(file);
    byte[] header = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, buffer, 0, header.length);
    position = header.length;
  }

  /** Writes one row; {@code datePrefix} is {@code yyyy-MM-ddT} and signal values may be missing. */
  void row(
      double lon,
      double lat,
      byte[] datePrefix,
      int secondOfDay,
      Operator operator,
      SignalReading reading,
      byte[] sourceId)
      throws IOException {
    if (position > BUFFER_BYTES - LONGEST_ROW_BYTES) {
      out.write(buffer, 0, position);
      position = 0;
    }
    fixed6(lon);
    put(',');
    fixed6(lat);
    put(',');
    bytes(datePrefix);
    twoDigits(secondOfDay / 3600);
    put(':');
    twoDigits(secondOfDay / 60 % 60);
    put(':');
    twoDigits(secondOfDay % 60);
    bytes(UTC_PLUS_7);
    put(',');
    bytes(operator.ascii());
    put(',');
    bytes(reading.technology.ascii());
    put(',');
    optional(reading.rsrp);
    put(',');
    optional(reading.rssi);
    put(',');
    optional(reading.rsrq);
    put(',');
    optional(reading.snr);
    put(',');
    bytes(sourceId);
    put('\n');
    rows++;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    try (out) {
      out.write(buffer, 0, position);
      position = 0;
    }
  }

  private void put(char c) {
    buffer[position++] = (byte) c;
  }

  private void bytes(byte[] text) {
    System.arraycopy(text, 0, buffer, position, text.length);
    position += text.length;
  }

  private void twoDigits(int value) {
    buffer[position++] = (byte) ('0' + value / 10);
    buffer[position++] = (byte) ('0' + value % 10);
  }

  private void optional(int value) {
    if (value != SignalReading.NOT_MEASURED) {
      integer(value);
    }
  }

  private void integer(long value) {
    if (value < 0) {
      put('-');
      value = -value;
    }
    int start = position;
    do {
      buffer[position++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    for (int i = start, j = position - 1; i < j; i++, j--) {
      byte swap = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = swap;
    }
  }

  private void fixed6(double value) {
    long micro = Math.round(value * 1e6);
    if (micro < 0) {
      put('-');
      micro = -micro;
    }
    integer(micro / 1_000_000);
    put('.');
    long fraction = micro % 1_000_000;
    for (long digit = 100_000; digit > 0; digit /= 10) {
      buffer[position++] = (byte) ('0' + fraction / digit % 10);
    }
  }
}
