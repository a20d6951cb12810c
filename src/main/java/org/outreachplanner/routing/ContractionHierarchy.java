package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * A contraction hierarchy of a {@link RoadGraph}: every vertex has a rank, and the graph plus the
 * shortcuts added while contracting it is split into upward arcs (to a higher rank). The fastest
 * way between any two vertices then goes up from the origin and up (against the arcs) from the
 * destination until both meet, so searches settle a few hundred vertices instead of the whole
 * network. Built by {@link HierarchyBuilder}; immutable and shared by all searches.
 */
public final class ContractionHierarchy {

  /** Upward arcs v→w out of each vertex v (rank w > rank v). */
  final RoadGraph.Arcs up;

  /** Upward arcs against the direction of travel: listed under v, the arcs u→v with rank u > v. */
  final RoadGraph.Arcs down;

  private final int[] rank;
  private final int shortcuts;

  ContractionHierarchy(int[] rank, RoadGraph.Arcs up, RoadGraph.Arcs down, int shortcuts) {
    this.rank = rank;
    this.up = up;
    this.down = down;
    this.shortcuts = shortcuts;
  }

  int nodeCount() {
    return rank.length;
  }

  int rank(int v) {
    return rank[v];
  }

  /** Number of shortcut arcs the contraction added. */
  int shortcuts() {
    return shortcuts;
  }

  /** Collects arcs listed under vertices in any order, then sorts them into rows. */
  static final class ArcCollector {
    private final int nodes;
    private int[] at = new int[1024];
    private int[] other = new int[1024];
    private double[] seconds = new double[1024];
    private double[] metres = new double[1024];
    private int size;

    ArcCollector(int nodes) {
      this.nodes = nodes;
    }

    void add(int v, int w, double s, double m) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
        other = Arrays.copyOf(other, size * 2);
        seconds = Arrays.copyOf(seconds, size * 2);
        metres = Arrays.copyOf(metres, size * 2);
      }
      at[size] = v;
      other[size] = w;
      seconds[size] = s;
      metres[size] = m;
      size++;
    }

    RoadGraph.Arcs toArcs() {
      RoadGraph.Arcs arcs = RoadGraph.Arcs.sized(nodes, size);
      for (int i = 0; i < size; i++) {
        arcs.start[at[i] + 1]++;
      }
      for (int v = 0; v < nodes; v++) {
        arcs.start[v + 1] += arcs.start[v];
      }
      int[] next = Arrays.copyOf(arcs.start, nodes);
      for (int i = 0; i < size; i++) {
        int a = next[at[i]]++;
        arcs.other[a] = other[i];
        arcs.seconds[a] = seconds[i];
        arcs.metres[a] = metres[i];
        arcs.edge[a] = -1;
      }
      return arcs;
    }
  }
}
