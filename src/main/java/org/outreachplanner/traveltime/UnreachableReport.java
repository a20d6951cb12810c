package org.outreachplanner.traveltime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;

/**
 * The places of an area that no way joins to their commune centre, or that lie beyond the time
 * limit from it, and the commune centres that cannot reach one another, for one mode, season and
 * date. Every ordered pair of places that no way joins is explained by it: a place at one end is
 * listed, or the first place's commune centre cannot reach the second's.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UnreachableReport(
    String areaKind,
    String areaCode,
    String areaName,
    String mode,
    String season,
    LocalDate date,
    String closureSet,
    double maxSeconds,
    int places,
    List<UnreachablePlace> unreachable) {}
