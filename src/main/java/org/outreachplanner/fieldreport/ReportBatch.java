package org.outreachplanner.fieldreport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.outreachplanner.i18n.Text;

/**
 * One batch on its way in: sorts each report into accepted, duplicate, conflict or refused, in the
 * order sent, so that a later report of the batch may correct an earlier one.
 */
final class ReportBatch {

  /** A report to sort: read, or refused when read (problem), with its SMS code if it came so. */
  record Item(VisitReport report, UUID id, Text problem, String smsCode) {}

  private final List<Item> items;
  private final Sender sender;
  private final ReportResult[] results;
  private final List<NewVersion> fresh = new ArrayList<>();
  private final List<NewVersion> conflicts = new ArrayList<>();
  private final Map<UUID, BatchFacts.Stored> seen = new HashMap<>();
  private final Set<UUID> correctedHere = new LinkedHashSet<>();

  ReportBatch(List<Item> items, Sender sender) {
    this.items = items;
    this.sender = sender;
    this.results = new ReportResult[items.size()];
  }

  Set<String> teams() {
    Set<String> codes = new LinkedHashSet<>();
    reports().forEach(r -> codes.add(r.team()));
    return codes;
  }

  Set<String> villages() {
    Set<String> codes = new LinkedHashSet<>();
    reports().forEach(r -> codes.add(r.village()));
    return codes;
  }

  Set<Long> planned() {
    Set<Long> ids = new LinkedHashSet<>();
    reports().filter(r -> r.plannedVisitId() != null).forEach(r -> ids.add(r.plannedVisitId()));
    return ids;
  }

  Set<UUID> versionIds() {
    Set<UUID> ids = new LinkedHashSet<>();
    reports()
        .forEach(
            r -> {
              if (r.id() != null) {
                ids.add(r.id());
              }
              if (r.corrects() != null) {
                ids.add(r.corrects());
              }
            });
    return ids;
  }

  private java.util.stream.Stream<VisitReport> reports() {
    return items.stream().map(Item::report).filter(r -> r != null);
  }

  void sort(BatchFacts facts, ReportChecks checks) {
    seen.putAll(facts.versions());
    for (int i = 0; i < items.size(); i++) {
      results[i] = sortOne(items.get(i), checks);
    }
  }

  private ReportResult sortOne(Item item, ReportChecks checks) {
    if (item.problem() != null) {
      return ReportResult.refused(item.id(), item.problem());
    }
    VisitReport r = item.report();
    String hash = ContentHash.of(r);
    BatchFacts.Stored stored = r.id() == null ? null : seen.get(r.id());
    if (stored != null) {
      return repeat(r, stored, new NewVersion(r, stored.reportId(), hash, sender, item.smsCode()));
    }
    Text problem = checks.problem(r);
    UUID reportId = r.id();
    if (problem == null && r.corrects() != null) {
      BatchFacts.Stored base = seen.get(r.corrects());
      problem = correctionProblem(r, base);
      reportId = base == null ? null : base.reportId();
    }
    if (problem != null) {
      return ReportResult.refused(r.id(), problem);
    }
    if (r.corrects() != null) {
      correctedHere.add(r.corrects());
    }
    seen.put(r.id(), new BatchFacts.Stored(r.id(), reportId, r.team(), hash, null));
    fresh.add(new NewVersion(r, reportId, hash, sender, item.smsCode()));
    return ReportResult.accepted(r.id());
  }

  /** An id already stored (or sent earlier in this batch): the same content or a conflict. */
  private ReportResult repeat(VisitReport r, BatchFacts.Stored stored, NewVersion received) {
    if (!sender.isPlanner() && !stored.team().equals(sender.leadOf())) {
      return ReportResult.refused(
          r.id(), Text.of("reports.notYourTeam", stored.team(), sender.leadOf()));
    }
    if (stored.contentHash().equals(received.hash())) {
      return ReportResult.duplicate(r.id());
    }
    conflicts.add(received);
    return ReportResult.conflict(r.id());
  }

  private Text correctionProblem(VisitReport r, BatchFacts.Stored base) {
    if (base == null) {
      return Text.of("reports.noSuchVersion", r.corrects());
    }
    if (!sender.isPlanner() && !base.team().equals(sender.leadOf())) {
      return Text.of("reports.notYourTeam", base.team(), sender.leadOf());
    }
    if (base.correctedBy() != null || correctedHere.contains(base.id())) {
      return Text.of("reports.notLatest", r.corrects());
    }
    return null;
  }

  /** The versions to insert, in order. */
  List<NewVersion> fresh() {
    return fresh;
  }

  /** The versions that conflict with a stored one. */
  List<NewVersion> conflicts() {
    return conflicts;
  }

  /**
   * A version that another request stored first (its id, or a correction of the same version): now
   * a duplicate, a conflict, or refused as no longer correcting the latest version.
   */
  void lostRace(NewVersion version, Map<UUID, BatchFacts.Stored> nowStored) {
    UUID id = version.report().id();
    int index = indexOf(id);
    BatchFacts.Stored stored = nowStored.get(id);
    results[index] =
        stored == null
            ? ReportResult.refused(id, Text.of("reports.notLatest", version.report().corrects()))
            : repeat(version.report(), stored, version);
  }

  private int indexOf(UUID id) {
    for (int i = 0; i < items.size(); i++) {
      VisitReport r = items.get(i).report();
      if (r != null && id.equals(r.id()) && results[i].state() == ReportResult.State.ACCEPTED) {
        return i;
      }
    }
    throw new IllegalStateException("a stored version comes from its batch: " + id);
  }

  List<ReportResult> results() {
    return List.of(results);
  }
}
