package org.outreachplanner.importer;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature's geometry, or why there is none.
 *
 * @param geometry the geometry in EPSG:4326, or null
 * @param column the column a problem concerns (e.g. {@code lon} or {@code wkt}), or null
 * @param problem what is wrong, or null when the geometry is there
 */
public record SourceGeometry(Geometry geometry, String column, String problem) {

  public static SourceGeometry of(Geometry geometry) {
    return new SourceGeometry(geometry, null, null);
  }

  /** A row of a table that has no geometry (and needs none): neither geometry nor problem. */
  public static SourceGeometry none() {
    return new SourceGeometry(null, null, null);
  }

  public static SourceGeometry problem(String column, String problem) {
    return new SourceGeometry(null, column, problem);
  }

  public boolean ok() {
    return problem == null && geometry != null;
  }
}
