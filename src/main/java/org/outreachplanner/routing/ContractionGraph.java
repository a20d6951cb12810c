package org.outreachplanner.routing;

import java.util.Arrays;

/**
 * The shrinking graph of the vertices not yet contracted, while a {@link ContractionHierarchy} is
 * built: for each vertex its outgoing and incoming arcs as small growable arrays. Between two
 * vertices at most one arc per direction is kept, the fastest (the shorter of equally fast ones).
 */
final class ContractionGraph {

  /** Arcs listed under each vertex; {@code other} is the vertex at the far end. */
  static final class Lists {
    final int[][] other;
    final double[][] seconds;
    final double[][] metres;
    final int[] degree;

    Lists(int n) {
      other = new int[n][];
      seconds = new double[n][];
      metres = new double[n][];
      degree = new int[n];
      for (int v = 0; v < n; v++) {
        other[v] = new int[2];
        seconds[v] = new double[2];
        metres[v] = new double[2];
      }
    }

    int find(int v, int w) {
      int[] o = other[v];
      for (int i = 0, d = degree[v]; i < d; i++) {
        if (o[i] == w) {
          return i;
        }
      }
      return -1;
    }

    void append(int v, int w, double s, double m) {
      int d = degree[v];
      if (d == other[v].length) {
        other[v] = Arrays.copyOf(other[v], d * 2);
        seconds[v] = Arrays.copyOf(seconds[v], d * 2);
        metres[v] = Arrays.copyOf(metres[v], d * 2);
      }
      other[v][d] = w;
      seconds[v][d] = s;
      metres[v][d] = m;
      degree[v] = d + 1;
    }

    void remove(int v, int w) {
      int i = find(v, w);
      if (i >= 0) {
        int last = --degree[v];
        other[v][i] = other[v][last];
        seconds[v][i] = seconds[v][last];
        metres[v][i] = metres[v][last];
      }
    }
  }

  final Lists out;
  final Lists in;

  ContractionGraph(RoadGraph graph) {
    int n = graph.nodeCount();
    out = new Lists(n);
    in = new Lists(n);
    RoadGraph.Arcs arcs = graph.out;
    for (int v = 0; v < n; v++) {
      for (int a = arcs.start[v]; a < arcs.start[v + 1]; a++) {
        addArc(v, arcs.other[a], arcs.seconds[a], arcs.metres[a]);
      }
    }
  }

  int nodeCount() {
    return out.degree.length;
  }

  /**
   * Adds the arc u→w, or makes the existing one faster (or shorter at the same time). Returns
   * whether the graph changed.
   */
  boolean addArc(int u, int w, double s, double m) {
    int i = out.find(u, w);
    if (i < 0) {
      out.append(u, w, s, m);
      in.append(w, u, s, m);
      return true;
    }
    if (s < out.seconds[u][i] || (s == out.seconds[u][i] && m < out.metres[u][i])) {
      out.seconds[u][i] = s;
      out.metres[u][i] = m;
      int j = in.find(w, u);
      in.seconds[w][j] = s;
      in.metres[w][j] = m;
      return true;
    }
    return false;
  }

  /** Takes vertex v out of the graph: its neighbours no longer list it. */
  void detach(int v) {
    for (int i = 0; i < out.degree[v]; i++) {
      in.remove(out.other[v][i], v);
    }
    for (int i = 0; i < in.degree[v]; i++) {
      out.remove(in.other[v][i], v);
    }
  }
}
