package org.outreachplanner.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Adds roads between neighbouring villages on top of the tree, for runs asking for more than one
 * road per village: a network with loops, where routing has alternatives to choose from.
 */
final class LoopAdder {

  private final RandomStreams streams;
  private final Commune commune;
  private final double[] lon;
  private final double[] lat;
  private final RoadAccess[] access;
  private final Set<Long> linked = new HashSet<>();

  LoopAdder(
      RandomStreams streams,
      Commune commune,
      double[] lon,
      double[] lat,
      RoadAccess[] access,
      VillageTree tree) {
    this.streams = streams;
    this.commune = commune;
    this.lon = lon;
    this.lat = lat;
    this.access = access;
    for (int node : tree.order()) {
      linked.add(pair(node, tree.parent(node)));
    }
  }

  void addLoops(List<RoadEdge> edges, double roadsPerVillage) {
    int villages = access.length;
    int wanted = (int) Math.round((roadsPerVillage - 1) * villages);
    SplittableRandom random = streams.stream("road-loops", commune.index());
    for (int attempt = 0, added = 0; added < wanted && attempt < 4 * wanted; attempt++) {
      int from = 1 + random.nextInt(villages);
      int to = isOnRoad(from) ? nearestUnlinked(from) : -1;
      if (to < 0) {
        continue;
      }
      linked.add(pair(from, to));
      String roadClass = random.nextDouble() < 0.5 ? "track" : "unclassified";
      edges.add(
          new RoadEdge(
              RoadNetworkBuilder.roadId(commune, edges.size() + 1),
              roadClass,
              RoadNetworkBuilder.surface(roadClass, random),
              null,
              lon[from],
              lat[from],
              lon[to],
              lat[to],
              random.nextDouble(1.5, 2.6),
              streams.key("road-loop-shape", (long) commune.index() << 32 | added)));
      added++;
    }
  }

  private boolean isOnRoad(int node) {
    return node == 0 || access[node - 1] == RoadAccess.ROAD;
  }

  private int nearestUnlinked(int from) {
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int node = 0; node < lon.length; node++) {
      if (node == from || !isOnRoad(node) || linked.contains(pair(from, node))) {
        continue;
      }
      double distance = LocalProjection.distanceMetres(lon[from], lat[from], lon[node], lat[node]);
      if (distance < bestDistance) {
        best = node;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static long pair(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }
}
