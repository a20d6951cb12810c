package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Cuts lines at the edge of the planning region, so that an OpenStreetMap extract a little larger
 * than the region imports what lies inside and says what it cut, instead of refusing the file.
 * Lines with coordinates that are not finite or not on the globe are left as they are, for {@link
 * GeometryRules} to refuse with the reason.
 */
public final class RegionClip {

  /**
   * A line after the cut.
   *
   * @param geometry what lies inside (a LineString or MultiLineString), or null when nothing does
   * @param cut whether anything was cut off
   */
  public record Clipped(Geometry geometry, boolean cut) {

    /** Whether the whole line lay outside the region. */
    public boolean outside() {
      return geometry == null;
    }
  }

  private RegionClip() {}

  /** The part of a line (LineString or MultiLineString) inside the region. */
  public static Clipped lines(Geometry g, RegionBounds region) {
    if (!(g instanceof LineString || g instanceof MultiLineString)
        || g.isEmpty()
        || !onTheGlobe(g)) {
      return new Clipped(g, false);
    }
    Envelope box = new Envelope(region.minLon(), region.maxLon(), region.minLat(), region.maxLat());
    if (box.contains(g.getEnvelopeInternal())) {
      return new Clipped(g, false);
    }
    Geometry inside = g.intersection(g.getFactory().toGeometry(box));
    List<LineString> parts = new ArrayList<>();
    for (int i = 0; i < inside.getNumGeometries(); i++) {
      if (inside.getGeometryN(i) instanceof LineString line && line.getLength() > 0) {
        parts.add(line);
      }
    }
    if (parts.isEmpty()) {
      return new Clipped(null, true);
    }
    Geometry kept =
        parts.size() == 1
            ? parts.get(0)
            : g.getFactory().createMultiLineString(parts.toArray(LineString[]::new));
    kept.setSRID(g.getSRID());
    return new Clipped(kept, true);
  }

  private static boolean onTheGlobe(Geometry g) {
    for (var c : g.getCoordinates()) {
      if (!Double.isFinite(c.x)
          || !Double.isFinite(c.y)
          || Math.abs(c.x) > 180
          || Math.abs(c.y) > 90) {
        return false;
      }
    }
    return true;
  }
}
