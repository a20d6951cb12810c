package org.outreachplanner.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;
import org.outreachplanner.i18n.Text;

/**
 * A plan's explanation as the API gives it, its texts written in the reader's language and each
 * rule with its readable {@code name}. The fields come in the order PostgreSQL's jsonb keeps the
 * stored keys in (shorter keys first), the order the answers have always had.
 *
 * @param notes what the plan could not take into account
 * @param teams teams of the area
 * @param capacity visits the teams could make
 * @param leftOut the villages not fully visited, and why
 * @param constraints the score of every rule
 * @param visitsKept published visits kept
 * @param villagesDone villages with no work left
 * @param visitsNeeded visits needed
 * @param visitsPlanned visits planned
 * @param villagesNeedingVisits villages that need a visit
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExplanationAnswer(
    List<String> notes,
    int teams,
    int capacity,
    List<LeftOut> leftOut,
    List<Rule> constraints,
    int visitsKept,
    int villagesDone,
    int visitsNeeded,
    long visitsPlanned,
    int villagesNeedingVisits) {

  /** A rule's score; {@code level} is absent for plans stored before rules had one. */
  public record Rule(
      @JsonInclude(JsonInclude.Include.NON_NULL) String level,
      String score,
      int matches,
      String constraint,
      String name) {}

  /** A village not fully visited; {@code reason_code} is absent for plans stored before it. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record LeftOut(
      String name,
      String reason,
      String village,
      int priority,
      @JsonInclude(JsonInclude.Include.NON_NULL) String reasonCode,
      int visitsNeeded,
      int visitsPlanned,
      String priorityReasons,
      int householdsWaiting) {}

  /** A stored explanation with its texts in this language. */
  static ExplanationAnswer of(PlanExplanation stored, Locale locale) {
    return new ExplanationAnswer(
        stored.notes() == null ? null : stored.notes().stream().map(n -> n.in(locale)).toList(),
        stored.teams(),
        stored.capacity(),
        stored.leftOut() == null
            ? null
            : stored.leftOut().stream().map(l -> leftOut(l, locale)).toList(),
        stored.constraints() == null
            ? null
            : stored.constraints().stream().map(r -> rule(r, locale)).toList(),
        stored.visitsKept(),
        stored.villagesDone(),
        stored.visitsNeeded(),
        stored.visitsPlanned(),
        stored.villagesNeedingVisits());
  }

  private static Rule rule(PlanExplanation.RuleScore r, Locale locale) {
    String name =
        r.constraint() == null ? null : Text.of(PlanTexts.constraintKey(r.constraint())).in(locale);
    return new Rule(r.level(), r.score(), r.matches(), r.constraint(), name);
  }

  private static LeftOut leftOut(PlanExplanation.LeftOutVillage l, Locale locale) {
    return new LeftOut(
        l.name(),
        in(l.reason(), locale),
        l.village(),
        l.priority(),
        l.reasonCode(),
        l.visitsNeeded(),
        l.visitsPlanned(),
        in(l.priorityReasons(), locale),
        l.householdsWaiting());
  }

  private static String in(Text text, Locale locale) {
    return text == null ? null : text.in(locale);
  }
}
