package org.outreachplanner.generate;

import org.locationtech.jts.geom.Polygon;

/** A laid-out commune: its boundary and centre in lon/lat, already rounded to 6 decimals. */
record Commune(
    int index,
    ProvinceSpec province,
    CommuneSpec spec,
    Polygon boundary,
    double centreLon,
    double centreLat,
    LocalProjection projection) {

  String code() {
    return spec.code();
  }
}
