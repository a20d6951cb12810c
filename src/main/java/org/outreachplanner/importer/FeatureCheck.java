package org.outreachplanner.importer;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.i18n.Text;

/**
 * Reads the values of one feature for an importer, recording a problem (with the feature's number
 * and the column) for every value that is missing or cannot be read, so that one pass over a file
 * finds all its problems.
 */
public final class FeatureCheck {

  public static final String GEOMETRY = "geometry";

  /**
   * The most characters a cell may hold (names, codes, lists, every other text) unless {@link
   * #LONG_TEXT} says otherwise; a longer cell is refused before it is read or quoted in a problem.
   */
  static final int MAX_TEXT = 200;

  /** Columns of free text, with their own maximum: a village's notes, a closure's reason. */
  static final Map<String, Integer> LONG_TEXT = Map.of("notes", 2000, "reason", 2000);

  private final SourceFeature feature;
  private final ProblemCollector problems;
  private boolean failed;

  FeatureCheck(SourceFeature feature, ProblemCollector problems) {
    this.feature = feature;
    this.problems = problems;
  }

  /**
   * Whether the file is CSV or a spreadsheet, whose features are rows numbered by their line (as
   * the spreadsheet numbers them).
   */
  static boolean isCsv(String fileName) {
    if (fileName == null) {
      return false;
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv")
        || lower.endsWith(".xlsx")
        || lower.endsWith(".xls")
        || lower.endsWith(".ods");
  }

  /** "row 12" for a CSV file or a spreadsheet, "feature 12" for the other formats. */
  public static Text at(String fileName, long number) {
    String n = String.valueOf(number);
    return isCsv(fileName) ? Text.of("imports.at.row", n) : Text.of("imports.at.feature", n);
  }

  /**
   * The check of one feature for an importer that reads its features itself rather than through a
   * {@link StagedMerge}; problems go to {@code problems}.
   */
  public static FeatureCheck of(SourceFeature feature, ProblemCollector problems) {
    return new FeatureCheck(feature, problems);
  }

  public long number() {
    return feature.number();
  }

  /** True when any value of this feature was refused. */
  public boolean failed() {
    return failed;
  }

  public void problem(String column, Text reason) {
    failed = true;
    problems.add(feature.number(), column, reason);
  }

  /** The text of an optional column, or null (also after recording that it is too long). */
  public String text(String column) {
    String value = feature.value(column);
    return value == null || withinLength(column, value) ? value : null;
  }

  /** The text of a required column, or null after recording that it is missing or too long. */
  public String required(String column) {
    String value = feature.value(column);
    if (value == null) {
      problem(column, Text.of("imports.valueRequired"));
      return null;
    }
    return withinLength(column, value) ? value : null;
  }

  /**
   * The one length rule of every cell an importer reads through this check: true when {@code value}
   * has at most the column's maximum of characters, else false after recording the problem (with
   * the length, never the text).
   */
  private boolean withinLength(String column, String value) {
    Text problem = tooLong(column, value);
    if (problem != null) {
      problem(column, problem);
    }
    return problem == null;
  }

  /** Why {@code value} is too long for {@code column}, or null when it is not. */
  static Text tooLong(String column, String value) {
    int max = LONG_TEXT.getOrDefault(column, MAX_TEXT);
    if (value.length() <= max) {
      return null;
    }
    int characters = value.codePointCount(0, value.length());
    return characters <= max ? null : Text.of("imports.value.tooLong", characters, max);
  }

  /** A required whole number of at least {@code min}, or null after recording the problem. */
  public Integer count(String column, int min) {
    String text = required(column);
    return text == null ? null : read(column, text, t -> ValueParsers.count(t, min), null);
  }

  /**
   * An optional whole number of at least {@code min}: null when the cell is empty or the file has
   * no such column (unknown, not zero), or after recording why it cannot be read.
   */
  public Integer optionalCount(String column, int min) {
    return optional(column, t -> ValueParsers.count(t, min), null);
  }

  /** An optional value read by {@code parser}, {@code fallback} when the cell is empty. */
  public <T> T optional(String column, Function<String, Parsed<T>> parser, T fallback) {
    String text = text(column);
    return text == null ? fallback : read(column, text, parser, fallback);
  }

  /**
   * Like {@link #optional}, but tells whether the value could be read, for checks that compare it
   * with another value: a refused value has been recorded already and must not be compared.
   */
  public <T> Parsed<T> optionalParsed(
      String column, Function<String, Parsed<T>> parser, T fallback) {
    String text = feature.value(column);
    if (text == null) {
      return Parsed.of(fallback);
    }
    Text tooLong = tooLong(column, text);
    if (tooLong != null) {
      problem(column, tooLong);
      return Parsed.refused(tooLong);
    }
    Parsed<T> parsed = parser.apply(text);
    if (!parsed.ok()) {
      problem(column, parsed.problem());
    }
    return parsed;
  }

  private <T> T read(String column, String text, Function<String, Parsed<T>> parser, T fallback) {
    Parsed<T> parsed = parser.apply(text);
    if (!parsed.ok()) {
      problem(column, parsed.problem());
      return fallback;
    }
    return parsed.value();
  }

  /** The geometry, or null after recording why there is none. */
  public Geometry geometry() {
    SourceGeometry g = feature.geometry();
    if (g == null || (g.reason() == null && g.geometry() == null)) {
      problem(GEOMETRY, Text.of("imports.noGeometry"));
      return null;
    }
    if (!g.ok()) {
      // the reader names the column (e.g. lon), or none when the problem is the whole row's
      problem(g.column(), g.reason());
      return null;
    }
    return g.geometry();
  }

  /** Records a problem with the geometry when {@code problem} is not null. */
  public void geometryProblem(Text problem) {
    if (problem != null) {
      problem(GEOMETRY, problem);
    }
  }
}
