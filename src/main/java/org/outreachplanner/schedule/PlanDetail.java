package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.outreachplanner.i18n.Text;

/**
 * One plan as {@code GET /api/schedules/{id}} gives it: its summary, and while it is being solved
 * (on any instance) the phase, the time spent and the best score so far; its score history and its
 * explanation in the reader's language.
 *
 * @param plan the summary (its fields come first, at the top level)
 * @param phase what the solve is doing (waiting for a worker, too); absent when it is over
 * @param elapsedSeconds seconds since a worker started the solve, to a tenth; absent when none has
 * @param scoreHistory each new best score and when it was found
 * @param explanation the explanation of a finished plan, or null
 * @param inputsChanged of a draft, the inputs (villages, teams, roads) that changed after it was
 *     solved; absent otherwise
 * @param warning what that means, when some did
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PlanDetail(
    @JsonUnwrapped PlanSummary plan,
    @JsonInclude(JsonInclude.Include.NON_NULL) Text phase,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double elapsedSeconds,
    RawJson scoreHistory,
    ExplanationAnswer explanation,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> inputsChanged,
    @JsonInclude(JsonInclude.Include.NON_NULL) Text warning) {

  /** The same plan with the inputs that changed since it was solved. */
  PlanDetail withInputsChanged(List<String> changed, Text warning) {
    return new PlanDetail(plan, phase, elapsedSeconds, scoreHistory, explanation, changed, warning);
  }

  static PlanDetail of(Plan plan, Optional<SolveProgress> running, Locale locale) {
    ExplanationAnswer explanation = PlanTexts.explanation(plan.explanation(), locale);
    PlanSummary summary = PlanSummary.of(plan);
    if (running.isEmpty()) {
      return new PlanDetail(
          summary, null, null, RawJson.of(plan.history()), explanation, null, null);
    }
    SolveProgress progress = running.get();
    return new PlanDetail(
        summary.withScore(progress.best()),
        progress.phase(),
        progress.elapsedSeconds(),
        progress.history() == null ? RawJson.of(plan.history()) : new RawJson(progress.history()),
        explanation,
        null,
        null);
  }
}
