package org.outreachplanner.fieldreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts batches of visit reports idempotently (docs/field-reports.md): the same id with the same
 * content is a duplicate and changes nothing; the same id with other content is a conflict kept for
 * a planner; a new version is checked and stored. Shared by the API, the SMS intake and the command
 * line.
 */
@Service
public class VisitReportService {

  /** The most reports one batch may carry. */
  public static final int MAX_BATCH = 500;

  /** The programme's time zone: what "today" is for the age of a report. */
  static final ZoneId FIELD_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final VisitReportRepository reports;
  private final ConflictRepository conflicts;
  private final FieldReadings readings;
  private final ObjectMapper json;
  private final int maxAgeDays;
  private final Clock clock;

  VisitReportService(
      VisitReportRepository reports,
      ConflictRepository conflicts,
      FieldReadings readings,
      ObjectMapper json,
      @Value("${outreach.reports.max-age-days:14}") int maxAgeDays) {
    this.reports = reports;
    this.conflicts = conflicts;
    this.readings = readings;
    this.json = json;
    this.maxAgeDays = maxAgeDays;
    this.clock = Clock.system(FIELD_ZONE);
  }

  /** A batch as JSON items: each is read on its own, so one bad item does not stop the rest. */
  @Transactional
  BatchAnswer accept(List<JsonNode> items, Sender sender) {
    List<ReportIntake.Read> read = ReportIntake.read(json, items);
    List<ReportBatch.Item> batch = new ArrayList<>(read.size());
    for (ReportIntake.Read r : read) {
      batch.add(new ReportBatch.Item(r.report(), r.id(), r.problem(), null));
    }
    return store(batch, sender);
  }

  /** Reports already read (from SMS or a file), each with its SMS code or null. */
  @Transactional
  BatchAnswer store(List<ReportBatch.Item> items, Sender sender) {
    ReportBatch batch = new ReportBatch(items, sender);
    BatchFacts facts =
        reports.facts(batch.teams(), batch.villages(), batch.planned(), batch.versionIds());
    ReportChecks checks = new ReportChecks(facts, sender, LocalDate.now(clock), maxAgeDays);
    batch.sort(facts, checks);
    List<NewVersion> fresh = batch.fresh();
    boolean[] stored = reports.insert(fresh);
    List<NewVersion> kept = new ArrayList<>();
    for (int i = 0; i < stored.length; i++) {
      if (stored[i]) {
        kept.add(fresh.get(i));
      } else {
        batch.lostRace(fresh.get(i), reports.versions(new Object[] {fresh.get(i).report().id()}));
      }
    }
    readings.write(kept);
    List<ConflictRepository.Received> received = new ArrayList<>();
    for (NewVersion v : batch.conflicts()) {
      received.add(new ConflictRepository.Received(v, toJson(v.report())));
    }
    conflicts.keep(received);
    return new BatchAnswer(batch.results());
  }

  int maxAgeDays() {
    return maxAgeDays;
  }

  private String toJson(VisitReport report) {
    try {
      return json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report read from JSON is written back as JSON", e);
    }
  }
}
