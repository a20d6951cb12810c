package org.outreachplanner.fieldreport;

import java.time.LocalDate;
import org.outreachplanner.i18n.Text;

/**
 * The rules a new version must keep before it is stored: what it must say, which numbers make
 * sense, and who may send it (docs/field-reports.md). Each broken rule is a text naming the field,
 * the reason and how to fix it.
 */
final class ReportChecks {

  private final BatchFacts facts;
  private final Sender sender;
  private final LocalDate today;
  private final int maxAgeDays;

  ReportChecks(BatchFacts facts, Sender sender, LocalDate today, int maxAgeDays) {
    this.facts = facts;
    this.sender = sender;
    this.today = today;
    this.maxAgeDays = maxAgeDays;
  }

  /** Why this report may not be stored, or null when it may. */
  Text problem(VisitReport r) {
    Text missing = missing(r);
    if (missing != null) {
      return missing;
    }
    Text content = content(r);
    return content != null ? content : allowed(r);
  }

  private static Text missing(VisitReport r) {
    if (r.id() == null) {
      return Text.of("reports.missing", "id");
    }
    if (r.team() == null || r.team().isEmpty()) {
      return Text.of("reports.missing", "team");
    }
    if (r.village() == null || r.village().isEmpty()) {
      return Text.of("reports.missing", "village");
    }
    if (r.visitDate() == null) {
      return Text.of("reports.missing", "visitDate");
    }
    if (r.reached() == null) {
      return Text.of("reports.missing", "reached");
    }
    return null;
  }

  private Text content(VisitReport r) {
    if (!r.reached() && r.notReachedReason() == null) {
      return Text.of("reports.reasonMissing");
    }
    if (r.reached() && r.notReachedReason() != null) {
      return Text.of("reports.reasonButReached", r.notReachedReason().name());
    }
    if (r.notReachedReason() == VisitReport.NotReachedReason.OTHER && r.notes() == null) {
      return Text.of("reports.otherNeedsNotes");
    }
    if (r.startTime() != null && r.endTime() != null && r.endTime().isBefore(r.startTime())) {
      return Text.of("reports.endBeforeStart", r.startTime(), r.endTime());
    }
    Text negative = negative(r);
    if (negative != null) {
      return negative;
    }
    for (VisitReport.SignalSeen seen : r.signal()) {
      if (seen == null || seen.operator() == null || seen.operator().isBlank()) {
        return Text.of("reports.missing", "signal[].operator");
      }
      if (seen.level() == null) {
        return Text.of("reports.missing", "signal[].level");
      }
    }
    if (r.visitDate().isAfter(today.plusDays(1))) {
      return Text.of("reports.future", r.visitDate());
    }
    return null;
  }

  private static Text negative(VisitReport r) {
    Object[][] counts = {
      {"householdsHelped", r.householdsHelped()},
      {"activationsCompleted", r.activationsCompleted()},
      {"simCardsHandedOut", r.simCardsHandedOut()},
      {"phonesLent", r.phonesLent()},
      {"phonesReturned", r.phonesReturned()}
    };
    for (Object[] count : counts) {
      if (count[1] != null && (Integer) count[1] < 0) {
        return Text.of("reports.negative", count[0], count[1]);
      }
    }
    for (var entry : r.unfinished().entrySet()) {
      if (entry.getValue() != null && entry.getValue() < 0) {
        return Text.of("reports.negative", "unfinished." + entry.getKey(), entry.getValue());
      }
    }
    return null;
  }

  private Text allowed(VisitReport r) {
    String teamCommune = facts.teams().get(r.team());
    if (teamCommune == null) {
      return Text.of("reports.noSuchTeam", r.team());
    }
    if (!sender.isPlanner() && !r.team().equals(sender.leadOf())) {
      return Text.of("reports.notYourTeam", r.team(), sender.leadOf());
    }
    String villageCommune = facts.villages().get(r.village());
    if (villageCommune == null) {
      return Text.of("reports.noSuchVillage", r.village());
    }
    if (!sender.isPlanner() && r.visitDate().isBefore(today.minusDays(maxAgeDays))) {
      return Text.of("reports.tooOld", r.visitDate(), maxAgeDays);
    }
    if (r.plannedVisitId() == null) {
      return villageCommune.equals(teamCommune)
          ? null
          : Text.of("reports.outsideCommune", r.village(), r.team());
    }
    BatchFacts.Planned planned = facts.planned().get(r.plannedVisitId());
    if (planned == null
        || !planned.team().equals(r.team())
        || !planned.village().equals(r.village())) {
      return Text.of("reports.noSuchPlannedVisit", r.plannedVisitId(), r.team(), r.village());
    }
    return null;
  }
}
