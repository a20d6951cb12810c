package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The schedules API: start a solve, follow it, stop it, publish its plan, see what changed. */
@RestController
class ScheduleController {

  private final SolveService solves;
  private final PlanRepository plans;
  private final PlanVisitRepository visits;
  private final PlanInputs inputs;

  ScheduleController(
      SolveService solves, PlanRepository plans, PlanVisitRepository visits, PlanInputs inputs) {
    this.solves = solves;
    this.plans = plans;
    this.visits = visits;
    this.inputs = inputs;
  }

  /** The body of {@code POST /api/schedules}. */
  record SolveBody(
      String area,
      @JsonProperty("first_week") String firstWeek,
      Integer weeks,
      Integer seconds,
      List<String> release,
      @JsonProperty("freeze_before") String freezeBefore) {}

  /** A solve started: its plan's id, SOLVING, and where to follow it. */
  record SolveStarted(long id, String status, String href) {}

  /** A running solve asked to stop: it keeps its best plan as a draft. */
  record StopRequested(long id, String status, Text message) {}

  /**
   * A plan just published, what changed against the plan it replaces, and the inputs (villages,
   * teams, roads) that changed after it was solved, with a warning when some did.
   */
  record PublishedPlan(
      @JsonUnwrapped PlanSummary plan,
      PlanDiff changes,
      @JsonProperty("inputs_changed") List<String> inputsChanged,
      @JsonInclude(JsonInclude.Include.NON_NULL) Text warning) {}

  @PostMapping("/api/schedules")
  ResponseEntity<SolveStarted> start(@RequestBody(required = false) SolveBody body) {
    if (body == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.noBody");
    }
    LocalDate first = date("first_week", body.firstWeek());
    SolveRequest request =
        new SolveRequest(
            body.area(),
            first,
            body.weeks() == null ? 1 : body.weeks(),
            body.seconds(),
            body.release(),
            freezeTime(body.freezeBefore()));
    long id = solves.start(request);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new SolveStarted(id, "SOLVING", "/api/schedules/" + id));
  }

  @GetMapping("/api/schedules")
  List<PlanSummary> list(@RequestParam(required = false) String area) {
    return plans.plans(area).stream().map(PlanSummary::of).toList();
  }

  @GetMapping("/api/schedules/{id}")
  PlanDetail get(@PathVariable long id) {
    Plan plan = plan(id);
    List<String> changed = plan.status().equals("DRAFT") ? inputs.changed(plan) : List.of();
    return PlanDetail.of(plan, solves.progress(id), Texts.currentLocale())
        .withInputsChanged(changed, PlanInputs.warning(changed));
  }

  @GetMapping("/api/schedules/{id}/visits")
  List<VisitAnswer> visits(@PathVariable long id) {
    plan(id);
    return visits.visits(id).stream().map(VisitAnswer::of).toList();
  }

  /** The plan's visits as an XLSX spreadsheet, for reviewing it away from the page. */
  @GetMapping("/api/schedules/{id}/visits.xlsx")
  ResponseEntity<byte[]> visitsSheet(@PathVariable long id) {
    plan(id);
    return SheetWriter.download(
        PlanSheet.write(id, visits.visits(id)), "schedule-" + id + "-visits.xlsx");
  }

  @GetMapping("/api/schedules/{id}/diff")
  PlanDiff diff(@PathVariable long id) {
    return PlanDiff.of(plan(id), plans, visits);
  }

  @DeleteMapping("/api/schedules/{id}")
  ResponseEntity<StopRequested> delete(@PathVariable long id) {
    if (solves.stop(id)) {
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(new StopRequested(id, "SOLVING", Text.of("schedules.plan.stopping")));
    }
    Text problem = plans.delete(id);
    if (problem == null) {
      return ResponseEntity.noContent().build();
    }
    throw new ApiException(
        problem.equals(PlanRepository.unknown(id)) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
        problem);
  }

  @PostMapping("/api/schedules/{id}/publish")
  PublishedPlan publish(@PathVariable long id) {
    List<String> changed = inputs.changed(plan(id));
    Text problem = plans.publish(id);
    if (problem != null) {
      throw new ApiException(HttpStatus.CONFLICT, problem);
    }
    Plan published = plan(id);
    return new PublishedPlan(
        PlanSummary.of(published),
        PlanDiff.of(published, plans, visits),
        changed,
        PlanInputs.warning(changed));
  }

  private Plan plan(long id) {
    return plans
        .find(id)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, PlanRepository.unknown(id)));
  }

  /** The freeze time of a re-plan ("2026-12-09T12:00", field time of day), or null. */
  private static LocalDateTime freezeTime(String text) {
    return SolveRequest.freezeTime("freeze_before", text);
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.missing", field);
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.notADate", field, text);
    }
  }
}
