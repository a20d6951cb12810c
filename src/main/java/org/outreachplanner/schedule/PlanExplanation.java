package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.solver.ScheduleConstraints;

/**
 * What a finished plan says about itself, as stored in {@code schedule_plan.explanation}: the score
 * of every rule with its matches, the visits needed, planned and kept, the teams' capacity, and why
 * each village left out was left out. The human parts (reasons, priority reasons, notes) are stored
 * as texts, key and arguments; {@link ExplanationAnswer} writes them in the reader's language.
 * Plans stored before have no {@code level} nor {@code reason_code}, and plain sentences as texts.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
record PlanExplanation(
    List<RuleScore> constraints,
    int visitsNeeded,
    long visitsPlanned,
    int visitsKept,
    int capacity,
    int teams,
    int villagesNeedingVisits,
    int villagesDone,
    List<LeftOutVillage> leftOut,
    @JsonSerialize(contentConverter = StoredText.Out.class)
        @JsonDeserialize(contentConverter = StoredText.In.class)
        List<Text> notes) {

  /** A rule's score: its name, hard, medium or soft, the score and how many matches made it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record RuleScore(String constraint, String level, String score, int matches) {}

  /** A village not fully visited, its priority and why. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LeftOutVillage(
      String village,
      String name,
      int visitsNeeded,
      int visitsPlanned,
      int householdsWaiting,
      int priority,
      @JsonSerialize(converter = StoredText.Out.class)
          @JsonDeserialize(converter = StoredText.In.class)
          Text priorityReasons,
      String reasonCode,
      @JsonSerialize(converter = StoredText.Out.class)
          @JsonDeserialize(converter = StoredText.In.class)
          Text reason) {}

  static PlanExplanation of(
      ScheduleProblem problem,
      Schedule best,
      ScoreExplanation<Schedule, HardMediumSoftLongScore> explanation,
      List<Text> notes) {
    Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new LinkedHashMap<>();
    if (explanation != null) {
      explanation
          .getConstraintMatchTotalMap()
          .values()
          .forEach(t -> totals.put(t.getConstraintName(), t));
    }
    List<RuleScore> rules =
        ScheduleConstraints.NAMES.stream()
            .sorted()
            .map(
                name -> {
                  ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.get(name);
                  return new RuleScore(
                      name,
                      ScheduleConstraints.level(name),
                      total == null
                          ? HardMediumSoftLongScore.ZERO.toString()
                          : total.getScore().toString(),
                      total == null ? 0 : total.getConstraintMatchCount());
                })
            .toList();
    List<LeftOutVillage> leftOut =
        LeftOutReasons.of(best).stream()
            .map(
                l ->
                    new LeftOutVillage(
                        l.village(),
                        l.name(),
                        l.visitsNeeded(),
                        l.visitsPlanned(),
                        l.households(),
                        l.priority(),
                        l.priorityReasons(),
                        l.reasonCode(),
                        l.reason()))
            .toList();
    return new PlanExplanation(
        rules,
        best.getVisits().size(),
        best.assignedCount(),
        problem.kept().size(),
        LeftOutReasons.capacity(best, best.getTeamDays().stream().filter(TeamDay::real).toList()),
        best.getTeams().size(),
        best.getVillages().size(),
        problem.villagesDone(),
        leftOut,
        List.copyOf(notes));
  }
}
