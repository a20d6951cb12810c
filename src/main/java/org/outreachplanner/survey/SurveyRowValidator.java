package org.outreachplanner.survey;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.CoordinateChecks;
import org.outreachplanner.importer.DecimalText;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ProblemCollector;
import org.outreachplanner.importer.SourceFeature;
import org.outreachplanner.importer.SourceGeometry;

/**
 * Checks one survey feature and turns it into a {@link SurveyRow}, adding every problem it has
 * (with its line and column) to the import's {@link ProblemCollector}.
 */
final class SurveyRowValidator {

  static final String OBSERVED_AT = "observed_at";
  static final String OPERATOR = "operator";
  static final String TECHNOLOGY = "technology";
  static final String SOURCE_ID = "source_id";

  private static final String EXAMPLE_TIME = "2026-05-14T09:12:00+07:00";
  private static final SignalMeasure[] MEASURES = SignalMeasure.values();

  private final ImportContext ctx;
  private final ProblemCollector problems;
  private final NoSignalMarkers noSignalMarkers;
  private final ObservedAtParser timeParser = new ObservedAtParser(ObservedAtParser.SURVEY_ZONE);
  private final long latestMicros;
  private final LocalDateTime latestLocal;
  private final String geometryColumn;
  private final double[] signal = new double[MEASURES.length];

  SurveyRowValidator(ImportContext ctx, NoSignalMarkers noSignalMarkers) {
    this.ctx = ctx;
    this.problems = ctx.problems();
    this.noSignalMarkers = noSignalMarkers;
    Instant latest = ctx.now().plus(ctx.futureTolerance());
    this.latestMicros =
        Math.multiplyExact(latest.getEpochSecond(), 1_000_000L) + latest.getNano() / 1000;
    this.latestLocal =
        LocalDateTime.ofInstant(latest, ObservedAtParser.SURVEY_ZONE)
            .truncatedTo(ChronoUnit.MINUTES);
    String fileName = ctx.options().sourceName();
    boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    this.geometryColumn = csv ? "lon/lat" : "geometry";
  }

  /** The row, or null when the feature has problems (all of them are collected). */
  SurveyRow validate(SourceFeature feature) {
    int problemsBefore = problems.count();
    long line = feature.number();
    Point point = point(feature, line);
    long observedAt = observedAt(feature.value(OBSERVED_AT), line);
    String operator = requiredText(feature.value(OPERATOR), OPERATOR, line);
    Technology technology = technology(feature.value(TECHNOLOGY), line);
    SignalCells cells = signalValues(feature, line);
    String sourceId = optionalText(feature.value(SOURCE_ID), SOURCE_ID, line);
    boolean noService = cells == SignalCells.NO_SIGNAL_MARKER;
    SignalReading reading = noService ? SignalReading.NOT_MEASURED : SignalReading.of(signal);
    if (noService) {
      technology = Technology.NONE;
    } else if (technology != null && technology != Technology.NONE && cells == SignalCells.EMPTY) {
      problems.add(line, null, Text.of("imports.survey.noSignal", technology.stored()));
    }
    if (problems.count() != problemsBefore) {
      return null;
    }
    return new SurveyRow(
        line, point.getX(), point.getY(), observedAt, operator, technology, reading, sourceId);
  }

  private Point point(SourceFeature feature, long line) {
    SourceGeometry source = feature.geometry();
    if (source == null || (source.geometry() == null && source.reason() == null)) {
      problems.add(line, geometryColumn, Text.of("imports.survey.noPoint"));
      return null;
    }
    if (!source.ok()) {
      // the reader names the column, or none when the whole row is malformed
      problems.add(line, source.column(), source.reason());
      return null;
    }
    Geometry geometry = source.geometry();
    if (!(geometry instanceof Point point)) {
      problems.add(
          line, geometryColumn, Text.of("imports.survey.notAPoint", geometry.getGeometryType()));
      return null;
    }
    if (point.isEmpty()) {
      problems.add(line, geometryColumn, Text.of("imports.survey.emptyPoint"));
      return null;
    }
    Text problem = CoordinateChecks.pointProblem(point.getX(), point.getY(), ctx.region());
    if (problem != null) {
      problems.add(line, geometryColumn, problem);
      return null;
    }
    return point;
  }

  private long observedAt(String text, long line) {
    if (text == null) {
      problems.add(line, OBSERVED_AT, Text.of("imports.survey.valueRequired"));
      return ObservedAtParser.UNPARSEABLE;
    }
    long micros = timeParser.parseMicros(text);
    if (micros == ObservedAtParser.UNPARSEABLE) {
      problems.add(line, OBSERVED_AT, Text.of("imports.survey.notADateTime", text, EXAMPLE_TIME));
    } else if (micros > latestMicros) {
      problems.add(line, OBSERVED_AT, Text.of("imports.survey.future", text, latestLocal));
    }
    return micros;
  }

  private Technology technology(String text, long line) {
    if (text == null) {
      problems.add(line, TECHNOLOGY, Text.of("imports.survey.valueRequired"));
      return null;
    }
    Technology technology = Technology.parse(text);
    if (technology == null) {
      problems.add(line, TECHNOLOGY, Text.of("imports.survey.unknownTechnology", text));
    }
    return technology;
  }

  /** What the signal cells of a row hold. */
  private enum SignalCells {
    EMPTY,
    VALUES,
    /** At least one holds a no-signal marker: the reading is one of no service. */
    NO_SIGNAL_MARKER
  }

  /** Reads the signal columns into {@link #signal}. */
  private SignalCells signalValues(SourceFeature feature, long line) {
    SignalCells cells = SignalCells.EMPTY;
    for (SignalMeasure measure : MEASURES) {
      double value = Double.NaN;
      String text = feature.value(measure.column());
      if (text != null) {
        if (cells == SignalCells.EMPTY) {
          cells = SignalCells.VALUES;
        }
        value = DecimalText.parse(text, ctx.options().decimalComma());
        if (Double.isNaN(value)) {
          problems.add(line, measure.column(), notANumber(text));
        } else if (noSignalMarkers.matches(value)) {
          cells = SignalCells.NO_SIGNAL_MARKER;
        } else if (!measure.inRange(value)) {
          problems.add(
              line, measure.column(), Text.of("imports.survey.impossible", text, measure.range()));
        }
      }
      signal[measure.ordinal()] = value;
    }
    return cells;
  }

  private Text notANumber(String text) {
    if (!ctx.options().decimalComma() && text.indexOf(',') >= 0) {
      return Text.of("imports.survey.notANumberComma", text);
    }
    return Text.of("imports.survey.notANumber", text);
  }

  private String requiredText(String text, String column, long line) {
    if (text == null) {
      problems.add(line, column, Text.of("imports.survey.valueRequired"));
      return null;
    }
    return checkedText(text, column, line);
  }

  private String optionalText(String text, String column, long line) {
    return text == null ? "" : checkedText(text, column, line);
  }

  private String checkedText(String text, String column, long line) {
    if (text.indexOf('\0') >= 0) {
      problems.add(line, column, Text.of("imports.survey.nul"));
    }
    return text;
  }
}
