package org.outreachplanner.survey;

import java.sql.SQLException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnPreset;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ProblemCollector;
import org.outreachplanner.importer.SourceFeature;

/**
 * The readings of one survey file on their way into the table: each feature is validated, checked
 * against the file's earlier readings for an exact duplicate, and, while the file has no problem,
 * written to the COPY stream. Keeps only the identity key, content hash and line number of each
 * stored reading: one hash map from identity key to the reading's index, and two arrays by index,
 * so a reading costs one random access into memory, not two.
 */
final class SurveyBatch {

  private final SurveyRowValidator validator;
  private final ProblemCollector problems;
  private final LongIntMap indexByIdentity = new LongIntMap(1 << 16);
  private final LongList contentByIndex = new LongList();
  private final LongList lineByIndex = new LongList();
  private int repeatedRows;
  private long firstRepeat = -1;
  private int firstRepeated;
  private final TimeRange timeRange = new TimeRange();
  private int storedRows;

  SurveyBatch(ImportContext ctx, NoSignalMarkers noSignalMarkers, MobileNetworks networks) {
    this.validator = new SurveyRowValidator(ctx, noSignalMarkers, networks);
    this.problems = ctx.problems();
  }

  /**
   * Validates every feature of {@code source} and writes the valid ones until the first problem;
   * after that it only validates, so that every problem is reported.
   */
  void readAndWrite(FeatureSource source, SurveyCopyWriter writer) throws SQLException {
    validator.readColumns(source.columns());
    try {
      source.forEach(feature -> accept(feature, writer));
    } catch (CopyFailure failure) {
      throw failure.getCause();
    }
    notices(source);
  }

  /** What the person importing should know: the layout, the zone assumed, what was left out. */
  private void notices(FeatureSource source) {
    ColumnPreset preset = source.preset() == null ? null : SurveyPresets.named(source.preset());
    if (preset != null && !preset.headerless().isEmpty()) {
      problems.notice(
          "survey.preset",
          Text.of(
              "imports.survey.presetNoHeader",
              preset.name(),
              String.join(", ", preset.headerless())));
    } else if (source.preset() != null) {
      problems.notice("survey.preset", Text.of("imports.survey.preset", source.preset()));
    }
    if (repeatedRows > 0) {
      problems.notice(
          "survey.repeated",
          Text.of(
              "imports.survey.repeatedRows",
              repeatedRows,
              String.valueOf(firstRepeat),
              String.valueOf(firstRepeated)));
    }
    validator.notices();
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
    return indexByIdentity.get(identityKey) != LongIntMap.ABSENT;
  }

  private void accept(SourceFeature feature, SurveyCopyWriter writer) {
    SurveyRow row = validator.validate(feature);
    if (row == null) {
      return;
    }
    long identity = SurveyIdentity.key(row);
    long content = SurveyIdentity.content(row, identity);
    int line = lineNumber(row.lineNo());
    long key = identity;
    for (int n = 1; ; n++) {
      int index = indexByIdentity.putIfAbsent(key, contentByIndex.size());
      if (index == LongIntMap.ABSENT) {
        break;
      }
      if (contentByIndex.get(index) == content) {
        // the same reading written twice: kept once, and the import says so
        if (repeatedRows++ == 0) {
          firstRepeat = row.lineNo();
          firstRepeated = (int) lineByIndex.get(index);
        }
        return;
      }
      key = SurveyIdentity.occurrence(identity, n); // another reading of the same second
    }
    contentByIndex.add(content);
    lineByIndex.add(line);
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
