package org.outreachplanner.schedule.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Regret insertion: each visit's cheapest place in every team-day is kept up to date; the visit
 * placed next is the one of highest priority that would lose most by waiting (the gap between its
 * best and second-best team-day, empty team-days alike counting once; a visit with one place left
 * first). After each placement, only the placing team's days and the same village's visits are
 * looked at again.
 */
final class RegretInsertion {

  private final Initializer filler;
  private final List<Visit> open;
  private final List<TeamDay> days;
  private final Map<Visit, Initializer.Choice[]> options = new HashMap<>();
  private final String[] alike;

  RegretInsertion(Initializer filler, List<Visit> visits, List<TeamDay> days) {
    this.filler = filler;
    this.open = new ArrayList<>(visits);
    this.days = days;
    this.alike = new String[days.size()];
    for (int d = 0; d < days.size(); d++) {
      TeamDay day = days.get(d);
      TeamInfo t = day.getTeam();
      alike[d] =
          day.getDate()
              + "|"
              + t.basePlace()
              + "|"
              + t.dayStart()
              + "|"
              + t.dayEnd()
              + "|"
              + day.getCapacity()
              + "|"
              + day.getMaxWorkMinutes()
              + "|"
              + day.getTravel().label();
    }
    for (Visit v : open) {
      Initializer.Choice[] row = new Initializer.Choice[days.size()];
      for (int d = 0; d < days.size(); d++) {
        row[d] = filler.option(v, days.get(d));
      }
      options.put(v, row);
    }
  }

  void run() {
    while (!open.isEmpty()) {
      Visit next = null;
      Initializer.Choice nextChoice = null;
      long nextRegret = -1;
      for (Visit v : open) {
        Initializer.Choice best = null;
        long second = Long.MAX_VALUE;
        java.util.Set<String> emptySeen = new java.util.HashSet<>();
        Initializer.Choice[] row = options.get(v);
        for (int d = 0; d < row.length; d++) {
          Initializer.Choice c = row[d];
          // empty days alike (same date, base, hours and limits) are one option, not many
          if (c == null || days.get(d).getVisits().isEmpty() && !emptySeen.add(alike[d])) {
            continue;
          }
          if (best == null || c.cost() < best.cost()) {
            second = best == null ? second : best.cost();
            best = c;
          } else if (c.cost() < second) {
            second = c.cost();
          }
        }
        if (best == null) {
          continue;
        }
        long regret = second == Long.MAX_VALUE ? Long.MAX_VALUE / 2 : second - best.cost();
        if (next == null
            || v.getVillage().priority() > next.getVillage().priority()
            || v.getVillage().priority() == next.getVillage().priority() && regret > nextRegret) {
          next = v;
          nextChoice = best;
          nextRegret = regret;
        }
      }
      if (next == null) {
        open.forEach(filler::leaveOut);
        return;
      }
      filler.commit(next, nextChoice);
      open.remove(next);
      options.remove(next);
      refresh(next, nextChoice.insertion().day());
    }
  }

  /** Looks again at the placing team's days for every open visit, and at the village's visits. */
  private void refresh(Visit placed, TeamDay day) {
    for (Visit v : open) {
      Initializer.Choice[] row = options.get(v);
      boolean sameVillage = v.getVillage().equals(placed.getVillage());
      for (int d = 0; d < days.size(); d++) {
        TeamDay other = days.get(d);
        if (sameVillage || other.getTeam().equals(day.getTeam())) {
          row[d] = filler.option(v, other);
        }
      }
    }
  }
}
