package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.locationtech.jts.geom.Coordinate;

/**
 * The generated roads as a graph whose nodes are the road vertices (roads meet where their
 * coordinates are exactly equal), with great-circle lengths: distances by road, as a router sees
 * them.
 */
final class RoadGraph {

  private static final double EARTH_RADIUS_METRES = 6_371_008.8;

  private final Map<Coordinate, Integer> nodes = new HashMap<>();
  private final List<List<double[]>> edges = new ArrayList<>();

  RoadGraph(List<GeneratedFiles.RoadFeature> roads) {
    for (GeneratedFiles.RoadFeature road : roads) {
      Coordinate[] line = road.line().getCoordinates();
      for (int i = 1; i < line.length; i++) {
        int a = node(line[i - 1]);
        int b = node(line[i]);
        double length = haversineMetres(line[i - 1], line[i]);
        edges.get(a).add(new double[] {b, length});
        edges.get(b).add(new double[] {a, length});
      }
    }
  }

  boolean hasNode(double lon, double lat) {
    return nodes.containsKey(new Coordinate(lon, lat));
  }

  /** Dijkstra from one vertex; the result is indexed by {@link #distance}. */
  double[] distancesFrom(double lon, double lat) {
    double[] distance = new double[edges.size()];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    int source = nodes.get(new Coordinate(lon, lat));
    distance[source] = 0;
    PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[1], y[1]));
    queue.add(new double[] {source, 0});
    while (!queue.isEmpty()) {
      double[] head = queue.poll();
      int node = (int) head[0];
      if (head[1] > distance[node]) {
        continue;
      }
      for (double[] edge : edges.get(node)) {
        int next = (int) edge[0];
        double through = distance[node] + edge[1];
        if (through < distance[next]) {
          distance[next] = through;
          queue.add(new double[] {next, through});
        }
      }
    }
    return distance;
  }

  /** The distance to a point in a result of {@link #distancesFrom}; infinite if off the roads. */
  double distance(double[] distances, double lon, double lat) {
    Integer node = nodes.get(new Coordinate(lon, lat));
    return node == null ? Double.POSITIVE_INFINITY : distances[node];
  }

  static double haversineMetres(Coordinate a, Coordinate b) {
    double lat1 = Math.toRadians(a.y);
    double lat2 = Math.toRadians(b.y);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.x - a.x);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
  }

  private int node(Coordinate c) {
    return nodes.computeIfAbsent(
        new Coordinate(c.x, c.y),
        k -> {
          edges.add(new ArrayList<>());
          return edges.size() - 1;
        });
  }
}
