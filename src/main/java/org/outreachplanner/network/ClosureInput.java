package org.outreachplanner.network;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * A checked road closure, ready to be stored: closed from {@code closedFrom} to {@code closedTo}.
 */
public record ClosureInput(
    String name, String reason, LocalDate closedFrom, LocalDate closedTo, Geometry geometry) {}
