package org.outreachplanner.generate;

/** A village as written to villages.csv. */
record Village(
    VillageSite site,
    String communeCode,
    Population population,
    String gridPower,
    String ethnicGroups,
    String notes,
    RoadAccess access) {

  String code() {
    return site.code();
  }

  String name() {
    return site.name();
  }

  double lon() {
    return site.lon();
  }

  double lat() {
    return site.lat();
  }
}
