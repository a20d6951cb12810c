package org.outreachplanner.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.outreachplanner.i18n.Text;

/**
 * A network report as lines of text for the command line, in its language (English unless the
 * system's is Vietnamese). Coordinates are written with a decimal point in every language.
 */
final class NetworkReportText {

  /** Items listed of each kind; the rest are counted. */
  static final int LISTED = 20;

  private NetworkReportText() {}

  static List<String> lines(NetworkReport r) {
    List<Text> out = new ArrayList<>();
    out.add(
        Text.of(
            "roads.report.built",
            r.millis() / 1000.0,
            metres(r.snapToleranceM()),
            metres(r.maxOffroadM())));
    out.add(
        indented(
            Text.of(
                "roads.report.size",
                r.segments(),
                r.edges(),
                r.offroadEdges(),
                r.vertices(),
                r.roadLengthKm())));
    out.add(indented(Text.of("roads.report.components", r.components())));
    list(out, Text.of("roads.report.isolated"), r.isolatedPieces(), NetworkReportText::isolated);
    list(
        out,
        Text.of("roads.report.zeroLength"),
        r.zeroLengthSegments(),
        NetworkReportText::zeroLength);
    list(out, Text.of("roads.report.collapsed"), r.collapsedPieces(), NetworkReportText::collapsed);
    list(
        out,
        Text.of("roads.report.unknownClasses"),
        r.unknownRoadClasses(),
        c -> Text.of("roads.report.unknownClass", c.roadClass(), c.segments()));
    out.add(
        indented(Text.of("roads.report.placesAttached", r.placesAttached(), r.placesOffroad())));
    list(
        out,
        Text.of("roads.report.notAttached"),
        r.placesUnattached(),
        p -> Text.of("roads.field", p.kind() + " " + p.code(), Place.problemText(p.problem())));
    out.add(
        indented(
            r.edgesWithElevation() == 0
                ? Text.of("roads.report.noElevation")
                : Text.of("roads.report.elevation", r.edgesWithElevation())));
    if (r.terrain() != null) {
      terrain(out, r.terrain());
    }
    return out.stream().map(Text::inCurrentLanguage).toList();
  }

  private static void terrain(List<Text> out, NetworkReport.Terrain t) {
    out.add(indented(Text.of("roads.report.steep", t.steeperThan30Pct())));
    out.add(
        indented(
            Text.of("roads.report.impassable", t.impassableOnFoot(), t.impassableByMotorbike())));
    edges(out, t.impassableOnFoot(), t.impassableEdges(), NetworkReportText::steepEdge);
    Text range = Text.of("roads.report.implausible", kmh(t.floorKmh()), kmh(t.plausibleMaxKmh()));
    if (t.implausibleOnFoot() == 0) {
      out.add(indented(Text.of("roads.report.none", range)));
      return;
    }
    out.add(indented(Text.of("roads.field", range, t.implausibleOnFoot())));
    edges(out, t.implausibleOnFoot(), t.implausibleEdges(), NetworkReportText::slowEdge);
  }

  private static void edges(
      List<Text> out,
      long count,
      List<NetworkReport.TerrainEdge> listed,
      Function<NetworkReport.TerrainEdge, Text> line) {
    listed.forEach(e -> out.add(indented(indented(line.apply(e)))));
    if (count > listed.size()) {
      out.add(indented(indented(Text.of("roads.report.more", count - listed.size()))));
    }
  }

  private static Text steepEdge(NetworkReport.TerrainEdge e) {
    return Text.of(
        "roads.report.steepEdge",
        String.valueOf(e.edgeId()),
        e.roadClass(),
        metres(e.lengthM()),
        e.maxGrade(),
        degrees(e.lon()),
        degrees(e.lat()));
  }

  private static Text slowEdge(NetworkReport.TerrainEdge e) {
    return Text.of(
        "roads.report.implausibleEdge",
        String.valueOf(e.edgeId()),
        e.roadClass(),
        metres(e.lengthM()),
        kmh(e.kmh() == null ? 0 : e.kmh()),
        e.maxGrade(),
        degrees(e.lon()),
        degrees(e.lat()));
  }

  /** 0.5 km/h (0,5 km/h in Vietnamese). */
  private static Text kmh(double value) {
    return Text.of("roads.report.kmh", value);
  }

  private static Text isolated(NetworkReport.IsolatedPiece p) {
    return Text.of(
        "roads.report.isolatedPiece",
        String.valueOf(p.component()),
        p.edges(),
        metres(p.lengthM()),
        degrees(p.lon()),
        degrees(p.lat()));
  }

  private static Text zeroLength(NetworkReport.ZeroLengthSegment s) {
    return s.sourceId() == null
        ? Text.of(
            "roads.report.zeroLengthSegment", String.valueOf(s.segmentId()), metres(s.lengthM()))
        : Text.of(
            "roads.report.zeroLengthSegmentOf",
            String.valueOf(s.segmentId()),
            s.sourceId(),
            metres(s.lengthM()));
  }

  private static Text collapsed(NetworkReport.CollapsedPieces c) {
    return c.sourceId() == null
        ? Text.of(
            "roads.report.collapsedSegment",
            String.valueOf(c.segmentId()),
            c.pieces(),
            degrees(c.lon()),
            degrees(c.lat()))
        : Text.of(
            "roads.report.collapsedSegmentOf",
            String.valueOf(c.segmentId()),
            c.sourceId(),
            c.pieces(),
            degrees(c.lon()),
            degrees(c.lat()));
  }

  private static <T> void list(List<Text> out, Text title, List<T> items, Function<T, Text> line) {
    if (items.isEmpty()) {
      out.add(indented(Text.of("roads.report.none", title)));
      return;
    }
    out.add(indented(Text.of("roads.field", title, items.size())));
    items.stream().limit(LISTED).forEach(item -> out.add(indented(indented(line.apply(item)))));
    if (items.size() > LISTED) {
      out.add(indented(indented(Text.of("roads.report.more", items.size() - LISTED))));
    }
  }

  /** The text two spaces to the right. */
  private static Text indented(Text text) {
    return Text.of("roads.report.indent", text);
  }

  /** 5 m, 12.5 m, 1234.57 m (12,5 m in Vietnamese). */
  static Text metres(double m) {
    return Text.of("roads.report.metres", m);
  }

  /** A longitude or latitude to six decimals, with a point. */
  private static String degrees(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
