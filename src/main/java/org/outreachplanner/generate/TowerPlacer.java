package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Puts each operator's towers on high ground: the first near the commune centre, the others near
 * the larger villages. The survey readings are simulated from these towers.
 */
final class TowerPlacer {

  private static final double MAST_METRES = 35;
  private static final double SEARCH_RADIUS_METRES = 1500;
  private static final int SPOTS_TRIED = 12;

  private final Terrain terrain;
  private final RandomStreams streams;

  TowerPlacer(Terrain terrain, RandomStreams streams) {
    this.terrain = terrain;
    this.streams = streams;
  }

  List<Tower> place(Commune commune, List<Village> villages) {
    SplittableRandom random = streams.stream("towers", commune.index());
    List<Tower> towers = new ArrayList<>();
    for (Operator operator : Operator.values()) {
      for (int t = 0; t < commune.spec().towers().of(operator); t++) {
        double[] anchor =
            t == 0
                ? new double[] {commune.centreLon(), commune.centreLat()}
                : largeVillage(villages, random);
        towers.add(tower(commune, operator, anchor, random));
      }
    }
    return towers;
  }

  private static double[] largeVillage(List<Village> villages, SplittableRandom random) {
    long households = villages.stream().mapToLong(v -> v.population().households()).sum();
    long pick = (long) (random.nextDouble() * households);
    for (Village village : villages) {
      pick -= village.population().households();
      if (pick < 0) {
        return new double[] {village.lon(), village.lat()};
      }
    }
    Village last = villages.get(villages.size() - 1);
    return new double[] {last.lon(), last.lat()};
  }

  private Tower tower(
      Commune commune, Operator operator, double[] anchor, SplittableRandom random) {
    LocalProjection projection = commune.projection();
    double bestX = projection.x(anchor[0]);
    double bestY = projection.y(anchor[1]);
    double bestGround = terrain.elevation(anchor[0], anchor[1]);
    for (int spot = 0; spot < SPOTS_TRIED; spot++) {
      double angle = random.nextDouble(2 * Math.PI);
      double distance = SEARCH_RADIUS_METRES * Math.sqrt(random.nextDouble());
      double x = projection.x(anchor[0]) + distance * Math.cos(angle);
      double y = projection.y(anchor[1]) + distance * Math.sin(angle);
      double ground = terrain.elevation(projection.lon(x), projection.lat(y));
      if (ground > bestGround) {
        bestX = x;
        bestY = y;
        bestGround = ground;
      }
    }
    boolean lte =
        switch (operator) {
          case VIETTEL -> true;
          case VNPT -> random.nextDouble() < 0.7;
          case MOBIFONE -> random.nextDouble() < 0.6;
        };
    boolean umts = operator != Operator.VIETTEL || random.nextDouble() < 0.5;
    boolean gsm = operator != Operator.MOBIFONE || random.nextDouble() < 0.5;
    return new Tower(
        operator,
        projection.lon(bestX),
        projection.lat(bestY),
        bestX,
        bestY,
        bestGround + MAST_METRES,
        lte,
        umts,
        gsm);
  }
}
