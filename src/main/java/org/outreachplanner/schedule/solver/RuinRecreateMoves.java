package org.outreachplanner.schedule.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/**
 * The ruin-and-recreate moves of the local search ({@link RuinRecreateMove}), drawn at random: most
 * ruin a village and some of its nearest villages; some ruin every village of a short route (of two
 * routes drawn, the one with fewer visits), so that routes can be emptied.
 */
public class RuinRecreateMoves implements MoveIteratorFactory<Schedule, Move<Schedule>> {

  /** Most villages a nearby ruin takes, unless configured otherwise. */
  static final int MOST_RUINED = 10;

  /** Share of the moves that ruin a whole route. */
  static final double ROUTE_SHARE = 0.2;

  private RuinContext context;

  private int mostRuined = MOST_RUINED;

  /**
   * Most villages a nearby ruin takes (the solver configuration's {@code
   * moveIteratorFactoryCustomProperties}, property {@code mostRuined}).
   */
  public void setMostRuined(int mostRuined) {
    if (mostRuined < 1) {
      throw new IllegalArgumentException("mostRuined is at least 1, not " + mostRuined);
    }
    this.mostRuined = mostRuined;
  }

  @Override
  public long getSize(ScoreDirector<Schedule> director) {
    return context(director).villages.size();
  }

  @Override
  public Iterator<Move<Schedule>> createOriginalMoveIterator(ScoreDirector<Schedule> director) {
    throw new UnsupportedOperationException("ruin-and-recreate moves are drawn at random only");
  }

  @Override
  public Iterator<Move<Schedule>> createRandomMoveIterator(
      ScoreDirector<Schedule> director, Random random) {
    RuinContext c = context(director);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !c.villages.isEmpty();
      }

      @Override
      public Move<Schedule> next() {
        List<VillageInfo> ruined =
            random.nextDouble() < ROUTE_SHARE
                ? shortRoute(c, random)
                : nearby(c, random, mostRuined);
        return new RuinRecreateMove(c, ruined, random.nextInt(3), random.nextLong());
      }
    };
  }

  private RuinContext context(ScoreDirector<Schedule> director) {
    Schedule s = director.getWorkingSolution();
    if (context == null || context.schedule != s) {
      context = new RuinContext(s);
    }
    return context;
  }

  private static List<VillageInfo> nearby(RuinContext c, Random random, int most) {
    VillageInfo seed = c.villages.get(random.nextInt(c.villages.size()));
    int size = 1 + random.nextInt(Math.min(most, c.villages.size()));
    List<VillageInfo> ruined = new ArrayList<>(size);
    ruined.add(seed);
    for (VillageInfo v : c.nearest(seed)) {
      if (ruined.size() >= size) {
        break;
      }
      if (random.nextInt(5) != 0) {
        ruined.add(v);
      }
    }
    return ruined;
  }

  private static List<VillageInfo> shortRoute(RuinContext c, Random random) {
    TeamDay shortest = null;
    int drawn = 0;
    for (int tries = 0; tries < 20 && drawn < 2 && !c.realDays.isEmpty(); tries++) {
      TeamDay d = c.realDays.get(random.nextInt(c.realDays.size()));
      if (!d.getVisits().isEmpty()) {
        drawn++;
        if (shortest == null || d.getVisits().size() < shortest.getVisits().size()) {
          shortest = d;
        }
      }
    }
    if (shortest == null) {
      return nearby(c, random, MOST_RUINED);
    }
    Set<VillageInfo> villages = new LinkedHashSet<>();
    for (Visit v : shortest.getVisits()) {
      villages.add(v.getVillage());
    }
    return new ArrayList<>(villages);
  }
}
