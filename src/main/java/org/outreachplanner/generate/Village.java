package org.outreachplanner.generate;

/** A village as written to villages.csv. */
record Village(
    VillageSite site,
    String communeCode,
    Population population,
    String gridPower,
    String ethnicGroups,
    String notes,
    RoadAccess access)
    implements PlacedInCommune {

  public String code() {
    return site.code();
  }

  public String name() {
    return site.name();
  }

  public double lon() {
    return site.lon();
  }

  public double lat() {
    return site.lat();
  }
}
