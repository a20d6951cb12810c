package org.outreachplanner.schedule.domain;

import java.time.LocalDate;

/**
 * A published visit kept as it is while re-planning: its team-day is not planned again, and no
 * other team may be sent to its village that day.
 */
public record FixedVisit(String teamCode, String villageCode, LocalDate date) {}
