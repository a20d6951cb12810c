package org.outreachplanner.roads;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import java.util.List;

/**
 * The places of an area that no way joins to their commune centre, or that lie beyond the time
 * limit from it, for one mode, season and date. Every ordered pair of places that no way joins has
 * a listed place at one end at least: two places that can both reach their centres and be reached
 * from them are joined through the centres.
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
