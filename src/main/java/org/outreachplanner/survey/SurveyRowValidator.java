package org.outreachplanner.survey;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.CoordinateChecks;
import org.outreachplanner.importer.DecimalText;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.MissingValues;
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

  /** The strength measure of the reading's technology (see {@link SignalMeasure#strengthOf}). */
  static final String SIGNAL = "signal";

  /** The quality measure of the reading's technology (see {@link SignalMeasure#qualityOf}). */
  static final String QUALITY = "quality";

  /** 2G receive level 0…63, read as RSSI = RxLev − 110 dBm (3GPP TS 45.008). */
  static final String RXLEV = "rxlev";

  static final String MCC = "mcc";
  static final String MNC = "mnc";

  /** MCC and MNC written together, e.g. {@code 45204}. */
  static final String MCC_MNC = "mcc_mnc";

  private static final String EXAMPLE_TIME = "2026-05-14T09:12:00+07:00";
  private static final SignalMeasure[] MEASURES = SignalMeasure.values();

  private final ImportContext ctx;
  private final ProblemCollector problems;
  private final NoSignalMarkers noSignalMarkers;
  private final ObservedAtParser timeParser;
  private final MobileNetworks networks;
  private SignalMeasure[] presentMeasures = MEASURES;
  private boolean genericSignal = true;
  private long unknownMeasures;
  private final long latestMicros;
  private final LocalDateTime latestLocal;
  private final String geometryColumn;
  private final double[] signal = new double[MEASURES.length];

  SurveyRowValidator(ImportContext ctx, NoSignalMarkers noSignalMarkers, MobileNetworks networks) {
    this.ctx = ctx;
    this.problems = ctx.problems();
    this.noSignalMarkers = noSignalMarkers;
    this.networks = networks;
    this.timeParser = new ObservedAtParser(ctx.options().zone());
    Instant latest = ctx.now().plus(ctx.futureTolerance());
    this.latestMicros =
        Math.multiplyExact(latest.getEpochSecond(), 1_000_000L) + latest.getNano() / 1000;
    this.latestLocal =
        LocalDateTime.ofInstant(latest, ctx.options().zone()).truncatedTo(ChronoUnit.MINUTES);
    String fileName = ctx.options().sourceName();
    boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    this.geometryColumn = csv ? "lon/lat" : "geometry";
  }

  /** Reads only the measure columns the file has (of its canonical {@code columns}). */
  void readColumns(Set<String> columns) {
    presentMeasures =
        Arrays.stream(MEASURES)
            .filter(m -> columns.contains(m.column()))
            .toArray(SignalMeasure[]::new);
    genericSignal =
        columns.contains(SIGNAL) || columns.contains(QUALITY) || columns.contains(RXLEV);
  }

  /** Adds the notices of the rows read: the zone assumed, unknown networks and measures. */
  void notices() {
    if (timeParser.localTimes() > 0) {
      problems.notice(
          "survey.zone",
          Text.of(
              "imports.survey.zoneAssumed", timeParser.zone().getId(), timeParser.localTimes()));
    }
    networks.notices(problems);
    if (unknownMeasures > 0) {
      problems.notice("survey.unknown", Text.of("imports.survey.unknownMeasure", unknownMeasures));
    }
  }

  /** The row, or null when the feature has problems (all of them are collected). */
  SurveyRow validate(SourceFeature feature) {
    int problemsBefore = problems.count();
    long line = feature.number();
    Point point = point(feature, line);
    long observedAt = observedAt(value(feature, OBSERVED_AT), line);
    Technology technology = technology(value(feature, TECHNOLOGY), line);
    SignalCells cells = signalValues(feature, technology, line);
    String sourceId = optionalText(value(feature, SOURCE_ID), SOURCE_ID, line);
    boolean noService = cells == SignalCells.NO_SIGNAL_MARKER;
    SignalReading reading = noService ? SignalReading.NOT_MEASURED : SignalReading.of(signal);
    if (noService) {
      technology = Technology.NONE;
    }
    String operator = operator(feature, line);
    if (problems.count() != problemsBefore) {
      return null;
    }
    if (!noService && !SignalMeasure.classes(technology, signal)) {
      unknownMeasures++;
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
      problems.add(
          line,
          OBSERVED_AT,
          timeParser.zone().equals(ImportOptions.DEFAULT_ZONE)
              ? Text.of("imports.survey.future", text, latestLocal)
              : Text.of("imports.survey.futureIn", text, latestLocal, timeParser.zone().getId()));
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

  /**
   * Reads the signal columns into {@link #signal}: the measures the file names, then the generic
   * {@code signal} and {@code quality} columns into the measures of the reading's technology (a
   * measure named by its own column comes first), and a 2G RxLev into RSSI.
   */
  private SignalCells signalValues(SourceFeature feature, Technology technology, long line) {
    Arrays.fill(signal, Double.NaN);
    SignalCells cells = SignalCells.EMPTY;
    for (SignalMeasure measure : presentMeasures) {
      cells = read(feature, measure.column(), measure, 0, cells, line);
    }
    if (genericSignal && technology != null && technology != Technology.NONE) {
      cells = read(feature, SIGNAL, SignalMeasure.strengthOf(technology), 0, cells, line);
      SignalMeasure quality = SignalMeasure.qualityOf(technology);
      if (quality != null) {
        cells = read(feature, QUALITY, quality, 0, cells, line);
      }
      if (technology == Technology.G2) {
        cells = read(feature, RXLEV, SignalMeasure.RSSI, RXLEV_TO_DBM, cells, line);
      }
    }
    return cells;
  }

  /** RSSI in dBm = RxLev − 110. */
  private static final double RXLEV_TO_DBM = -110;

  /**
   * Reads one cell into the measure's slot when it is still empty; {@code offset} is added to the
   * value first (for a 2G RxLev).
   */
  private SignalCells read(
      SourceFeature feature,
      String column,
      SignalMeasure measure,
      double offset,
      SignalCells cells,
      long line) {
    String text = value(feature, column);
    if (text == null || !Double.isNaN(signal[measure.ordinal()])) {
      return cells;
    }
    SignalCells found = cells == SignalCells.EMPTY ? SignalCells.VALUES : cells;
    double value = DecimalText.parse(text, ctx.options().decimalComma());
    if (Double.isNaN(value)) {
      problems.add(line, column, notANumber(text));
      return found;
    }
    if (noSignalMarkers.matches(value)) {
      return SignalCells.NO_SIGNAL_MARKER;
    }
    boolean possible = offset == 0 ? measure.inRange(value) : value >= 0 && value <= 63;
    value += offset;
    if (!possible) {
      Text range = offset == 0 ? measure.range() : Text.of("imports.survey.rxlevRange");
      problems.add(line, column, Text.of("imports.survey.impossible", text, range));
      return found;
    }
    signal[measure.ordinal()] = value;
    return found;
  }

  /** The operator: the file's name for it, or the name of its MCC and MNC. */
  private String operator(SourceFeature feature, long line) {
    String name = value(feature, OPERATOR);
    if (name != null) {
      return checkedText(name, OPERATOR, line);
    }
    String mcc = value(feature, MCC);
    String mnc = value(feature, MNC);
    String column = MCC;
    if (mcc == null || mnc == null) {
      String both = value(feature, MCC_MNC);
      if (both == null) {
        problems.add(line, OPERATOR, Text.of("imports.survey.valueRequired"));
        return null;
      }
      column = MCC_MNC;
      mcc = both.length() >= 5 ? both.substring(0, 3) : both;
      mnc = both.length() >= 5 ? both.substring(3) : "";
    }
    if (!mcc.matches("[0-9]{3}") || !mnc.matches("[0-9]{1,3}")) {
      problems.add(line, column, Text.of("imports.survey.notMccMnc", mcc + mnc));
      return null;
    }
    return networks.operator(mcc, mnc);
  }

  /** A cell's text, or null when it is empty or a missing-value marker. */
  private static String value(SourceFeature feature, String column) {
    return MissingValues.orNull(feature.value(column));
  }

  private Text notANumber(String text) {
    if (!ctx.options().decimalComma() && text.indexOf(',') >= 0) {
      return Text.of("imports.survey.notANumberComma", text);
    }
    return Text.of("imports.survey.notANumber", text);
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
