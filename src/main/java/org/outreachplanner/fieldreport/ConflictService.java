package org.outreachplanner.fieldreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts for planners: both versions side by side; resolving keeps the stored version, or makes
 * the received content a new version that corrects the report's latest one. The conflict records
 * who resolved it, when, and the version made.
 */
@Service
class ConflictService {

  private final ConflictRepository conflicts;
  private final ReportListingRepository listing;
  private final VisitReportService reports;
  private final ObjectMapper json;

  ConflictService(
      ConflictRepository conflicts,
      ReportListingRepository listing,
      VisitReportService reports,
      ObjectMapper json) {
    this.conflicts = conflicts;
    this.listing = listing;
    this.reports = reports;
    this.json = json;
  }

  @Transactional(readOnly = true)
  List<ReportConflict> list(boolean withResolved, int limit, long offset) {
    List<ReportConflict> found = new ArrayList<>();
    for (ConflictRepository.Row row : conflicts.list(withResolved, limit, offset)) {
      found.add(view(row));
    }
    return found;
  }

  /** Keeps "stored" or "received"; a conflict is resolved once. */
  @Transactional
  ReportConflict resolve(long id, String keep, String planner) {
    ConflictRepository.Row row =
        conflicts
            .lock(id)
            .orElseThrow(
                () -> new ApiException(HttpStatus.NOT_FOUND, "reports.noSuchConflict", id));
    if (row.resolution() != null) {
      throw new ApiException(
          HttpStatus.CONFLICT, "reports.alreadyResolved", id, row.resolvedBy(), row.resolution());
    }
    UUID made = null;
    if ("received".equals(keep)) {
      made = keepReceived(row, planner);
    } else if (!"stored".equals(keep)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "reports.badKeep", String.valueOf(keep));
    }
    conflicts.resolve(id, keep, planner, made);
    return view(conflicts.lock(id).orElseThrow());
  }

  private UUID keepReceived(ConflictRepository.Row row, String planner) {
    VisitReport received = read(row.received());
    UUID latest = listing.latestOf(row.storedId());
    VisitReport version = received.withIds(UUID.randomUUID(), latest);
    Sender sender = new Sender(row.sentBy(), null, Sender.Via.valueOf(row.via()));
    ReportResult result =
        reports
            .store(List.of(new ReportBatch.Item(version, version.id(), null, null)), sender)
            .results()
            .get(0);
    if (result.state() != ReportResult.State.ACCEPTED) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          Text.of("reports.receivedRefused", result.message() == null ? "" : result.message()));
    }
    return version.id();
  }

  private ReportConflict view(ConflictRepository.Row row) {
    try {
      return new ReportConflict(
          row.id(),
          listing.version(row.storedId()).orElseThrow(),
          json.readTree(row.received()),
          row.sentBy(),
          row.receivedAt(),
          row.via(),
          row.resolution(),
          row.resolvedBy(),
          row.resolvedAt(),
          row.resolvedVersion());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a conflict holds the JSON it was received as", e);
    }
  }

  private VisitReport read(String received) {
    try {
      return json.readValue(received, VisitReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a conflict holds the JSON it was received as", e);
    }
  }
}
