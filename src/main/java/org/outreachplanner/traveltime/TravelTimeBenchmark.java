package org.outreachplanner.traveltime;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.ContractionHierarchy;
import org.outreachplanner.routing.ManyToManyRouter;
import org.outreachplanner.routing.TimeTable;
import org.springframework.stereotype.Component;

/**
 * Our matrix against pgRouting's pgr_dijkstraCostMatrix on the same network, costs and vertices, in
 * one run: ours several times (each reading the costs, building the hierarchy and searching),
 * pgRouting once or more, then every entry compared. Used by {@code benchmarks/run travel-times}.
 */
@Component
class TravelTimeBenchmark {

  private static final String SELECT_VILLAGE_NODES =
      """
      SELECT DISTINCT ON (node_id) node_id
        FROM (SELECT node_id, md5(place_code || ?) AS shuffle
                FROM place_attachment
               WHERE place_kind = 'village' AND node_id IS NOT NULL
               ORDER BY shuffle LIMIT ?) v
      """;

  private static final String PGR_MATRIX =
      """
      SELECT start_vid, end_vid, agg_cost
        FROM pgr_dijkstraCostMatrix(
               'SELECT id, source, target, cost, reverse_cost FROM outreach_edge_costs('
                   || quote_literal(?) || ', ' || quote_literal(?) || ')',
               ?, directed => true)
      """;

  private final DataSource dataSource;
  private final EdgeCostReader costs;

  TravelTimeBenchmark(DataSource dataSource, EdgeCostReader costs) {
    this.dataSource = dataSource;
    this.costs = costs;
  }

  /** Times of one of our runs, in milliseconds. */
  record OurRun(long loadMillis, long buildMillis, long searchMillis) {
    long totalMillis() {
      return loadMillis + buildMillis + searchMillis;
    }
  }

  /** What the benchmark measured and found. */
  record Result(
      int edges,
      int vertices,
      int threads,
      List<OurRun> ours,
      long dijkstraMillis,
      List<Long> pgRoutingMillis,
      long pairs,
      long reached,
      long mismatched,
      double largestDifference) {}

  Result run(TravelMode mode, Season season, int villages, int runs, int pgRoutingRuns)
      throws SQLException {
    long[] nodes = villageNodes(villages);
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      ManyToManyRouter router = new ManyToManyRouter(pool, threads);
      List<OurRun> ours = new ArrayList<>();
      TimeTable table = null;
      NetworkSnapshot network = null;
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        network = costs.load(mode, season, null);
        long t1 = System.nanoTime();
        ContractionHierarchy hierarchy = network.hierarchy();
        long t2 = System.nanoTime();
        int[] vertices = vertices(network, nodes);
        table =
            router.hierarchy(
                hierarchy,
                vertices,
                vertices,
                Double.POSITIVE_INFINITY,
                ManyToManyRouter.Progress.NONE);
        long t3 = System.nanoTime();
        ours.add(new OurRun(millis(t1 - t0), millis(t2 - t1), millis(t3 - t2)));
      }
      int[] vertices = vertices(network, nodes);
      long d0 = System.nanoTime();
      TimeTable plain =
          router.dijkstra(
              network.graph(),
              vertices,
              vertices,
              Double.POSITIVE_INFINITY,
              ManyToManyRouter.Progress.NONE);
      long dijkstraMillis = millis(System.nanoTime() - d0);
      List<Long> pgrMillis = new ArrayList<>();
      Map<Long, Double> pgr = null;
      for (int r = 0; r < pgRoutingRuns; r++) {
        long p0 = System.nanoTime();
        pgr = pgRouting(mode, season, nodes);
        pgrMillis.add(millis(System.nanoTime() - p0));
      }
      return compare(network, nodes, table, plain, pgr, ours, dijkstraMillis, pgrMillis, threads);
    } finally {
      pool.shutdownNow();
    }
  }

  private Result compare(
      NetworkSnapshot network,
      long[] nodes,
      TimeTable table,
      TimeTable plain,
      Map<Long, Double> pgr,
      List<OurRun> ours,
      long dijkstraMillis,
      List<Long> pgrMillis,
      int threads) {
    long pairs = 0;
    long reached = 0;
    long mismatched = 0;
    double largest = 0;
    for (int i = 0; i < nodes.length; i++) {
      for (int j = 0; j < nodes.length; j++) {
        if (i == j) {
          continue;
        }
        pairs++;
        // without pgRouting's times, the hierarchy is checked against Dijkstra alone
        Double expected =
            pgr != null
                ? pgr.get(key(nodes, i, j))
                : plain.reached(i, j) ? Double.valueOf(plain.seconds(i, j)) : null;
        boolean same = expected == null ? !table.reached(i, j) : table.reached(i, j);
        same &= table.reached(i, j) == plain.reached(i, j);
        if (same && expected != null) {
          reached++;
          double difference =
              Math.max(
                  Math.abs(table.seconds(i, j) - expected),
                  Math.abs(plain.seconds(i, j) - expected));
          largest = Math.max(largest, difference);
          same = difference <= 1.0;
        }
        if (!same) {
          mismatched++;
        }
      }
    }
    return new Result(
        network.graph().edgeCount(),
        nodes.length,
        threads,
        ours,
        dijkstraMillis,
        pgrMillis,
        pairs,
        reached,
        mismatched,
        largest);
  }

  private static Long key(long[] nodes, int i, int j) {
    return nodes[i] * 1_000_003L + nodes[j];
  }

  private Map<Long, Double> pgRouting(TravelMode mode, Season season, long[] nodes)
      throws SQLException {
    Map<Long, Double> found = new HashMap<>();
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.length; i++) {
      index.put(nodes[i], i);
    }
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement off = c.prepareStatement("SET statement_timeout = 0")) {
        off.execute();
      }
      try (PreparedStatement ps = c.prepareStatement(PGR_MATRIX)) {
        ps.setString(1, mode.code());
        ps.setString(2, season.code());
        Array array = c.createArrayOf("bigint", Arrays.stream(nodes).boxed().toArray());
        ps.setArray(3, array);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.put(
                key(nodes, index.get(rs.getLong(1)), index.get(rs.getLong(2))), rs.getDouble(3));
          }
        }
      } finally {
        try (PreparedStatement reset = c.prepareStatement("RESET statement_timeout")) {
          reset.execute();
        }
      }
    }
    return found;
  }

  private long[] villageNodes(int villages) throws SQLException {
    List<Long> nodes = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT_VILLAGE_NODES)) {
      ps.setString(1, "travel-time benchmark");
      ps.setInt(2, villages);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          nodes.add(rs.getLong(1));
        }
      }
    }
    return nodes.stream().mapToLong(Long::longValue).toArray();
  }

  private static int[] vertices(NetworkSnapshot network, long[] nodes) {
    int[] vertices = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      vertices[i] = network.graph().indexOf(nodes[i]);
    }
    return vertices;
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}
