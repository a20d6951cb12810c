package org.outreachplanner.teamweek;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One team's published week as its lead reads it: the team, and its visits day by day in order.
 *
 * @param team the team and what it carries
 * @param monday the Monday of the week
 * @param visits the published visits of the week, by date and order
 */
public record TeamWeek(Team team, LocalDate monday, List<Visit> visits) {

  /**
   * A team: its name, base, working hours and what it carries on every visit; the stock (SIM cards
   * and loaner phones) is null while the planners have not set it (no settings, or both zero).
   */
  public record Team(
      String code,
      String name,
      String commune,
      String communeCode,
      double baseLat,
      double baseLon,
      LocalTime dayStart,
      LocalTime dayEnd,
      Integer simCards,
      Integer loanerPhones) {

    /** Whether the planners have set what the team carries. */
    boolean stockSet() {
      return simCards != null && loanerPhones != null;
    }
  }

  /** A published visit ({@code id}: its schedule_visit row, which a visit report names). */
  public record Visit(
      long id,
      LocalDate date,
      int seq,
      String village,
      String villageName,
      double lat,
      double lon,
      LocalTime arrival,
      LocalTime start,
      LocalTime departure,
      int travelMinutes,
      Integer returnMinutes,
      boolean overnight,
      int households,
      String route) {}

  /**
   * A working day with visits: the visits in order, the households and what to bring (null while
   * the team's stock is not set).
   */
  public record Day(LocalDate date, List<Visit> visits, int households, Bring bring) {}

  /**
   * What to bring on a day: a SIM card for each household expected, as far as the team's stock
   * goes, and the team's loaner phones (shared between the households of the day).
   */
  public record Bring(int simCards, int loanerPhones) {}

  /** The visits grouped by day, in date order. */
  public List<Day> days() {
    Map<LocalDate, List<Visit>> byDay = new LinkedHashMap<>();
    for (Visit v : visits) {
      byDay.computeIfAbsent(v.date(), d -> new ArrayList<>()).add(v);
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach(
        (date, list) -> {
          int households = list.stream().mapToInt(Visit::households).sum();
          days.add(
              new Day(
                  date,
                  list,
                  households,
                  team.stockSet()
                      ? new Bring(Math.min(team.simCards(), households), team.loanerPhones())
                      : null));
        });
    return days;
  }

  /** Households the team expects to help during the week. */
  public int households() {
    return visits.stream().mapToInt(Visit::households).sum();
  }

  /** Minutes on the road during the week, there and back. */
  public int travelMinutes() {
    return visits.stream()
        .mapToInt(v -> v.travelMinutes() + (v.returnMinutes() == null ? 0 : v.returnMinutes()))
        .sum();
  }
}
