package org.outreachplanner.roads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A network report as lines of text for the command line. */
final class NetworkReportText {

  /** Items listed of each kind; the rest are counted. */
  static final int LISTED = 20;

  private NetworkReportText() {}

  static List<String> lines(NetworkReport r) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "Network built in %.1f s (segment ends snapped within %s, places attached within %s)",
            r.millis() / 1000.0,
            metres(r.snapToleranceM()),
            metres(r.maxOffroadM())));
    out.add(
        String.format(
            Locale.ROOT,
            "  %d road segments -> %s (%s), %d vertices, %.3f km of road",
            r.segments(),
            count(r.edges(), "edge"),
            count(r.offroadEdges(), "off-road leg"),
            r.vertices(),
            r.roadLengthKm()));
    out.add("  " + r.components() + " connected components");
    list(
        out,
        "isolated pieces (no place attached)",
        r.isolatedPieces(),
        p ->
            String.format(
                Locale.ROOT,
                "component %d: %s, %s, around %.6f, %.6f (lon, lat)",
                p.component(),
                count(p.edges(), "edge"),
                metres(p.lengthM()),
                p.lon(),
                p.lat()));
    list(
        out,
        "zero-length segments dropped",
        r.zeroLengthSegments(),
        s ->
            "segment "
                + s.segmentId()
                + (s.sourceId() == null ? "" : " (" + s.sourceId() + ")")
                + ", "
                + metres(s.lengthM())
                + " long, both ends on one vertex");
    list(
        out,
        "stretches collapsed into one vertex, dropped",
        r.collapsedPieces(),
        c ->
            String.format(
                Locale.ROOT,
                "segment %d%s: %s at %.6f, %.6f (lon, lat)",
                c.segmentId(),
                c.sourceId() == null ? "" : " (" + c.sourceId() + ")",
                c.pieces() + (c.pieces() == 1 ? " stretch" : " stretches"),
                c.lon(),
                c.lat()));
    list(
        out,
        "unknown road classes (they use the '*' speeds)",
        r.unknownRoadClasses(),
        c -> c.roadClass() + ": " + count(c.segments(), "segment"));
    out.add(
        "  places attached: "
            + r.placesAttached()
            + " ("
            + r.placesOffroad()
            + " by an off-road leg)");
    list(
        out,
        "places not attached",
        r.placesUnattached(),
        p -> p.kind() + " " + p.code() + ": " + Place.problemText(p.problem()).inCurrentLanguage());
    out.add(
        "  edges with climb and descent: "
            + r.edgesWithElevation()
            + (r.edgesWithElevation() == 0
                ? " (no elevation model loaded or none covers them)"
                : ""));
    return out;
  }

  private static <T> void list(
      List<String> out, String title, List<T> items, Function<T, String> line) {
    if (items.isEmpty()) {
      out.add("  " + title + ": none");
      return;
    }
    out.add("  " + title + ": " + items.size());
    items.stream().limit(LISTED).forEach(item -> out.add("    " + line.apply(item)));
    if (items.size() > LISTED) {
      out.add("    ... and " + (items.size() - LISTED) + " more");
    }
  }

  /** 1 edge, 2 edges. */
  static String count(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  /** 5 m, 12.5 m, 1234.57 m. */
  static String metres(double m) {
    if (m == Math.rint(m) && Math.abs(m) < 1e15) {
      return (long) m + " m";
    }
    return String.format(Locale.ROOT, "%.2f m", m).replaceAll("0 m$", " m");
  }
}
