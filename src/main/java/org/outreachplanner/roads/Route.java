package org.outreachplanner.roads;

import java.util.Optional;

/**
 * The fastest way between two vertices: its time, its length, and its road edges in travel order
 * with the direction each is travelled in (true: from the edge's source to its target).
 */
record Route(double seconds, double metres, long[] edgeIds, boolean[] forward) {

  /** The fastest way from vertex {@code from} to vertex {@code to}, if there is one. */
  static Optional<Route> fastest(RoadGraph graph, int from, int to) {
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
    for (int i = 0; i < n; i++) {
      ids[i] = graph.edgeId(path.edges()[i]);
      forward[i] = graph.startsAt(path.edges()[i], path.enteredFrom()[i]);
    }
    return Optional.of(new Route(search.seconds(to), search.metres(to), ids, forward));
  }
}
