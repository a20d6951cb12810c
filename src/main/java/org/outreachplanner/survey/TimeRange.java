package org.outreachplanner.survey;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The smallest and largest observation time of a batch, in microseconds since the epoch. */
final class TimeRange {

  private long minMicros = Long.MAX_VALUE;
  private long maxMicros = Long.MIN_VALUE;

  void include(long micros) {
    minMicros = Math.min(minMicros, micros);
    maxMicros = Math.max(maxMicros, micros);
  }

  /** Binds the range as two timestamptz parameters from {@code index}; returns the next index. */
  int bind(PreparedStatement ps, int index) throws SQLException {
    ps.setObject(index, toTimestamp(minMicros));
    ps.setObject(index + 1, toTimestamp(maxMicros));
    return index + 2;
  }

  private static OffsetDateTime toTimestamp(long micros) {
    Instant instant =
        Instant.ofEpochSecond(
            Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    return instant.atOffset(ZoneOffset.UTC);
  }
}
