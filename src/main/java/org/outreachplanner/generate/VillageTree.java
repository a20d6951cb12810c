package org.outreachplanner.generate;

import java.util.Arrays;

/**
 * A tree over node 0 (the commune centre) and nodes 1..n (the villages), grown like Prim's
 * algorithm but charging each new edge part of the way back to the centre: the result is shorter
 * than a star and less stringy than a minimum spanning tree.
 */
final class VillageTree {

  private final int[] parent;
  private final int[] order;
  private final int[] subtreeSize;
  private final int[] childCount;
  private final double[] straightMetres;

  private VillageTree(int[] parent, int[] order, double[] straightMetres) {
    this.parent = parent;
    this.order = order;
    this.straightMetres = straightMetres;
    this.subtreeSize = new int[parent.length];
    this.childCount = new int[parent.length];
    for (int i = order.length - 1; i >= 0; i--) {
      int node = order[i];
      subtreeSize[node] += 1;
      subtreeSize[parent[node]] += subtreeSize[node];
      childCount[parent[node]]++;
    }
  }

  static VillageTree grow(double[] lon, double[] lat, double detourWeight) {
    int nodes = lon.length;
    int[] parent = new int[nodes];
    int[] order = new int[nodes - 1];
    double[] straight = new double[nodes];
    double[] fromCentre = new double[nodes];
    boolean[] joined = new boolean[nodes];
    double[] bestCost = new double[nodes];
    int[] bestFrom = new int[nodes];
    Arrays.fill(bestCost, Double.POSITIVE_INFINITY);
    joined[0] = true;
    relax(0, lon, lat, joined, bestCost, bestFrom, fromCentre, detourWeight);
    for (int step = 0; step < nodes - 1; step++) {
      int next = -1;
      for (int node = 1; node < nodes; node++) {
        if (!joined[node] && (next < 0 || bestCost[node] < bestCost[next])) {
          next = node;
        }
      }
      joined[next] = true;
      parent[next] = bestFrom[next];
      straight[next] =
          LocalProjection.distanceMetres(
              lon[parent[next]], lat[parent[next]], lon[next], lat[next]);
      fromCentre[next] = fromCentre[parent[next]] + straight[next];
      order[step] = next;
      relax(next, lon, lat, joined, bestCost, bestFrom, fromCentre, detourWeight);
    }
    return new VillageTree(parent, order, straight);
  }

  private static void relax(
      int from,
      double[] lon,
      double[] lat,
      boolean[] joined,
      double[] bestCost,
      int[] bestFrom,
      double[] fromCentre,
      double detourWeight) {
    for (int node = 1; node < lon.length; node++) {
      if (joined[node]) {
        continue;
      }
      double cost =
          LocalProjection.distanceMetres(lon[from], lat[from], lon[node], lat[node])
              + detourWeight * fromCentre[from];
      if (cost < bestCost[node]) {
        bestCost[node] = cost;
        bestFrom[node] = from;
      }
    }
  }

  /** Villages in the order they joined the tree: every parent comes before its children. */
  int[] order() {
    return order;
  }

  int parent(int node) {
    return parent[node];
  }

  int subtreeSize(int node) {
    return subtreeSize[node];
  }

  boolean isLeaf(int node) {
    return childCount[node] == 0;
  }

  double straightMetres(int node) {
    return straightMetres[node];
  }
}
