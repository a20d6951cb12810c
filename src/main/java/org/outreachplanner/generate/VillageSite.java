package org.outreachplanner.generate;

/** Where a village is and what it is called, before its population is known. */
record VillageSite(
    String code, String name, double lon, double lat, double distanceFromCentreMetres) {}
