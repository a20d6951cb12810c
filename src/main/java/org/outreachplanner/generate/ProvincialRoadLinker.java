package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;

/**
 * Links the centres of neighbouring communes (boundaries touching or less than about 8 km apart)
 * with provincial roads: the shortest links that join each province into one network (Kruskal's
 * algorithm). Communes with no neighbour, such as the two far-apart demo communes of Quảng Trị,
 * stay apart.
 */
final class ProvincialRoadLinker {

  private static final int FIRST_ROAD_NUMBER = 101;
  private static final double NEIGHBOUR_GAP_DEGREES = 0.07;

  private final RandomStreams streams;

  ProvincialRoadLinker(RandomStreams streams) {
    this.streams = streams;
  }

  /** The links, listed under the commune where each one starts. */
  List<List<RoadEdge>> link(List<Commune> communes) {
    List<List<RoadEdge>> linksByCommune = new ArrayList<>(communes.size());
    for (int c = 0; c < communes.size(); c++) {
      linksByCommune.add(new ArrayList<>());
    }
    List<int[]> candidates = neighbourPairs(communes);
    candidates.sort(
        Comparator.comparingDouble((int[] p) -> centreDistance(communes, p))
            .thenComparingInt(p -> p[0])
            .thenComparingInt(p -> p[1]));
    int[] root = new int[communes.size()];
    for (int c = 0; c < root.length; c++) {
      root[c] = c;
    }
    int roadNumber = FIRST_ROAD_NUMBER;
    for (int[] pair : candidates) {
      int a = find(root, pair[0]);
      int b = find(root, pair[1]);
      if (a == b) {
        continue;
      }
      root[a] = b;
      Commune from = communes.get(pair[0]);
      Commune to = communes.get(pair[1]);
      SplittableRandom random = streams.stream("provincial-road", (long) pair[0] << 32 | pair[1]);
      linksByCommune
          .get(pair[0])
          .add(
              new RoadEdge(
                  "link-" + from.code() + "-" + to.code(),
                  "secondary",
                  "paved",
                  "ĐT." + roadNumber++,
                  from.centreLon(),
                  from.centreLat(),
                  to.centreLon(),
                  to.centreLat(),
                  random.nextDouble(1.5, 1.8),
                  random.nextLong()));
    }
    return linksByCommune;
  }

  /** Pairs of neighbouring communes of one province, found by sweeping west to east. */
  private static List<int[]> neighbourPairs(List<Commune> communes) {
    List<Envelope> envelopes =
        communes.stream().map(c -> c.boundary().getEnvelopeInternal()).toList();
    Integer[] byWestEdge = new Integer[communes.size()];
    for (int c = 0; c < byWestEdge.length; c++) {
      byWestEdge[c] = c;
    }
    Arrays.sort(
        byWestEdge,
        Comparator.comparingDouble((Integer c) -> envelopes.get(c).getMinX())
            .thenComparing(c -> c));
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < byWestEdge.length; i++) {
      Commune first = communes.get(byWestEdge[i]);
      Envelope reach = new Envelope(envelopes.get(byWestEdge[i]));
      reach.expandBy(NEIGHBOUR_GAP_DEGREES);
      for (int j = i + 1;
          j < byWestEdge.length && envelopes.get(byWestEdge[j]).getMinX() <= reach.getMaxX();
          j++) {
        Commune second = communes.get(byWestEdge[j]);
        if (first.province() == second.province()
            && reach.intersects(envelopes.get(byWestEdge[j]))
            && first.boundary().isWithinDistance(second.boundary(), NEIGHBOUR_GAP_DEGREES)) {
          int a = Math.min(first.index(), second.index());
          int b = Math.max(first.index(), second.index());
          pairs.add(new int[] {a, b});
        }
      }
    }
    return pairs;
  }

  private static double centreDistance(List<Commune> communes, int[] pair) {
    Commune a = communes.get(pair[0]);
    Commune b = communes.get(pair[1]);
    return LocalProjection.distanceMetres(
        a.centreLon(), a.centreLat(), b.centreLon(), b.centreLat());
  }

  private static int find(int[] root, int c) {
    while (root[c] != c) {
      root[c] = root[root[c]];
      c = root[c];
    }
    return c;
  }
}
