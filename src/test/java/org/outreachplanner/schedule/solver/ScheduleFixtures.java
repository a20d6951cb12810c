package org.outreachplanner.schedule.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TimeWindows;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/**
 * A small hand-checkable problem: a base (place 0) and villages A (1) and B (2); base–A 60 min,
 * base–B 90 min, A–B 45 min; days from 07:30 to 17:00; visits of 240 minutes.
 */
final class ScheduleFixtures {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final int DURATION = 240;

  static final TravelTable TRAVEL = travel();

  private ScheduleFixtures() {}

  private static TravelTable travel() {
    TravelTable t = new TravelTable("motorbike, dry season", 4);
    t.put(0, 1, 60);
    t.put(1, 0, 60);
    t.put(0, 2, 90);
    t.put(2, 0, 90);
    t.put(1, 2, 45);
    t.put(2, 1, 45);
    return t; // place 3 is joined to nothing
  }

  static TeamInfo team(String code) {
    return team(code, false, Set.of("vi"), 2, new int[0]);
  }

  static TeamInfo team(
      String code, boolean overnight, Set<String> languages, int maxPerWeek, int[] fixed) {
    return new TeamInfo(
        code,
        "Team " + code,
        TravelMode.MOTORBIKE,
        0,
        7 * 60 + 30,
        17 * 60,
        new int[] {1, 2, 3, 4, 5},
        languages,
        maxPerWeek,
        overnight,
        fixed,
        0,
        0);
  }

  static VillageInfo village(String code, int place) {
    return village(code, place, TimeWindows.ANY_TIME, null, 100);
  }

  static VillageInfo village(
      String code, int place, TimeWindows windows, String language, int priority) {
    return new VillageInfo(
        code, "Bản " + code, place, 100, language, windows, priority, Text.literal(""));
  }

  static Visit visit(VillageInfo village, int ordinal) {
    return new Visit(village, ordinal, 25, DURATION);
  }

  static TeamDay day(TeamInfo team, int dayIndex) {
    return new TeamDay(team, MONDAY.plusDays(dayIndex), dayIndex, true, TRAVEL);
  }

  static TeamDay unavailableDay(TeamInfo team, int dayIndex) {
    return new TeamDay(team, MONDAY.plusDays(dayIndex), dayIndex, false, TRAVEL);
  }

  /** Puts the visits on the day in this order and sets what the solver would derive. */
  static TeamDay route(TeamDay day, Visit... visits) {
    day.setVisits(new ArrayList<>(List.of(visits)));
    for (int i = 0; i < visits.length; i++) {
      Visit v = visits[i];
      v.setTeamDay(day);
      v.setPrevious(i == 0 ? null : visits[i - 1]);
      v.setNext(i == visits.length - 1 ? null : visits[i + 1]);
      if (day.real()) {
        int leave = i == 0 ? day.getTeam().dayStart() : visits[i - 1].departure();
        v.setArrival(leave + v.travelIn());
      }
    }
    return day;
  }

  /** Leaves the visits out. */
  static void leaveOut(Visit... visits) {
    route(TeamDay.leftOut(), visits);
  }
}
