package org.outreachplanner.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Import files big enough to be caught in the middle of their import, written by the test: survey
 * readings and villages, every row valid, each row different.
 */
public final class FaultFiles {

  private static final OffsetDateTime FIRST_READING =
      OffsetDateTime.of(2026, 1, 5, 7, 0, 0, 0, ZoneOffset.ofHours(7));

  private FaultFiles() {}

  /**
   * Survey readings numbered {@code first} to {@code first + count - 1}: one a second from 5 Jan
   * 2026, on a grid of 1,000 columns 0.0005° apart from 104.0° E, 21.0° N (in Vietnam), 4G of
   * Viettel from ten devices. Readings of different numbers never share an identity.
   */
  public static Path surveys(Path file, int first, int count) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("lon,lat,observed_at,operator,technology,rsrp,rssi,rsrq,snr,source_id\n");
      for (int i = first; i < first + count; i++) {
        w.write(
            String.format(
                Locale.ROOT,
                "%.4f,%.4f,%s,Viettel,4G,%d,,,,dev-%d%n",
                104.0 + (i % 1000) * 0.0005,
                21.0 + (i / 1000) * 0.0005,
                FIRST_READING.plusSeconds(i).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                -70 - i % 50,
                i % 10));
      }
    }
    return file;
  }

  /**
   * {@code count} villages {@code V-0000}… of commune {@code communeCode}, named {@code prefix} and
   * their number, with {@code households} households each, on a grid of 100 columns 0.003° × 0.008°
   * apart from ({@code lon}, {@code lat}).
   */
  public static Path villages(
      Path file,
      String communeCode,
      String prefix,
      int count,
      int households,
      double lon,
      double lat)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("code,name,commune_code,households,residents,eligible,eid_done,lon,lat\n");
      for (int i = 0; i < count; i++) {
        w.write(
            String.format(
                Locale.ROOT,
                "V-%04d,%s %d,%s,%d,%d,%d,0,%.4f,%.4f%n",
                i,
                prefix,
                i,
                communeCode,
                households,
                households * 4,
                households * 3,
                lon + (i % 100) * 0.003,
                lat + (i / 100) * 0.008));
      }
    }
    return file;
  }
}
