package org.outreachplanner.network;

import java.time.OffsetDateTime;

/**
 * One row of the speed profile: the speed in km/h on a road class and surface ('*': any), for a
 * mode and season.
 */
public record SpeedRow(
    String roadClass,
    String surface,
    String mode,
    String season,
    double kmh,
    String note,
    OffsetDateTime updatedAt) {}
