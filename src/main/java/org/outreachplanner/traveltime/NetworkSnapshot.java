package org.outreachplanner.traveltime;

import java.time.LocalDate;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.ContractionHierarchy;
import org.outreachplanner.routing.EdgeRows;
import org.outreachplanner.routing.HierarchyBuilder;
import org.outreachplanner.routing.RoadGraph;

/**
 * The network as costed for one mode, season and date: the {@link RoadGraph}, which connected
 * component of the road network each vertex lies in (over every edge, passable or not), and a
 * fingerprint of each component's edges and costs, so that a change in one part of the network only
 * invalidates the areas whose places lie in it.
 */
final class NetworkSnapshot {

  private final TravelMode mode;
  private final Season season;
  private final LocalDate date;
  private final String closureSet;
  private final RoadGraph graph;
  private final int[] component;
  private final long[] componentHash;
  private ContractionHierarchy hierarchy;

  private NetworkSnapshot(
      TravelMode mode,
      Season season,
      LocalDate date,
      String closureSet,
      RoadGraph graph,
      int[] component,
      long[] componentHash) {
    this.mode = mode;
    this.season = season;
    this.date = date;
    this.closureSet = closureSet;
    this.graph = graph;
    this.component = component;
    this.componentHash = componentHash;
  }

  /** Builds the graph, its components and their fingerprints from the edge rows. */
  static NetworkSnapshot of(
      TravelMode mode, Season season, LocalDate date, String closureSet, EdgeRows rows) {
    RoadGraph graph = RoadGraph.of(rows);
    int n = graph.nodeCount();
    int[] parent = new int[n];
    for (int v = 0; v < n; v++) {
      parent[v] = v;
    }
    int[] source = new int[rows.size()];
    for (int e = 0; e < rows.size(); e++) {
      source[e] = graph.indexOf(rows.source(e));
      union(parent, source[e], graph.indexOf(rows.target(e)));
    }
    int[] component = new int[n];
    int components = 0;
    int[] number = new int[n];
    java.util.Arrays.fill(number, -1);
    for (int v = 0; v < n; v++) {
      int root = find(parent, v);
      if (number[root] < 0) {
        number[root] = components++;
      }
      component[v] = number[root];
    }
    long[] hash = new long[2 * components];
    for (int e = 0; e < rows.size(); e++) {
      int c = component[source[e]];
      long h =
          mix(rows.id(e))
              ^ mix(rows.source(e) * 31 + rows.target(e))
              ^ mix(Double.doubleToLongBits(rows.cost(e)) + 7)
              ^ mix(Double.doubleToLongBits(rows.reverseCost(e)) + 11)
              ^ mix(Double.doubleToLongBits(rows.length(e)) + 13);
      hash[2 * c] += mix(h);
      hash[2 * c + 1] += mix(h ^ 0x5851f42d4c957f2dL);
    }
    return new NetworkSnapshot(mode, season, date, closureSet, graph, component, hash);
  }

  TravelMode mode() {
    return mode;
  }

  Season season() {
    return season;
  }

  /** The date whose closures the costs allow for, or null for none. */
  LocalDate date() {
    return date;
  }

  String closureSet() {
    return closureSet;
  }

  RoadGraph graph() {
    return graph;
  }

  /** The contraction hierarchy of the graph, built on first use. */
  synchronized ContractionHierarchy hierarchy() {
    if (hierarchy == null) {
      hierarchy = HierarchyBuilder.build(graph);
    }
    return hierarchy;
  }

  /** Whether {@link #hierarchy()} has been built already. */
  synchronized boolean hasHierarchy() {
    return hierarchy != null;
  }

  /** The connected component of a vertex (a dense index). */
  int component(int vertex) {
    return component[vertex];
  }

  /** A 128-bit fingerprint of a component's edges and their costs, as hex. */
  String componentFingerprint(int c) {
    return String.format("%016x%016x", componentHash[2 * c], componentHash[2 * c + 1]);
  }

  /** The dense index of a place's vertex, or -1 when it is not attached or not on the graph. */
  int vertexOf(Place place) {
    return place.nodeId() == null ? -1 : graph.indexOf(place.nodeId());
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** SplitMix64's finaliser: a good 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
