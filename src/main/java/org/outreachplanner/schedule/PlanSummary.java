package org.outreachplanner.schedule;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.outreachplanner.i18n.Text;

/**
 * A plan as the listing gives it, and the first fields of every answer about one plan.
 *
 * @param id the plan's id
 * @param areaKind commune or province
 * @param area the area's code
 * @param firstWeek the Monday the plan starts
 * @param weeks weeks planned
 * @param timeLimitSeconds the solve's time limit
 * @param status SOLVING, DRAFT, PUBLISHED, SUPERSEDED or FAILED
 * @param score the (best so far) score, or null
 * @param feasible whether it breaks no hard rule, null while unknown
 * @param basedOn the published plan it re-planned, or null
 * @param message why it failed, or its notes, in the reader's language; or null
 * @param createdAt when the solve started
 * @param finishedAt when it ended, or null
 * @param publishedAt when it was published, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PlanSummary(
    long id,
    String areaKind,
    String area,
    String firstWeek,
    int weeks,
    int timeLimitSeconds,
    String status,
    String score,
    Boolean feasible,
    Long basedOn,
    Text message,
    String createdAt,
    String finishedAt,
    String publishedAt) {

  static PlanSummary of(Plan p) {
    return new PlanSummary(
        p.id(),
        p.areaKind(),
        p.areaCode(),
        p.firstWeek().toString(),
        p.weeks(),
        p.timeLimitSeconds(),
        p.status(),
        p.score(),
        p.hard() == null ? null : p.hard() == 0,
        p.basedOn(),
        p.message(),
        p.createdAt(),
        p.finishedAt(),
        p.publishedAt());
  }

  /** The same with another score (the best so far of a running solve). */
  PlanSummary withScore(String best) {
    return new PlanSummary(
        id,
        areaKind,
        area,
        firstWeek,
        weeks,
        timeLimitSeconds,
        status,
        best,
        feasible,
        basedOn,
        message,
        createdAt,
        finishedAt,
        publishedAt);
  }
}
