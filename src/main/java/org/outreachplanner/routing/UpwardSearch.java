package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * A search in a {@link ContractionHierarchy} that only climbs: from an origin along upward arcs
 * (forward), or from a destination against them (backward). It settles every vertex it can climb to
 * within the time limit, except those it proves are reached faster from a higher vertex (they are
 * "stalled": the fastest way does not meet there). The vertices left, with their times, are one
 * half of every fastest way from (or to) the start.
 *
 * <p>One instance serves many searches of one thread.
 */
final class UpwardSearch {

  private final RoadGraph.Arcs climb;
  private final RoadGraph.Arcs stall;
  private final double[] seconds;
  private final double[] metres;
  private final int[] reachedIn;
  private final NodeHeap heap;
  private int search;
  private int[] found = new int[256];
  private int foundCount;

  UpwardSearch(ContractionHierarchy hierarchy, boolean backward) {
    this.climb = backward ? hierarchy.down : hierarchy.up;
    this.stall = backward ? hierarchy.up : hierarchy.down;
    int n = hierarchy.nodeCount();
    seconds = new double[n];
    metres = new double[n];
    reachedIn = new int[n];
    heap = new NodeHeap(n);
  }

  /** Climbs from {@code start}, settling nothing beyond {@code maxSeconds}. */
  void run(int start, double maxSeconds) {
    if (++search == Integer.MAX_VALUE) {
      Arrays.fill(reachedIn, 0);
      search = 1;
    }
    foundCount = 0;
    reachedIn[start] = search;
    seconds[start] = 0;
    metres[start] = 0;
    heap.push(start, 0);
    while (!heap.isEmpty() && heap.peekKey() <= maxSeconds) {
      int v = heap.poll();
      if (stalled(v)) {
        continue;
      }
      if (foundCount == found.length) {
        found = Arrays.copyOf(found, foundCount * 2);
      }
      found[foundCount++] = v;
      double base = seconds[v];
      double baseMetres = metres[v];
      for (int a = climb.start[v], end = climb.start[v + 1]; a < end; a++) {
        int w = climb.other[a];
        double t = base + climb.seconds[a];
        double m = baseMetres + climb.metres[a];
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

  /** Whether a higher vertex already reached gives v a shorter time than it has. */
  private boolean stalled(int v) {
    double t = seconds[v];
    for (int a = stall.start[v], end = stall.start[v + 1]; a < end; a++) {
      int w = stall.other[a];
      if (reachedIn[w] == search && seconds[w] + stall.seconds[a] < t) {
        return true;
      }
    }
    return false;
  }

  /** Number of vertices the last search settled and did not stall. */
  int foundCount() {
    return foundCount;
  }

  /** The i-th of them. */
  int found(int i) {
    return found[i];
  }

  double seconds(int v) {
    return seconds[v];
  }

  double metres(int v) {
    return metres[v];
  }
}
