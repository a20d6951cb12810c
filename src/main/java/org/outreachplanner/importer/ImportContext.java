package org.outreachplanner.importer;

import java.time.Duration;
import java.time.Instant;

/**
 * What an importer needs to know besides the features.
 *
 * @param importId the import_run row of this import (survey points carry it)
 * @param options how the file is read
 * @param region the planning region coordinates must fall in
 * @param problems where problems are collected
 * @param now the time the import started
 * @param futureTolerance how far after {@code now} an observation may be and still be accepted
 */
public record ImportContext(
    long importId,
    ImportOptions options,
    RegionBounds region,
    ProblemCollector problems,
    Instant now,
    Duration futureTolerance) {}
