package org.outreachplanner.survey;

import java.sql.SQLException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ProblemCollector;
import org.outreachplanner.importer.SourceFeature;

/**
 * The readings of one survey file on their way into the table: each feature is validated, checked
 * against the file's earlier readings for an exact duplicate, and, while the file has no problem,
 * written to the COPY stream. Keeps only the identity key and line number of each stored reading.
 */
final class SurveyBatch {

  private final SurveyRowValidator validator;
  private final ProblemCollector problems;
  private final LongIntMap lineByIdentity = new LongIntMap(1 << 16);
  private final TimeRange timeRange = new TimeRange();
  private int storedRows;

  SurveyBatch(ImportContext ctx, NoSignalMarkers noSignalMarkers) {
    this.validator = new SurveyRowValidator(ctx, noSignalMarkers);
    this.problems = ctx.problems();
  }

  /**
   * Validates every feature of {@code source} and writes the valid ones until the first problem;
   * after that it only validates, so that every problem is reported.
   */
  void readAndWrite(FeatureSource source, SurveyCopyWriter writer) throws SQLException {
    try {
      source.forEach(feature -> accept(feature, writer));
    } catch (CopyFailure failure) {
      throw failure.getCause();
    }
  }

  /** The rows written (before reconciling with earlier imports). */
  int storedRows() {
    return storedRows;
  }

  TimeRange timeRange() {
    return timeRange;
  }

  /** Whether a reading of the file has this identity key. */
  boolean contains(long identityKey) {
    return lineByIdentity.get(identityKey) != LongIntMap.ABSENT;
  }

  private void accept(SourceFeature feature, SurveyCopyWriter writer) {
    SurveyRow row = validator.validate(feature);
    if (row == null) {
      return;
    }
    long key = SurveyIdentity.key(row);
    int firstLine = lineByIdentity.putIfAbsent(key, lineNumber(row.lineNo()));
    if (firstLine != LongIntMap.ABSENT) {
      problems.add(
          row.lineNo(), null, Text.of("imports.survey.duplicateRow", String.valueOf(firstLine)));
      return;
    }
    if (problems.isEmpty()) {
      try {
        writer.write(row, key);
      } catch (SQLException e) {
        throw new CopyFailure(e);
      }
      timeRange.include(row.observedAtMicros());
      storedRows++;
    }
  }

  private static int lineNumber(long line) {
    if (line > Integer.MAX_VALUE || line < 0) {
      throw new IllegalArgumentException("line number out of range: " + line);
    }
    return (int) line;
  }

  /** Carries an SQLException of the COPY out of the feature callback. */
  private static final class CopyFailure extends RuntimeException {
    CopyFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
