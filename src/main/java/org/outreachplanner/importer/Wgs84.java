package org.outreachplanner.importer;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.outreachplanner.i18n.Text;

/** Geometries in EPSG:4326 as the readers hand them out, and the checks every one passes. */
final class Wgs84 {

  static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  private Wgs84() {}

  /** The geometry, or a problem when it is empty or has a NaN or infinite coordinate. */
  static SourceGeometry checked(Geometry geometry, String column) {
    if (geometry.isEmpty()) {
      return SourceGeometry.problem(column, Text.of("imports.geometry.empty"));
    }
    if (!allFinite(geometry)) {
      return SourceGeometry.problem(column, Text.of("imports.coordinates.nonFinite"));
    }
    geometry.setSRID(4326);
    return SourceGeometry.of(geometry);
  }

  /** Whether every x and y of the geometry is a finite number. */
  static boolean allFinite(Geometry geometry) {
    FiniteFilter filter = new FiniteFilter();
    geometry.apply(filter);
    return filter.finite;
  }

  private static final class FiniteFilter implements CoordinateSequenceFilter {
    private boolean finite = true;

    @Override
    public void filter(CoordinateSequence seq, int i) {
      finite = Double.isFinite(seq.getX(i)) && Double.isFinite(seq.getY(i));
    }

    @Override
    public boolean isDone() {
      return !finite;
    }

    @Override
    public boolean isGeometryChanged() {
      return false;
    }
  }
}
