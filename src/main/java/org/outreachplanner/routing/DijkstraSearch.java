package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * Dijkstra's shortest paths by time from one vertex, forwards along the arcs (times from the
 * origin) or backwards against them (times to the origin), on a {@link RoadGraph}. A search stops
 * once every target is settled or the next vertex lies beyond the time limit. Of two ways equally
 * fast, the shorter in metres is kept.
 *
 * <p>One instance is reused for many searches by one thread: per-vertex state is tagged with the
 * number of the search, so starting a search costs nothing proportional to the graph.
 */
public final class DijkstraSearch {

  private final RoadGraph.Arcs arcs;
  private final boolean backward;
  private final double[] seconds;
  private final double[] metres;
  private final int[] viaNode;
  private final int[] viaEdge;
  private final int[] reachedIn;
  private final int[] settledIn;
  private final int[] targetIn;
  private final NodeHeap heap;
  private int search;
  private int origin = -1;

  public DijkstraSearch(RoadGraph graph, boolean backward) {
    this.arcs = backward ? graph.in : graph.out;
    this.backward = backward;
    int n = graph.nodeCount();
    seconds = new double[n];
    metres = new double[n];
    viaNode = new int[n];
    viaEdge = new int[n];
    reachedIn = new int[n];
    settledIn = new int[n];
    targetIn = new int[n];
    heap = new NodeHeap(n);
  }

  /**
   * Searches from {@code from} until every vertex of {@code targets} is settled (all reachable
   * vertices when {@code targets} is null) or the next one is more than {@code maxSeconds} away.
   */
  public void run(int from, int[] targets, double maxSeconds) {
    nextSearch();
    origin = from;
    int remaining = Integer.MAX_VALUE;
    if (targets != null) {
      remaining = 0;
      for (int t : targets) {
        if (targetIn[t] != search) {
          targetIn[t] = search;
          remaining++;
        }
      }
    }
    reach(from, 0, 0, -1, -1);
    heap.push(from, 0);
    while (!heap.isEmpty() && remaining > 0) {
      if (heap.peekKey() > maxSeconds) {
        break;
      }
      int v = heap.poll();
      settledIn[v] = search;
      if (targetIn[v] == search) {
        remaining--;
      }
      relax(v);
    }
    heap.clear();
  }

  private void relax(int v) {
    double base = seconds[v];
    double baseMetres = metres[v];
    for (int a = arcs.start[v], end = arcs.start[v + 1]; a < end; a++) {
      int w = arcs.other[a];
      if (settledIn[w] == search) {
        continue;
      }
      double t = base + arcs.seconds[a];
      double m = baseMetres + arcs.metres[a];
      if (reachedIn[w] != search || t < seconds[w] || (t == seconds[w] && m < metres[w])) {
        reach(w, t, m, v, arcs.edge[a]);
        heap.push(w, t);
      }
    }
  }

  private void reach(int v, double t, double m, int previous, int edge) {
    reachedIn[v] = search;
    seconds[v] = t;
    metres[v] = m;
    viaNode[v] = previous;
    viaEdge[v] = edge;
  }

  /** Whether the last search settled {@code v}: its time is final. */
  public boolean settled(int v) {
    return settledIn[v] == search;
  }

  /** Seconds between the origin and {@code v}, or +∞ when the last search did not settle it. */
  public double seconds(int v) {
    return settled(v) ? seconds[v] : Double.POSITIVE_INFINITY;
  }

  /** Metres along the fastest way, or +∞ when the last search did not settle {@code v}. */
  public double metres(int v) {
    return settled(v) ? metres[v] : Double.POSITIVE_INFINITY;
  }

  /**
   * The edges of the fastest way between the origin and the settled vertex {@code v}, in the order
   * of travel (from the origin for a forward search, towards it for a backward one), with the
   * vertex each is entered from.
   */
  Path path(int v) {
    if (!settled(v)) {
      throw new IllegalArgumentException("vertex " + v + " was not reached");
    }
    int[] edges = new int[16];
    int[] from = new int[16];
    int n = 0;
    for (int at = v; at != origin; ) {
      int previous = viaNode[at];
      if (n == edges.length) {
        edges = Arrays.copyOf(edges, n * 2);
        from = Arrays.copyOf(from, n * 2);
      }
      edges[n] = viaEdge[at];
      from[n] = backward ? at : previous;
      n++;
      at = previous;
    }
    edges = Arrays.copyOf(edges, n);
    from = Arrays.copyOf(from, n);
    if (!backward) {
      reverse(edges);
      reverse(from);
    }
    return new Path(edges, from);
  }

  /**
   * A way through the graph: edge indexes in travel order, and for each the vertex it is entered
   * from (so its direction of travel).
   */
  record Path(int[] edges, int[] enteredFrom) {}

  private void nextSearch() {
    if (++search == Integer.MAX_VALUE) {
      Arrays.fill(reachedIn, 0);
      Arrays.fill(settledIn, 0);
      Arrays.fill(targetIn, 0);
      search = 1;
    }
  }

  private static void reverse(int[] a) {
    for (int i = 0, j = a.length - 1; i < j; i++, j--) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
