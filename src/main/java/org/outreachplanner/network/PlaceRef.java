package org.outreachplanner.network;

/** A place by kind and code, e.g. (village, 03439-07) or (commune_centre, 03439). */
public record PlaceRef(PlaceKind kind, String code) {

  public static PlaceRef village(String code) {
    return new PlaceRef(PlaceKind.VILLAGE, code);
  }

  public static PlaceRef communeCentre(String communeCode) {
    return new PlaceRef(PlaceKind.COMMUNE_CENTRE, communeCode);
  }

  public static PlaceRef teamBase(String teamCode) {
    return new PlaceRef(PlaceKind.TEAM_BASE, teamCode);
  }

  @Override
  public String toString() {
    return kind.code() + " " + code;
  }
}
