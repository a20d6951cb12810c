package org.outreachplanner.fieldreport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.outreachplanner.api.ListingLimits;
import org.outreachplanner.api.Paging;
import org.outreachplanner.api.RequestParams;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.security.CurrentUser;
import org.outreachplanner.security.TeamScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored reports (the latest version of each; a lead sees their own team's only) and the conflicts
 * (planners only), with their resolution.
 */
@RestController
class ReportQueryController {

  private final ReportListingRepository listing;
  private final ConflictService conflicts;
  private final ListingLimits limits;
  private final TeamScope scope;

  ReportQueryController(
      ReportListingRepository listing,
      ConflictService conflicts,
      ListingLimits limits,
      TeamScope scope) {
    this.listing = listing;
    this.conflicts = conflicts;
    this.limits = limits;
    this.scope = scope;
  }

  /** A page of reports: the items and how many were returned (a full page may have a next one). */
  record ReportPage(List<StoredReport> reports, int numberReturned) {}

  /** A page of conflicts. */
  record ConflictPage(List<ReportConflict> conflicts, int numberReturned) {}

  /** The planner's decision: {@code {"keep": "stored" | "received"}}. */
  record Resolution(String keep) {}

  /** The latest version of each report, by team, week (any date of it) and village. */
  @GetMapping("/api/visit-reports")
  ReportPage reports(
      @RequestParam(required = false) String team,
      @RequestParam(required = false) String week,
      @RequestParam(required = false) String village,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String offset) {
    Paging page = limits.paging(limit, offset);
    ReportListingRepository.Filter filter =
        new ReportListingRepository.Filter(
            scope.teamFilter(),
            RequestParams.code("team", team),
            RequestParams.code("village", village),
            monday(week));
    List<StoredReport> found = listing.latest(filter, page.limit(), page.offset());
    return new ReportPage(found, found.size());
  }

  /** The conflicts still open, or all of them with {@code all=true}. */
  @GetMapping("/api/visit-reports/conflicts")
  ConflictPage conflicts(
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String offset) {
    scope.requirePlanner();
    Paging page = limits.paging(limit, offset);
    List<ReportConflict> found = conflicts.list(all, page.limit(), page.offset());
    return new ConflictPage(found, found.size());
  }

  /** Resolves a conflict once: keeps the stored version or the received one. */
  @PostMapping("/api/visit-reports/conflicts/{id}/resolve")
  ReportConflict resolve(@PathVariable long id, @RequestBody Resolution body) {
    scope.requirePlanner();
    String planner = CurrentUser.get().orElseThrow().username();
    return conflicts.resolve(id, body == null ? null : body.keep(), planner);
  }

  private static LocalDate monday(String week) {
    if (week == null || week.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(week.strip()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "reports.badWeek", week);
    }
  }
}
