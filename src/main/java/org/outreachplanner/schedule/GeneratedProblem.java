package org.outreachplanner.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TimeWindows;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/**
 * A synthetic province for the solver benchmark, without a database: villages scattered over a
 * square of mountain country, teams based in some of them, travel times from the straight-line
 * distance (winding roads at 25 km/h in the dry season, 15 in the rains), one visit a week for a
 * village with work left.
 */
final class GeneratedProblem {

  private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

  private GeneratedProblem() {}

  static Schedule of(int villages, int teams, int weeks, long seed, ScheduleSettings settings) {
    Random random = new Random(seed);
    Places places = Places.scatter(random, villages, teams);
    TravelTable dry = places.travelTable("motorbike, dry season", 25);
    TravelTable rainy = places.travelTable("motorbike, rainy season", 15);
    Schedule s = new Schedule("generated province", MONDAY, weeks);
    for (int t = 0; t < teams; t++) {
      addTeam(s, random, t, villages + t, dry, rainy);
    }
    s.setVisits(addVillages(s, random, villages, settings));
    Initializer.addLeftOutHolders(s);
    return s;
  }

  /**
   * The places of the problem on a square of about 6 km² per village, in km: the villages, then the
   * teams' bases, each in a village.
   */
  private record Places(double[] x, double[] y) {

    static Places scatter(Random random, int villages, int teams) {
      double side = Math.sqrt(villages) * 2.5;
      int places = villages + teams;
      double[] x = new double[places];
      double[] y = new double[places];
      for (int i = 0; i < villages; i++) {
        x[i] = random.nextDouble() * side;
        y[i] = random.nextDouble() * side;
      }
      for (int t = 0; t < teams; t++) {
        int home = random.nextInt(villages);
        x[villages + t] = x[home];
        y[villages + t] = y[home];
      }
      return new Places(x, y);
    }

    /** Minutes between every two places on roads 1.4 times the straight line, at {@code kmh}. */
    TravelTable travelTable(String name, int kmh) {
      int places = x.length;
      TravelTable table = new TravelTable(name, places);
      for (int i = 0; i < places; i++) {
        for (int j = 0; j < places; j++) {
          if (i != j) {
            double km = 1.4 * Math.hypot(x[i] - x[j], y[i] - y[j]);
            table.put(i, j, (int) Math.ceil(km / kmh * 60));
          }
        }
      }
      return table;
    }
  }

  /**
   * Team {@code t} based at place {@code base}, with its working days: Monday to Friday, one in
   * twenty unavailable, in the dry season for two weeks and in the rains after.
   */
  private static void addTeam(
      Schedule s, Random random, int t, int base, TravelTable dry, TravelTable rainy) {
    int weeks = s.getWeeks();
    TeamInfo team =
        new TeamInfo(
            "G-T" + t,
            "Team " + t,
            TravelMode.MOTORBIKE,
            base,
            450,
            1020,
            new int[] {1, 2, 3, 4, 5},
            Set.of("vi"),
            2,
            t % 5 == 0,
            new int[weeks],
            2,
            5);
    s.getTeams().add(team);
    for (int d = 0; d < 7 * weeks; d++) {
      LocalDate date = MONDAY.plusDays(d);
      if (date.getDayOfWeek().getValue() <= 5) {
        s.getTeamDays()
            .add(new TeamDay(team, date, d, random.nextInt(20) != 0, d < 14 ? dry : rainy));
      }
    }
  }

  /**
   * The villages with work left, each with a visit a week (at most 25 households each) until its
   * work is done or the horizon ends; returns the visits.
   */
  private static List<Visit> addVillages(
      Schedule s, Random random, int villages, ScheduleSettings settings) {
    int weeks = s.getWeeks();
    List<Visit> visits = new ArrayList<>();
    for (int v = 0; v < villages; v++) {
      int households = 40 + random.nextInt(160);
      int toHelp = (int) Math.round(households * random.nextDouble() * 0.7);
      if (toHelp == 0) {
        continue;
      }
      VillageInfo village =
          new VillageInfo(
              "G-" + v,
              "Village " + v,
              v,
              toHelp,
              null,
              TimeWindows.ANY_TIME,
              random.nextInt(1100),
              Text.literal("generated"));
      s.getVillages().add(village);
      int needed = Math.min(weeks, (toHelp + 24) / 25);
      int remaining = toHelp;
      for (int k = 1; k <= needed; k++) {
        int h = Math.min(25, remaining);
        remaining -= h;
        visits.add(new Visit(village, k, h, settings.visitMinutes(h)));
      }
    }
    return visits;
  }
}
