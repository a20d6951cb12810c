package org.outreachplanner.province;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/**
 * A province with the totals of its communes' villages. Each figure is summed over the villages
 * that have it and is null when none has (unknown, not zero); {@code villagesWithoutFigures} counts
 * the villages with any figure unknown; completion is over the villages whose eligible and done are
 * known, and null when none is eligible.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ProvinceSummary(
    String code,
    String name,
    long communeCount,
    long villageCount,
    long villagesWithoutFigures,
    Long households,
    Long residents,
    Long eligible,
    Long eidDone,
    BigDecimal completionPct) {}
