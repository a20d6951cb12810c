package org.outreachplanner.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * The months (UTC) whose partition of {@code survey_point} an import has made sure of (V24): a
 * reading of another month needs {@code outreach_survey_partitions} first. The month of the last
 * reading is kept as a range of microseconds, so that a run of readings of one month costs a
 * comparison each.
 */
final class SurveyMonths {

  static final String ENSURE_PARTITION = "SELECT outreach_survey_partitions(ARRAY[?::timestamptz])";

  private final Set<Long> known = new HashSet<>();
  private long lastFrom = Long.MAX_VALUE;
  private long lastTo = Long.MIN_VALUE;

  /** Whether the month of this observation time (µs since 1970, UTC) has not been made sure of. */
  boolean isNew(long micros) {
    if (micros >= lastFrom && micros < lastTo) {
      return false;
    }
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), 0, ZoneOffset.UTC);
    LocalDateTime from = LocalDateTime.of(t.getYear(), t.getMonth(), 1, 0, 0);
    lastFrom = from.toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    lastTo = from.plusMonths(1).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    return !known.contains(lastFrom);
  }

  /** Makes the partition of the month of this observation time on {@code tx} when it has none. */
  void ensure(Connection tx, long micros) throws SQLException {
    isNew(micros);
    try (PreparedStatement ps = tx.prepareStatement(ENSURE_PARTITION)) {
      ps.setString(1, Instant.ofEpochSecond(lastFrom / 1_000_000L).toString());
      ps.execute();
    }
    known.add(lastFrom);
  }
}
