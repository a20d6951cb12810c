package org.outreachplanner.fieldreport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored version of a report as the listings answer it: the wire fields, and what the server adds
 * (who sent it, when, how; how many versions the report has; its state: ACCEPTED, or CONFLICT while
 * a conflicting version waits for a planner).
 *
 * @param reportId the id of the report's first version, shared by all its versions
 */
public record StoredReport(
    UUID id,
    UUID reportId,
    UUID corrects,
    String team,
    String village,
    LocalDate visitDate,
    Long plannedVisitId,
    boolean reached,
    VisitReport.NotReachedReason notReachedReason,
    LocalTime startTime,
    LocalTime endTime,
    Integer householdsHelped,
    Integer activationsCompleted,
    Map<VisitReport.Unfinished, Integer> unfinished,
    Integer simCardsHandedOut,
    Integer phonesLent,
    Integer phonesReturned,
    List<VisitReport.SignalSeen> signal,
    String notes,
    String sentBy,
    Instant receivedAt,
    String via,
    int versions,
    String state) {}
