package org.outreachplanner.routing;

import java.util.Arrays;
import java.util.List;

/**
 * The backward halves of many-to-many searches in a contraction hierarchy: at each vertex, the
 * destinations whose upward search reached it, with the time and metres from the vertex to them. An
 * origin's upward search that settles the vertex completes those ways.
 */
final class Buckets {

  private final int[] start;
  private final int[] column;
  private final double[] seconds;
  private final double[] metres;

  private Buckets(int[] start, int[] column, double[] seconds, double[] metres) {
    this.start = start;
    this.column = column;
    this.seconds = seconds;
    this.metres = metres;
  }

  /** Entries of one thread's backward searches, in the order found. */
  static final class Collector {
    private final UpwardSearch search;
    private int[] vertex = new int[1024];
    private int[] column = new int[1024];
    private double[] seconds = new double[1024];
    private double[] metres = new double[1024];
    private int size;

    Collector(UpwardSearch backwardSearch) {
      this.search = backwardSearch;
    }

    /** Searches upward against the arcs from {@code destination}, the table's {@code col}. */
    void collect(int destination, int col, double maxSeconds) {
      search.run(destination, maxSeconds);
      int found = search.foundCount();
      if (size + found > vertex.length) {
        int grown = Math.max(vertex.length * 2, size + found);
        vertex = Arrays.copyOf(vertex, grown);
        column = Arrays.copyOf(column, grown);
        seconds = Arrays.copyOf(seconds, grown);
        metres = Arrays.copyOf(metres, grown);
      }
      for (int i = 0; i < found; i++) {
        int v = search.found(i);
        vertex[size] = v;
        column[size] = col;
        seconds[size] = search.seconds(v);
        metres[size] = search.metres(v);
        size++;
      }
    }
  }

  /** Sorts the collected entries by vertex. */
  static Buckets of(int nodes, List<Collector> collectors) {
    int[] start = new int[nodes + 1];
    int total = 0;
    for (Collector c : collectors) {
      for (int i = 0; i < c.size; i++) {
        start[c.vertex[i] + 1]++;
      }
      total += c.size;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
    }
    int[] next = Arrays.copyOf(start, nodes);
    int[] column = new int[total];
    double[] seconds = new double[total];
    double[] metres = new double[total];
    for (Collector c : collectors) {
      for (int i = 0; i < c.size; i++) {
        int at = next[c.vertex[i]]++;
        column[at] = c.column[i];
        seconds[at] = c.seconds[i];
        metres[at] = c.metres[i];
      }
    }
    return new Buckets(start, column, seconds, metres);
  }

  /** Completes, for table row {@code row}, the ways through each vertex the origin search found. */
  void meet(UpwardSearch origin, int row, TimeTable table, double maxSeconds) {
    for (int i = 0, n = origin.foundCount(); i < n; i++) {
      int v = origin.found(i);
      double s = origin.seconds(v);
      double m = origin.metres(v);
      for (int e = start[v], end = start[v + 1]; e < end; e++) {
        double t = s + seconds[e];
        if (t <= maxSeconds) {
          table.offer(row, column[e], t, m + metres[e]);
        }
      }
    }
  }
}
