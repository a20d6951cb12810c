package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * While a vertex v is contracted: a small Dijkstra search from one of its in-neighbours that does
 * not pass through v, to find out whether the way u→v→w is the only fastest one (then a shortcut
 * u→w is needed) or another way is as fast (a witness). The search is bounded in time and in the
 * number of vertices it settles; a witness it does not find only costs an unneeded shortcut, never
 * a wrong time.
 */
final class WitnessSearch {

  private final ContractionGraph graph;
  private final double[] seconds;
  private final double[] metres;
  private final int[] reachedIn;
  private final int[] targetIn;
  private final NodeHeap heap;
  private int search;

  WitnessSearch(ContractionGraph graph) {
    this.graph = graph;
    int n = graph.nodeCount();
    seconds = new double[n];
    metres = new double[n];
    reachedIn = new int[n];
    targetIn = new int[n];
    heap = new NodeHeap(n);
  }

  /**
   * Searches from {@code from} avoiding {@code avoided} until the out-neighbours of {@code avoided}
   * are settled, settling at most {@code maxSettled} vertices and none beyond {@code maxSeconds}.
   */
  void run(int from, int avoided, double maxSeconds, int maxSettled) {
    if (++search == Integer.MAX_VALUE) {
      Arrays.fill(reachedIn, 0);
      Arrays.fill(targetIn, 0);
      search = 1;
    }
    int remaining = 0;
    for (int i = 0, d = graph.out.degree[avoided]; i < d; i++) {
      int w = graph.out.other[avoided][i];
      if (w != from && targetIn[w] != search) {
        targetIn[w] = search;
        remaining++;
      }
    }
    ContractionGraph.Lists out = graph.out;
    seconds[from] = 0;
    metres[from] = 0;
    reachedIn[from] = search;
    heap.push(from, 0);
    int settled = 0;
    while (remaining > 0
        && !heap.isEmpty()
        && settled < maxSettled
        && heap.peekKey() <= maxSeconds) {
      int v = heap.poll();
      settled++;
      if (targetIn[v] == search) {
        remaining--;
      }
      double base = seconds[v];
      double baseMetres = metres[v];
      int[] other = out.other[v];
      double[] arcSeconds = out.seconds[v];
      double[] arcMetres = out.metres[v];
      for (int i = 0, d = out.degree[v]; i < d; i++) {
        int w = other[i];
        if (w == avoided) {
          continue;
        }
        double t = base + arcSeconds[i];
        double m = baseMetres + arcMetres[i];
        if (reachedIn[w] != search || t < seconds[w] || (t == seconds[w] && m < metres[w])) {
          reachedIn[w] = search;
          seconds[w] = t;
          metres[w] = m;
          heap.push(w, t);
        }
      }
    }
    heap.clear();
  }

  /**
   * Whether the last search found a way to {@code w} at least as good as {@code s} seconds and
   * {@code m} metres: faster, or as fast and no longer.
   */
  boolean foundAsGood(int w, double s, double m) {
    return reachedIn[w] == search && (seconds[w] < s || (seconds[w] == s && metres[w] <= m));
  }
}
