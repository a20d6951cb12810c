package org.outreachplanner.province;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/** A province with the totals of its communes' villages; completion is null when none eligible. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ProvinceSummary(
    String code,
    String name,
    long communeCount,
    long villageCount,
    long households,
    long residents,
    long eligible,
    long eidDone,
    BigDecimal completionPct) {}
