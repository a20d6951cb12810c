package org.outreachplanner.routing;

import java.util.Optional;

/**
 * The fastest way between two vertices: its time, its length, and its road edges in travel order
 * with the direction each is travelled in (true: from the edge's source to its target) and the
 * seconds and metres of each as travelled.
 */
public record Route(
    double seconds,
    double metres,
    long[] edgeIds,
    boolean[] forward,
    double[] edgeSeconds,
    double[] edgeMetres) {

  /** The fastest way from vertex {@code from} to vertex {@code to}, if there is one. */
  public static Optional<Route> fastest(RoadGraph graph, int from, int to) {
    if (from < 0 || to < 0) {
      return Optional.empty();
    }
    DijkstraSearch search = new DijkstraSearch(graph, false);
    search.run(from, new int[] {to}, Double.POSITIVE_INFINITY);
    if (!search.settled(to)) {
      return Optional.empty();
    }
    DijkstraSearch.Path path = search.path(to);
    int n = path.edges().length;
    long[] ids = new long[n];
    boolean[] forward = new boolean[n];
    double[] edgeSeconds = new double[n];
    double[] edgeMetres = new double[n];
    for (int i = 0; i < n; i++) {
      int entered = path.enteredFrom()[i];
      int left = i + 1 < n ? path.enteredFrom()[i + 1] : to;
      ids[i] = graph.edgeId(path.edges()[i]);
      forward[i] = graph.startsAt(path.edges()[i], entered);
      edgeSeconds[i] = search.seconds(left) - search.seconds(entered);
      edgeMetres[i] = search.metres(left) - search.metres(entered);
    }
    return Optional.of(
        new Route(search.seconds(to), search.metres(to), ids, forward, edgeSeconds, edgeMetres));
  }
}
