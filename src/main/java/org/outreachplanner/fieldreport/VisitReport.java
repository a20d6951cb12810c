package org.outreachplanner.fieldreport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a visit report as the phone sends it (docs/field-reports.md, the wire contract).
 * Null means "not reported" (unknown), never 0.
 *
 * @param id made on the phone, unique per version
 * @param corrects the version this one corrects, or null for a first version
 * @param plannedVisitId the planned visit ({@code schedule_visit.id}), or null for an unplanned one
 * @param unfinished activations started but not finished, by why (keys optional)
 * @param signal the signal the team saw at the village, per operator (may be empty)
 */
public record VisitReport(
    UUID id,
    UUID corrects,
    String team,
    String village,
    LocalDate visitDate,
    Long plannedVisitId,
    Boolean reached,
    NotReachedReason notReachedReason,
    LocalTime startTime,
    LocalTime endTime,
    Integer householdsHelped,
    Integer activationsCompleted,
    Map<Unfinished, Integer> unfinished,
    Integer simCardsHandedOut,
    Integer phonesLent,
    Integer phonesReturned,
    List<SignalSeen> signal,
    String notes) {

  public VisitReport {
    unfinished = unfinished == null ? Map.of() : Map.copyOf(unfinished);
    signal = signal == null ? List.of() : List.copyOf(signal);
    notes = notes == null || notes.isBlank() ? null : notes.strip();
    team = team == null ? null : team.strip();
    village = village == null ? null : village.strip();
  }

  /** Why a visit was not made. */
  public enum NotReachedReason {
    ROAD_CLOSED,
    FLOODED,
    RAIN,
    RESIDENTS_AWAY,
    TEAM_UNAVAILABLE,
    OTHER
  }

  /** Why an activation was started but not finished. */
  public enum Unfinished {
    NO_SIGNAL,
    NO_SIM,
    NO_PHONE,
    PAPERS_MISSING
  }

  /** The signal as the team saw it. */
  public enum SignalLevel {
    NONE,
    WEAK,
    USABLE
  }

  /** One operator's signal at the village. */
  public record SignalSeen(String operator, SignalLevel level) {}

  /** This report with the team and village codes as stored (an SMS may change their case). */
  VisitReport withCodes(String teamCode, String villageCode) {
    return new VisitReport(
        id,
        corrects,
        teamCode,
        villageCode,
        visitDate,
        plannedVisitId,
        reached,
        notReachedReason,
        startTime,
        endTime,
        householdsHelped,
        activationsCompleted,
        unfinished,
        simCardsHandedOut,
        phonesLent,
        phonesReturned,
        signal,
        notes);
  }

  /** This report under another id, correcting another version (a conflict kept as a correction). */
  VisitReport withIds(UUID newId, UUID newCorrects) {
    return new VisitReport(
        newId,
        newCorrects,
        team,
        village,
        visitDate,
        plannedVisitId,
        reached,
        notReachedReason,
        startTime,
        endTime,
        householdsHelped,
        activationsCompleted,
        unfinished,
        simCardsHandedOut,
        phonesLent,
        phonesReturned,
        signal,
        notes);
  }
}
