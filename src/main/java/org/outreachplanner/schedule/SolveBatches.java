package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Plan every commune of a province (or of the country) for the week of …": one solve, so one task,
 * per commune, all in one batch whose progress is the whole's (n of N done, the failed ones named).
 * A commune being solved for that week already is left out and named.
 */
@Service
public class SolveBatches {

  private final SolveBatchRepository batches;
  private final SolveService solves;
  private final ScheduleSettings settings;
  private final TransactionTemplate tx;

  SolveBatches(
      SolveBatchRepository batches,
      SolveService solves,
      ScheduleSettings settings,
      TransactionTemplate tx) {
    this.batches = batches;
    this.solves = solves;
    this.settings = settings;
    this.tx = tx;
  }

  /** A commune left out of a batch: it was being solved already, by this plan. */
  public record Skipped(String area, long plan) {}

  /** A commune of the batch whose solve failed, and why (in the reader's language). */
  public record Failure(long plan, String area, String message) {}

  /**
   * How far a batch is: {@code done} of {@code total} plans stored, {@code solving} still running
   * or waiting, the failed ones named; DONE once none is left solving.
   */
  public record Progress(
      long id,
      String province,
      @JsonProperty("first_week") String firstWeek,
      String status,
      int total,
      int done,
      int solving,
      int failed,
      List<Failure> failures,
      List<Skipped> skipped) {}

  /**
   * Starts a solve of every commune of {@code province} (null: of the country) with the request's
   * weeks and time limit; returns the batch id. Everything is stored in one transaction.
   */
  public long start(String province, SolveRequest template) {
    Text problem = template.problem();
    if (problem != null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, problem);
    }
    List<String> communes = batches.communes(province);
    if (communes.isEmpty()) {
      throw new ApiException(
          HttpStatus.NOT_FOUND,
          province == null
              ? Text.of("schedules.batch.noCommunes")
              : Text.of("schedules.batch.noCommunesIn", province));
    }
    int seconds = template.seconds() != null ? template.seconds() : settings.defaultSeconds();
    solves.sweep();
    return tx.execute(status -> store(province, template, seconds, communes));
  }

  private long store(String province, SolveRequest template, int seconds, List<String> communes) {
    long batch = batches.insertBatch(province, template.firstWeek(), template.weeks(), seconds);
    List<Skipped> skipped = new ArrayList<>();
    for (String commune : communes) {
      Optional<Long> plan =
          batches.insertPlan(batch, commune, template.firstWeek(), template.weeks(), seconds);
      if (plan.isPresent()) {
        solves.submit(plan.get(), withArea(template, commune));
      } else {
        skipped.add(new Skipped(commune, runningPlan(commune, template)));
      }
    }
    batches.skipped(batch, PlanRepository.json(skipped));
    return batch;
  }

  private long runningPlan(String commune, SolveRequest template) {
    return solves.solvingPlan(commune, template.firstWeek()).orElse(0L);
  }

  private static SolveRequest withArea(SolveRequest t, String commune) {
    return new SolveRequest(
        commune, t.firstWeek(), t.weeks(), t.seconds(), t.release(), t.freezeBefore());
  }

  /** The progress of a batch; empty when no batch has the id. */
  public Optional<Progress> progress(long id, Locale locale) {
    return batches
        .counts(id)
        .map(
            c ->
                new Progress(
                    c.id(),
                    c.province(),
                    c.firstWeek().toString(),
                    c.solving() > 0 ? "SOLVING" : "DONE",
                    c.total(),
                    c.done(),
                    c.solving(),
                    c.failed(),
                    batches.failed(id).stream()
                        .map(
                            f ->
                                new Failure(
                                    f.plan(),
                                    f.commune(),
                                    f.message() == null
                                        ? null
                                        : PlanTexts.message(f.message()).in(locale)))
                        .toList(),
                    List.of(PlanRepository.read(c.skipped(), Skipped[].class))));
  }
}
