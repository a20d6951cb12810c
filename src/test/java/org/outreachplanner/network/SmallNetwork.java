package org.outreachplanner.network;

import java.util.List;

/**
 * The expected network of {@code fixtures/small-network.sql}, built with the default 5 m snapping
 * tolerance and 3000 m off-road reach. Lengths are geodesic distances on WGS 84 between the
 * vertices, from PROJ's {@code geod +ellps=WGS84 -I}.
 */
public final class SmallNetwork {

  private SmallNetwork() {}

  /** A vertex: id, lon, lat. */
  record Node(long id, double lon, double lat) {}

  /** An edge as stored in road_edge. */
  record Edge(
      long id,
      long source,
      long target,
      Long segment,
      String roadClass,
      String surface,
      boolean oneWay,
      double lengthM,
      int component) {}

  /** Vertices are numbered by longitude, then latitude. */
  static final List<Node> NODES =
      List.of(
          new Node(1, 103.000, 22.500), // W: west end of main; commune centre and team T1
          new Node(2, 103.002, 22.503), // west end of near
          new Node(3, 103.0025, 22.4982), // V-200M itself
          new Node(4, 103.0025, 22.500), // where V-200M's off-road leg meets main
          new Node(5, 103.005, 22.495), // S: south end of cross
          new Node(6, 103.005, 22.500), // X: main crosses cross
          new Node(7, 103.005, 22.503), // N1: near's end, snapped onto cross
          new Node(8, 103.005, 22.504), // V-ON, on cross
          new Node(9, 103.005, 22.505), // N: north end of cross
          new Node(10, 103.010, 22.500), // E: main meets oneway (tiny shrank into it)
          new Node(11, 103.015, 22.500), // east end of oneway
          new Node(12, 103.030, 22.520), // dangling
          new Node(13, 103.031, 22.520));

  /** Road edges by segment and position along it, then the off-road leg. */
  public static final List<Edge> EDGES =
      List.of(
          new Edge(1, 1, 4, 1L, "tertiary", "paved", false, 257.2406, 1),
          new Edge(2, 4, 6, 1L, "tertiary", "paved", false, 257.2406, 1),
          new Edge(3, 6, 10, 1L, "tertiary", "paved", false, 514.4812, 1),
          new Edge(4, 5, 6, 2L, "unclassified", "gravel", false, 553.6852, 1),
          new Edge(5, 6, 7, 2L, "unclassified", "gravel", false, 332.2113, 1),
          new Edge(6, 7, 8, 2L, "unclassified", "gravel", false, 110.7371, 1),
          new Edge(7, 8, 9, 2L, "unclassified", "gravel", false, 110.7371, 1),
          new Edge(8, 10, 11, 3L, "track", "dirt", true, 514.4812, 1),
          new Edge(9, 2, 7, 4L, "path", null, false, 308.6821, 1),
          new Edge(10, 12, 13, 6L, "busway", null, false, 102.8815, 2),
          new Edge(11, 3, 4, null, "offroad", null, false, 199.3267, 1));

  static Edge edge(long id) {
    return EDGES.get((int) id - 1);
  }
}
