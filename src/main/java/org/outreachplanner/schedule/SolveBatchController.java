package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Solves of every commune of a province or of the country: start them, follow the whole. */
@RestController
class SolveBatchController {

  private final SolveBatches batches;

  SolveBatchController(SolveBatches batches) {
    this.batches = batches;
  }

  /** The body of {@code POST /api/schedule-batches}: a province, or all of them. */
  record BatchBody(
      String province,
      Boolean all,
      @JsonProperty("first_week") String firstWeek,
      Integer weeks,
      Integer seconds) {}

  /** A batch started: its id, its plans, where to follow it. */
  record BatchStarted(long id, int total, int skipped, String href) {}

  @PostMapping("/api/schedule-batches")
  ResponseEntity<BatchStarted> start(@RequestBody(required = false) BatchBody body) {
    boolean all = body != null && Boolean.TRUE.equals(body.all());
    boolean province = body != null && body.province() != null && !body.province().isBlank();
    if (all == province) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.batch.scope");
    }
    SolveRequest template =
        new SolveRequest(
            "*",
            date(body.firstWeek()),
            body.weeks() == null ? 1 : body.weeks(),
            body.seconds(),
            null);
    long id = batches.start(all ? null : body.province().strip(), template);
    SolveBatches.Progress p = batches.progress(id, Texts.currentLocale()).orElseThrow();
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(new BatchStarted(id, p.total(), p.skipped().size(), "/api/schedule-batches/" + id));
  }

  @GetMapping("/api/schedule-batches/{id}")
  SolveBatches.Progress get(@PathVariable long id) {
    return batches
        .progress(id, Texts.currentLocale())
        .orElseThrow(
            () ->
                new ApiException(
                    HttpStatus.NOT_FOUND, "schedules.batch.unknown", String.valueOf(id)));
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "schedules.request.missing", "first_week");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST, "schedules.request.notADate", "first_week", text);
    }
  }
}
