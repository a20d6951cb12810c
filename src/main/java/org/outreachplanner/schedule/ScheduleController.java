package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.api.ErrorInfo;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;
import org.outreachplanner.security.TeamScope;
import org.outreachplanner.traveltime.UnknownAreaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schedules API: start a solve, follow it, stop it, publish its plan, see what changed, and a
 * team's published week.
 */
@RestController
class ScheduleController {

  private final SolveService solves;
  private final ScheduleRepository repository;
  private final TeamScope teamScope;

  ScheduleController(SolveService solves, ScheduleRepository repository, TeamScope teamScope) {
    this.teamScope = teamScope;
    this.solves = solves;
    this.repository = repository;
  }

  /** The body of {@code POST /api/schedules}. */
  record SolveBody(
      String area,
      @JsonProperty("first_week") String firstWeek,
      Integer weeks,
      Integer seconds,
      List<String> release) {}

  @PostMapping("/api/schedules")
  ResponseEntity<Map<String, Object>> start(@RequestBody(required = false) SolveBody body) {
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
            body.release());
    long id = solves.start(request);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("status", "SOLVING");
    answer.put("href", "/api/schedules/" + id);
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
  }

  @GetMapping("/api/schedules")
  List<Map<String, Object>> list(@RequestParam(required = false) String area) {
    return repository.plans(area).stream().map(this::summary).toList();
  }

  @GetMapping("/api/schedules/{id}")
  Map<String, Object> get(@PathVariable long id) {
    ScheduleRepository.Plan plan = plan(id);
    Map<String, Object> out = summary(plan);
    solves
        .job(id)
        .ifPresent(
            job -> {
              out.put("phase", job.phase());
              out.put("elapsed_seconds", Math.round(job.elapsedSeconds() * 10) / 10.0);
              out.put("score", job.best() == null ? null : job.best().toString());
              out.put("score_history", job.history());
            });
    if (!out.containsKey("score_history")) {
      out.put("score_history", new Raw(plan.history()));
    }
    out.put("explanation", PlanTexts.explanation(plan.explanation(), Texts.currentLocale()));
    return out;
  }

  @GetMapping("/api/schedules/{id}/visits")
  List<Map<String, Object>> visits(@PathVariable long id) {
    plan(id);
    return ScheduleRepository.asMaps(repository.visits(id));
  }

  @GetMapping("/api/schedules/{id}/diff")
  Map<String, Object> diff(@PathVariable long id) {
    plan(id);
    return PlanDiff.of(repository, id);
  }

  @DeleteMapping("/api/schedules/{id}")
  ResponseEntity<Map<String, Object>> delete(@PathVariable long id) {
    if (solves.stop(id)) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("id", id);
      answer.put("status", "SOLVING");
      answer.put("message", Text.of("schedules.plan.stopping"));
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
    }
    Text problem = repository.delete(id);
    if (problem == null) {
      return ResponseEntity.noContent().build();
    }
    throw new ApiException(
        problem.equals(ScheduleRepository.unknown(id)) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
        problem);
  }

  @PostMapping("/api/schedules/{id}/publish")
  Map<String, Object> publish(@PathVariable long id) {
    plan(id);
    Text problem = repository.publish(id);
    if (problem != null) {
      throw new ApiException(HttpStatus.CONFLICT, problem);
    }
    Map<String, Object> out = summary(plan(id));
    out.put("changes", PlanDiff.of(repository, id));
    return out;
  }

  @GetMapping("/api/teams/{code}/schedule")
  Map<String, Object> teamWeek(@PathVariable String code, @RequestParam String week) {
    // a team lead reads their own team only: another team's code answers 404, as if it did not
    // exist
    teamScope.requireReadable(code);
    if (!repository.teamExists(code)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "schedules.team.unknown", code);
    }
    LocalDate monday = SolveService.monday(date("week", week));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("team", code);
    out.put("week", monday.toString());
    out.put(
        "visits",
        ScheduleRepository.asMaps(repository.teamVisits(code, monday, monday.plusDays(6))));
    return out;
  }

  private ScheduleRepository.Plan plan(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, ScheduleRepository.unknown(id)));
  }

  private Map<String, Object> summary(ScheduleRepository.Plan p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.id());
    out.put("area_kind", p.areaKind());
    out.put("area", p.areaCode());
    out.put("first_week", p.firstWeek().toString());
    out.put("weeks", p.weeks());
    out.put("time_limit_seconds", p.timeLimitSeconds());
    out.put("status", p.status());
    out.put("score", p.score());
    out.put("feasible", p.hard() == null ? null : p.hard() == 0);
    out.put("based_on", p.basedOn());
    out.put("message", p.message());
    out.put("created_at", p.createdAt());
    out.put("finished_at", p.finishedAt());
    out.put("published_at", p.publishedAt());
    return out;
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

  @ExceptionHandler(UnknownAreaException.class)
  ResponseEntity<ErrorInfo> unknownArea(UnknownAreaException e, HttpServletRequest request) {
    String message = e.text().inCurrentLanguage();
    HttpStatus status = HttpStatus.NOT_FOUND;
    return ResponseEntity.status(status)
        .body(
            new ErrorInfo(
                status.value(), status.getReasonPhrase(), message, request.getRequestURI()));
  }

  /** Stored JSON text passed through. */
  record Raw(@JsonRawValue String json) {
    @com.fasterxml.jackson.annotation.JsonValue
    @JsonRawValue
    public String value() {
      return json;
    }
  }
}
