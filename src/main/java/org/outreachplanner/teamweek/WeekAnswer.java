package org.outreachplanner.teamweek;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.outreachplanner.schedule.RawJson;

/**
 * A team's published week as its page shows it ({@code GET /api/teams/{code}/week}).
 *
 * @param team the team and what it carries (null while not set)
 * @param week the Monday of the week
 * @param previousWeek the Monday before
 * @param nextWeek the Monday after
 * @param visitCount visits of the week
 * @param households households the team expects to help
 * @param travelMinutes minutes on the road, there and back
 * @param days the days with visits, in order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record WeekAnswer(
    Team team,
    String week,
    String previousWeek,
    String nextWeek,
    int visitCount,
    int households,
    int travelMinutes,
    List<Day> days) {

  /** The team: its commune's name and code, base as [lon, lat], working hours, what it carries. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Team(
      String code,
      String name,
      String commune,
      String communeCode,
      List<Double> base,
      String dayStart,
      String dayEnd,
      Integer simCards,
      Integer loanerPhones) {}

  /** A day: its households, what to bring (null while the stock is not set), its visits. */
  record Day(String date, int households, Bring bring, List<Visit> visits) {}

  /** What to bring on a day. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Bring(int simCards, int loanerPhones) {}

  /**
   * A visit: its id (the planned visit a visit report names), location as [lon, lat], the route
   * from the previous place as GeoJSON or null.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Visit(
      long id,
      int seq,
      String village,
      String villageName,
      List<Double> location,
      String arrival,
      String workStart,
      String departure,
      int travelMinutes,
      Integer returnMinutes,
      boolean overnight,
      int householdsExpected,
      RawJson route) {}

  static WeekAnswer of(TeamWeek w) {
    TeamWeek.Team t = w.team();
    return new WeekAnswer(
        new Team(
            t.code(),
            t.name(),
            t.commune(),
            t.communeCode(),
            List.of(t.baseLon(), t.baseLat()),
            t.dayStart().toString(),
            t.dayEnd().toString(),
            t.simCards(),
            t.loanerPhones()),
        w.monday().toString(),
        w.monday().minusWeeks(1).toString(),
        w.monday().plusWeeks(1).toString(),
        w.visits().size(),
        w.households(),
        w.travelMinutes(),
        w.days().stream().map(WeekAnswer::day).toList());
  }

  private static Day day(TeamWeek.Day day) {
    return new Day(
        day.date().toString(),
        day.households(),
        day.bring() == null ? null : new Bring(day.bring().simCards(), day.bring().loanerPhones()),
        day.visits().stream().map(WeekAnswer::visit).toList());
  }

  private static Visit visit(TeamWeek.Visit v) {
    return new Visit(
        v.id(),
        v.seq(),
        v.village(),
        v.villageName(),
        List.of(v.lon(), v.lat()),
        v.arrival().toString(),
        v.start().toString(),
        v.departure().toString(),
        v.travelMinutes(),
        v.returnMinutes(),
        v.overnight(),
        v.households(),
        RawJson.of(v.route()));
  }
}
