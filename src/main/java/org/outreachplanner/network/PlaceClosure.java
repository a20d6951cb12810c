package org.outreachplanner.network;

import java.time.LocalDate;

/**
 * A closure in force on a date that closes edges of the network component a place is attached to:
 * the closure to name when the place cannot be reached that day.
 *
 * @param closedEdges how many edges of that component it closes
 * @param distanceM distance from the place to the nearest of them, in metres
 */
public record PlaceClosure(
    long closureId,
    String name,
    String reason,
    LocalDate closedFrom,
    LocalDate closedTo,
    long closedEdges,
    double distanceM) {}
