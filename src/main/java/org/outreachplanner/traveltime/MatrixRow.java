package org.outreachplanner.traveltime;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ProblemCollector;
import org.outreachplanner.importer.SourceFeature;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;

/** One checked row of a travel-time matrix file. */
record MatrixRow(
    PlaceRef from, PlaceRef to, TravelMode mode, Season season, double seconds, double metres) {

  /** A plain decimal number: digits, at most one point; no sign, exponent or separators. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

  /** Reads and checks a row; null after recording every problem it has. */
  static MatrixRow read(SourceFeature feature, ProblemCollector problems, Set<PlaceRef> places) {
    int before = problems.count();
    long n = feature.number();
    Text rowProblem = feature.geometry().reason();
    if (rowProblem != null) {
      problems.add(n, feature.geometry().column(), rowProblem);
      return null;
    }
    PlaceRef from = place(feature, problems, places, "from_kind", "from_code");
    PlaceRef to = place(feature, problems, places, "to_kind", "to_code");
    TravelMode mode = parsed(feature, problems, "mode", TravelMode::parse, TravelMode::unknown);
    Season season = parsed(feature, problems, "season", Season::parse, Season::unknown);
    double seconds = amount(feature, problems, "seconds");
    double metres = amount(feature, problems, "metres");
    if (from != null && from.equals(to)) {
      problems.add(n, "to_code", Text.of("roads.matrix.samePlace"));
    }
    if (problems.count() > before) {
      return null;
    }
    return new MatrixRow(from, to, mode, season, seconds, metres);
  }

  /** What makes two rows the same pair: the places, mode and season. */
  List<Object> key() {
    return List.of(from, to, mode, season);
  }

  /** The row in COPY text format, as the staging table's columns. */
  void appendCopyLine(StringBuilder b) {
    b.append(from.kind().code()).append('\t').append(TravelTimeCopy.escape(from.code()));
    b.append('\t').append(to.kind().code()).append('\t').append(TravelTimeCopy.escape(to.code()));
    b.append('\t').append(mode.code()).append('\t').append(season.code());
    b.append('\t').append(seconds).append('\t').append(metres).append('\n');
  }

  private static PlaceRef place(
      SourceFeature feature,
      ProblemCollector problems,
      Set<PlaceRef> places,
      String kindColumn,
      String codeColumn) {
    String kindText = feature.value(kindColumn);
    PlaceKind kind = kindText == null ? PlaceKind.VILLAGE : PlaceKind.parse(kindText);
    if (kind == null) {
      problems.add(feature.number(), kindColumn, Text.of("roads.matrix.badKind", kindText));
    }
    String code = required(feature, problems, codeColumn);
    if (kind == null || code == null) {
      return null;
    }
    PlaceRef ref = new PlaceRef(kind, code);
    if (!places.contains(ref)) {
      problems.add(feature.number(), codeColumn, unknownPlace(kind, code));
      return null;
    }
    return ref;
  }

  private static Text unknownPlace(PlaceKind kind, String code) {
    return switch (kind) {
      case VILLAGE -> Text.of("roads.matrix.unknownVillage", code);
      case COMMUNE_CENTRE -> Text.of("roads.matrix.unknownCommuneCentre", code);
      case TEAM_BASE -> Text.of("roads.matrix.unknownTeamBase", code);
    };
  }

  /**
   * A required value read by {@code parse}, or null after recording why it cannot be read ({@code
   * unknown} says why a value is not one).
   */
  private static <T> T parsed(
      SourceFeature feature,
      ProblemCollector problems,
      String column,
      Function<String, T> parse,
      Function<String, Text> unknown) {
    String text = required(feature, problems, column);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add(feature.number(), column, unknown.apply(text));
      return null;
    }
  }

  private static String required(SourceFeature feature, ProblemCollector problems, String column) {
    String value = feature.value(column);
    if (value == null) {
      problems.add(feature.number(), column, Text.of("roads.matrix.valueRequired"));
    }
    return value;
  }

  /** A non-negative plain decimal, or −1 after recording why it is not one. */
  private static double amount(SourceFeature feature, ProblemCollector problems, String column) {
    String text = required(feature, problems, column);
    if (text == null) {
      return -1;
    }
    if (text.startsWith("-") && DECIMAL.matcher(text.substring(1)).matches()) {
      problems.add(feature.number(), column, Text.of("roads.matrix.negative", text));
      return -1;
    }
    if (!DECIMAL.matcher(text).matches()) {
      problems.add(
          feature.number(),
          column,
          Text.of(
              text.contains(",") ? "roads.matrix.notNumberComma" : "roads.matrix.notNumber", text));
      return -1;
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      problems.add(feature.number(), column, Text.of("roads.matrix.tooLarge", text));
      return -1;
    }
    return value;
  }
}
