package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Forms the digital-support teams of a commune: a few based at the commune centre, or (as in Dân
 * Hóa) one in every village. Teams speak Vietnamese and the commune's main local languages.
 */
final class TeamPlanner {

  private static final String TEAM_NAME = "Tổ công nghệ số ";
  private static final String DAY_START = "07:30";
  private static final String DAY_END = "17:00";

  private final RandomStreams streams;

  TeamPlanner(RandomStreams streams) {
    this.streams = streams;
  }

  List<Team> plan(Commune commune, List<Village> villages) {
    CommuneSpec spec = commune.spec();
    SplittableRandom random = streams.stream("teams", commune.index());
    int count = spec.teamsBasedInVillages() ? villages.size() : spec.teamCount();
    int width = Math.max(2, Integer.toString(count).length());
    List<Team> teams = new ArrayList<>(count);
    for (int t = 0; t < count; t++) {
      String code = spec.teamCodePrefix() + "-T" + VillagePlacer.zeroPadded(t + 1, width);
      if (spec.teamsBasedInVillages()) {
        Village base = villages.get(t);
        boolean walks = base.access() != RoadAccess.ROAD || random.nextDouble() < 0.08;
        teams.add(
            team(code, TEAM_NAME + base.name(), commune, base.lon(), base.lat(), walks, random));
      } else {
        boolean walks = random.nextDouble() < 0.08;
        String name = TEAM_NAME + spec.name() + " " + (t + 1);
        teams.add(
            team(code, name, commune, commune.centreLon(), commune.centreLat(), walks, random));
      }
    }
    return teams;
  }

  private static Team team(
      String code,
      String name,
      Commune commune,
      double lon,
      double lat,
      boolean onFoot,
      SplittableRandom random) {
    List<String> groups = commune.spec().ethnicGroups();
    List<String> languages = new ArrayList<>(List.of("vi", groups.get(0)));
    if (groups.size() > 1 && random.nextDouble() < 0.5) {
      languages.add(groups.get(1 + random.nextInt(groups.size() - 1)));
    }
    return new Team(
        code,
        name,
        commune.code(),
        lon,
        lat,
        random.nextInt(3, 7),
        random.nextDouble() < 0.75 ? "Mon-Fri" : "Mon-Sat",
        DAY_START,
        DAY_END,
        onFoot ? "on_foot" : "motorbike",
        String.join(";", languages));
  }
}
