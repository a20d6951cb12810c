package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * The road network for one mode, season and date, as compact arrays: vertices numbered 0..n-1 in
 * the order of their road_node ids, and the traversable directions of every edge as arcs in
 * compressed sparse rows, both outgoing (for searches from a place) and incoming (for searches
 * towards a place). Immutable and safe to share between threads.
 *
 * <p>An edge row gives an arc source→target when its cost is not negative and an arc target→source
 * when its reverse cost is not negative (pgRouting's convention): a one-way road or a barrier has
 * fewer arcs, never a guessed one.
 */
public final class RoadGraph {

  private final long[] nodeIds;
  private final long[] edgeIds;
  private final int[] edgeSource;
  final Arcs out;
  final Arcs in;

  /**
   * Arcs grouped by the vertex they are listed under: the arcs of vertex v are {@code start[v]} to
   * {@code start[v + 1] - 1}; {@code other} is the vertex at the arc's far end.
   */
  static final class Arcs {
    final int[] start;
    final int[] other;
    final double[] seconds;
    final double[] metres;
    final int[] edge;

    private Arcs(int nodes, int arcs) {
      start = new int[nodes + 1];
      other = new int[arcs];
      seconds = new double[arcs];
      metres = new double[arcs];
      edge = new int[arcs];
    }

    /** Empty rows for {@code nodes} vertices and room for {@code arcs} arcs. */
    static Arcs sized(int nodes, int arcs) {
      return new Arcs(nodes, arcs);
    }
  }

  private RoadGraph(long[] nodeIds, long[] edgeIds, int[] edgeSource, Arcs out, Arcs in) {
    this.nodeIds = nodeIds;
    this.edgeIds = edgeIds;
    this.edgeSource = edgeSource;
    this.out = out;
    this.in = in;
  }

  /** Number of vertices. */
  public int nodeCount() {
    return nodeIds.length;
  }

  /** Number of edge rows the graph was built from. */
  public int edgeCount() {
    return edgeIds.length;
  }

  /** Number of arcs (traversable edge directions). */
  public int arcCount() {
    return out.other.length;
  }

  /** The dense index of a road_node id, or -1 when no edge row touches that vertex. */
  public int indexOf(long nodeId) {
    int i = Arrays.binarySearch(nodeIds, nodeId);
    return i < 0 ? -1 : i;
  }

  /** The road_node id of a dense index. */
  public long nodeId(int index) {
    return nodeIds[index];
  }

  /** The road_edge id of an edge index (as given by {@link DijkstraSearch#pathEdges}). */
  long edgeId(int edge) {
    return edgeIds[edge];
  }

  /** Whether the edge's source vertex is {@code node}: the arc from it runs along the geometry. */
  boolean startsAt(int edge, int node) {
    return edgeSource[edge] == node;
  }

  /** Builds a graph from edge rows as {@code outreach_edge_costs} returns them. */
  public static RoadGraph of(EdgeRows rows) {
    int m = rows.size();
    long[] ids = new long[2 * m];
    for (int e = 0; e < m; e++) {
      ids[2 * e] = rows.source(e);
      ids[2 * e + 1] = rows.target(e);
    }
    long[] nodeIds = distinctSorted(ids);
    int[] source = new int[m];
    int[] target = new int[m];
    int arcs = 0;
    for (int e = 0; e < m; e++) {
      source[e] = Arrays.binarySearch(nodeIds, rows.source(e));
      target[e] = Arrays.binarySearch(nodeIds, rows.target(e));
      if (source[e] != target[e]) {
        arcs += (rows.cost(e) >= 0 ? 1 : 0) + (rows.reverseCost(e) >= 0 ? 1 : 0);
      }
    }
    int n = nodeIds.length;
    Arcs out = Arcs.sized(n, arcs);
    Arcs in = Arcs.sized(n, arcs);
    for (int e = 0; e < m; e++) {
      if (source[e] == target[e]) {
        continue; // a loop never shortens a way
      }
      if (rows.cost(e) >= 0) {
        out.start[source[e] + 1]++;
        in.start[target[e] + 1]++;
      }
      if (rows.reverseCost(e) >= 0) {
        out.start[target[e] + 1]++;
        in.start[source[e] + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      out.start[v + 1] += out.start[v];
      in.start[v + 1] += in.start[v];
    }
    int[] outNext = Arrays.copyOf(out.start, n);
    int[] inNext = Arrays.copyOf(in.start, n);
    for (int e = 0; e < m; e++) {
      if (source[e] == target[e]) {
        continue;
      }
      if (rows.cost(e) >= 0) {
        put(out, outNext, source[e], target[e], rows.cost(e), rows.length(e), e);
        put(in, inNext, target[e], source[e], rows.cost(e), rows.length(e), e);
      }
      if (rows.reverseCost(e) >= 0) {
        put(out, outNext, target[e], source[e], rows.reverseCost(e), rows.length(e), e);
        put(in, inNext, source[e], target[e], rows.reverseCost(e), rows.length(e), e);
      }
    }
    return new RoadGraph(nodeIds, rows.ids(), source, out, in);
  }

  private static void put(
      Arcs arcs, int[] next, int at, int other, double seconds, double metres, int edge) {
    int a = next[at]++;
    arcs.other[a] = other;
    arcs.seconds[a] = seconds;
    arcs.metres[a] = metres;
    arcs.edge[a] = edge;
  }

  private static long[] distinctSorted(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }
}
