package org.outreachplanner.survey;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams survey rows into {@code survey_point} with {@code COPY … FROM STDIN} in the binary format
 * on the caller's transaction: one COPY, and one more after each first reading of a month whose
 * partition the import has not made sure of ({@link SurveyMonths}). Rows are encoded straight into
 * a byte buffer that is sent whenever it fills, so no list of rows is ever held. Every value goes
 * in the binary form of its column's type, which the server stores without parsing (see
 * docs/benchmarks.md): the point as EWKB (the coordinates bit for bit), the time in microseconds,
 * the measures as {@code real}.
 */
final class SurveyCopyWriter implements AutoCloseable {

  /** The measure columns, in the order of {@link SignalMeasure}. */
  static final String MEASURE_COLUMNS =
      String.join(", ", Arrays.stream(SignalMeasure.values()).map(SignalMeasure::column).toList());

  static final String COPY_SURVEY_POINTS =
      "COPY survey_point (location, observed_at, operator, technology, "
          + MEASURE_COLUMNS
          + ", source_id, identity_key, import_id, line_no) FROM STDIN (FORMAT binary)";

  /** The columns of {@link #COPY_SURVEY_POINTS}. */
  private static final int FIELDS = 8 + SignalMeasure.values().length;

  private static final int BUFFER_BYTES = 1 << 17;

  /** A row without its three texts fits in this many bytes. */
  private static final int FIXED_ROW_BYTES = 2 + 4 + CopyBinaryBuffer.POINT_BYTES + 12 * FIELDS;

  private final Connection tx;
  private final SurveyMonths months = new SurveyMonths();
  private CopyIn copy;
  private long stored;
  private final long importId;
  private final CopyBinaryBuffer buffer = new CopyBinaryBuffer(BUFFER_BYTES);
  private long rows;
  private boolean open = true;

  SurveyCopyWriter(Connection tx, long importId) throws SQLException {
    this.tx = tx;
    this.importId = importId;
  }

  /**
   * Before the first reading of a month not seen yet: ends the running COPY, makes that month's
   * partition if it has none (the connection can run nothing else during a COPY), starts a new
   * COPY. A file's readings span a few months, so a few COPYs.
   */
  private void ensurePartition(long micros) throws SQLException {
    endCopy();
    months.ensure(tx, micros);
    copy = tx.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SURVEY_POINTS);
    buffer.header();
  }

  private void endCopy() throws SQLException {
    if (copy != null) {
      ensureRoom(2);
      buffer.trailer();
      flush();
      stored += copy.endCopy();
      copy = null;
    }
  }

  void write(SurveyRow row, long identityKey) throws SQLException {
    if (months.isNew(row.observedAtMicros())) {
      ensurePartition(row.observedAtMicros());
    }
    String technology = row.technology().stored();
    ensureRoom(
        FIXED_ROW_BYTES
            + CopyBinaryBuffer.maxTextBytes(row.operator().length())
            + CopyBinaryBuffer.maxTextBytes(technology.length())
            + CopyBinaryBuffer.maxTextBytes(row.sourceId().length()));
    CopyBinaryBuffer b = buffer;
    b.row(FIELDS);
    b.point4326(row.lon(), row.lat());
    b.timestamp(row.observedAtMicros());
    b.text(row.operator());
    b.text(technology);
    for (double value : row.signal().values()) {
      signal(value);
    }
    b.text(row.sourceId());
    b.int8(identityKey);
    b.int8(importId);
    b.int8(row.lineNo());
    rows++;
  }

  /** Ends the COPY; returns the rows the server stored. */
  long finish() throws SQLException {
    endCopy();
    open = false;
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
      if (copy != null && copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /**
   * A measure, or null when it is unknown. Rounded to the nearest {@code real}, as the server
   * rounds the decimal text of the value.
   */
  private void signal(double value) {
    if (Double.isNaN(value)) {
      buffer.nullValue();
    } else {
      buffer.float4((float) value);
    }
  }

  private void ensureRoom(int bytes) throws SQLException {
    if (!buffer.hasRoom(bytes)) {
      flush();
      buffer.ensureCapacity(bytes);
    }
  }

  private void flush() throws SQLException {
    if (buffer.length() > 0) {
      copy.writeToCopy(buffer.bytes(), 0, buffer.length());
      buffer.clear();
    }
  }
}
