package org.outreachplanner.generate;

/** What is written as a point of a commune (a village, a team's base): its identity and place. */
interface PlacedInCommune {

  String code();

  String name();

  String communeCode();

  double lon();

  double lat();
}
