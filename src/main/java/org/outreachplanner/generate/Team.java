package org.outreachplanner.generate;

/** A digital-support team as written to teams.csv; its point is the team's base. */
record Team(
    String code,
    String name,
    String communeCode,
    double lon,
    double lat,
    int members,
    String workingDays,
    String dayStart,
    String dayEnd,
    String transportMode,
    String languages)
    implements PlacedInCommune {}
