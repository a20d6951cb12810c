package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Builds each commune's roads as a tree from the commune centre to its villages (a compromise
 * between the shortest total length and the shortest way from the centre), classes each edge by how
 * many villages lie beyond it, leaves a few remote villages with a footpath or nothing, and links
 * neighbouring communes with provincial roads.
 */
final class RoadNetworkBuilder {

  /** 0 gives a minimum spanning tree, 1 a shortest-path star from the centre. */
  private static final double DETOUR_WEIGHT = 0.25;

  private static final double SHORTEST_FACTOR = 1.5;
  private static final double LONGEST_FACTOR = 3.0;

  private final RandomStreams streams;

  RoadNetworkBuilder(RandomStreams streams) {
    this.streams = streams;
  }

  RoadNetwork build(List<Commune> communes, List<List<VillageSite>> sites, double roadsPerVillage) {
    List<CommuneRoads> byCommune = new ArrayList<>(communes.size());
    for (Commune commune : communes) {
      byCommune.add(communeRoads(commune, sites.get(commune.index()), roadsPerVillage));
    }
    return new RoadNetwork(byCommune, new ProvincialRoadLinker(streams).link(communes));
  }

  private CommuneRoads communeRoads(
      Commune commune, List<VillageSite> villages, double roadsPerVillage) {
    SplittableRandom random = streams.stream("roads", commune.index());
    int n = villages.size();
    double[] lon = new double[n + 1];
    double[] lat = new double[n + 1];
    lon[0] = commune.centreLon();
    lat[0] = commune.centreLat();
    for (int v = 0; v < n; v++) {
      lon[v + 1] = villages.get(v).lon();
      lat[v + 1] = villages.get(v).lat();
    }
    VillageTree tree = VillageTree.grow(lon, lat, DETOUR_WEIGHT);
    RoadAccess[] access = access(commune.spec(), tree, villages, random);
    String[] roadClass = new String[n + 1];
    double[] factor = new double[n + 1];
    for (int node : tree.order()) {
      roadClass[node] = roadClass(tree, node, n, access[node - 1], random);
      factor[node] = random.nextDouble(SHORTEST_FACTOR, factorCeiling(roadClass[node]));
    }
    double target = commune.spec().farthestVillageRoadKm() * 1000;
    if (target > 0) {
      stretchToFarthest(tree, factor, access, target);
    }
    List<RoadEdge> edges = new ArrayList<>();
    for (int node : tree.order()) {
      if (access[node - 1] == RoadAccess.NONE) {
        continue;
      }
      int parent = tree.parent(node);
      edges.add(
          new RoadEdge(
              roadId(commune, edges.size() + 1),
              roadClass[node],
              surface(roadClass[node], random),
              "tertiary".equals(roadClass[node]) ? "Đường trục xã " + commune.spec().name() : null,
              lon[parent],
              lat[parent],
              lon[node],
              lat[node],
              factor[node],
              streams.key("road-shape", (long) commune.index() << 32 | node)));
    }
    new LoopAdder(streams, commune, lon, lat, access, tree).addLoops(edges, roadsPerVillage);
    return new CommuneRoads(edges, access);
  }

  static String roadId(Commune commune, int number) {
    return "road-" + commune.code() + "-" + VillagePlacer.zeroPadded(number, 3);
  }

  /** Footpath-only and roadless villages are remote leaves of the tree. */
  private static RoadAccess[] access(
      CommuneSpec spec, VillageTree tree, List<VillageSite> villages, SplittableRandom random) {
    int n = villages.size();
    RoadAccess[] access = new RoadAccess[n];
    Arrays.fill(access, RoadAccess.ROAD);
    int footpathOnly = (int) Math.floor(spec.footpathOnlyShare() * n + random.nextDouble());
    int roadless = (int) Math.floor(spec.roadlessShare() * n + random.nextDouble());
    double[] remoteness = new double[n + 1];
    for (int v = 0; v < n; v++) {
      remoteness[v + 1] = villages.get(v).distanceFromCentreMetres() * random.nextDouble(0.7, 1.3);
    }
    List<Integer> leaves =
        IntStream.rangeClosed(1, n)
            .filter(tree::isLeaf)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer v) -> -remoteness[v]).thenComparing(v -> v))
            .toList();
    for (int i = 0; i < leaves.size() && i < roadless + footpathOnly; i++) {
      access[leaves.get(i) - 1] = i < roadless ? RoadAccess.NONE : RoadAccess.FOOTPATH_ONLY;
    }
    return access;
  }

  private static String roadClass(
      VillageTree tree, int node, int villageCount, RoadAccess access, SplittableRandom random) {
    int beyond = tree.subtreeSize(node);
    if (access == RoadAccess.FOOTPATH_ONLY) {
      return random.nextDouble() < 0.6 ? "path" : "footway";
    }
    if (beyond >= Math.max(4, villageCount / 5) || (tree.parent(node) == 0 && beyond >= 3)) {
      return "tertiary";
    }
    return beyond >= 2 ? "unclassified" : "track";
  }

  private static double factorCeiling(String roadClass) {
    return switch (roadClass) {
      case "tertiary" -> 2.0;
      case "unclassified" -> 2.4;
      case "path", "footway" -> 2.2;
      default -> 2.8;
    };
  }

  static String surface(String roadClass, SplittableRandom random) {
    return switch (roadClass) {
      case "secondary", "tertiary" -> "paved";
      case "unclassified" -> random.nextDouble() < 0.35 ? "paved" : "gravel";
      case "track" -> random.nextDouble() < 0.35 ? "gravel" : "dirt";
      default -> "dirt";
    };
  }

  /**
   * Scales the winding of the whole commune so that the farthest reachable village lies exactly
   * {@code target} metres from the centre by road, within the 1.5–3× bounds.
   */
  private static void stretchToFarthest(
      VillageTree tree, double[] factor, RoadAccess[] access, double target) {
    for (int iteration = 0; iteration < 50; iteration++) {
      double farthest = 0;
      double[] distance = new double[factor.length];
      for (int node : tree.order()) {
        distance[node] = distance[tree.parent(node)] + factor[node] * tree.straightMetres(node);
        if (access[node - 1] != RoadAccess.NONE) {
          farthest = Math.max(farthest, distance[node]);
        }
      }
      if (Math.abs(farthest - target) < 1) {
        return;
      }
      double scale = target / farthest;
      for (int node : tree.order()) {
        factor[node] = Math.max(SHORTEST_FACTOR, Math.min(LONGEST_FACTOR, factor[node] * scale));
      }
    }
  }
}
