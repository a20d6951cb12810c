package org.outreachplanner.routing;

/**
 * Builds a {@link ContractionHierarchy}: contracts the vertices one by one, least important first,
 * adding a shortcut u→w wherever contracting v removes the only fastest way u→v→w. Importance is
 * the usual estimate: how many arcs contracting the vertex would add rather than remove, how many
 * of its neighbours are already contracted, and how deep in the hierarchy it would sit. The order
 * only affects speed; the times the hierarchy gives are exact whatever it is.
 */
public final class HierarchyBuilder {

  /** Vertices a witness search settles at most. */
  private static final int WITNESS_SETTLED = 100;

  private final ContractionGraph graph;
  private final WitnessSearch witness;
  private final int[] edgeDifference;
  private final int[] contractedNeighbours;
  private final int[] level;
  private final ContractionHierarchy.ArcCollector up;
  private final ContractionHierarchy.ArcCollector down;
  private final ShortcutList found = new ShortcutList();
  private int shortcuts;

  private HierarchyBuilder(RoadGraph road) {
    graph = new ContractionGraph(road);
    witness = new WitnessSearch(graph);
    int n = graph.nodeCount();
    edgeDifference = new int[n];
    contractedNeighbours = new int[n];
    level = new int[n];
    up = new ContractionHierarchy.ArcCollector(n);
    down = new ContractionHierarchy.ArcCollector(n);
  }

  public static ContractionHierarchy build(RoadGraph road) {
    return new HierarchyBuilder(road).contractAll();
  }

  private ContractionHierarchy contractAll() {
    int n = graph.nodeCount();
    NodeHeap queue = new NodeHeap(n);
    for (int v = 0; v < n; v++) {
      queue.push(v, importance(v));
    }
    int[] rank = new int[n];
    int next = 0;
    while (!queue.isEmpty()) {
      int v = queue.poll();
      double now = importance(v);
      if (!queue.isEmpty() && now > queue.peekKey()) {
        queue.push(v, now); // lazy update: something else has become less important
        continue;
      }
      rank[v] = next++;
      contract(v);
      graph.detach(v); // v's own lists stay as they were: its neighbours are read from them
      ContractionGraph.Lists out = graph.out;
      ContractionGraph.Lists in = graph.in;
      for (int i = 0; i < out.degree[v]; i++) {
        touched(out.other[v][i], v, queue);
      }
      for (int i = 0; i < in.degree[v]; i++) {
        if (out.find(v, in.other[v][i]) < 0) {
          touched(in.other[v][i], v, queue);
        }
      }
    }
    return new ContractionHierarchy(rank, up.toArcs(), down.toArcs(), shortcuts);
  }

  /**
   * A neighbour of a contracted vertex: its priority rises by the neighbour gone and the level; its
   * edge difference is counted again only when it comes to the top of the queue.
   */
  private void touched(int w, int contracted, NodeHeap queue) {
    contractedNeighbours[w]++;
    level[w] = Math.max(level[w], level[contracted] + 1);
    queue.set(w, priority(w));
  }

  /**
   * Keeps v's remaining arcs as upward arcs of the hierarchy and adds the shortcuts that its
   * importance, just counted, found to be needed.
   */
  private void contract(int v) {
    ContractionGraph.Lists out = graph.out;
    ContractionGraph.Lists in = graph.in;
    for (int i = 0; i < out.degree[v]; i++) {
      up.add(v, out.other[v][i], out.seconds[v][i], out.metres[v][i]);
    }
    for (int i = 0; i < in.degree[v]; i++) {
      down.add(v, in.other[v][i], in.seconds[v][i], in.metres[v][i]);
    }
    for (int i = 0; i < found.size; i++) {
      if (graph.addArc(found.from[i], found.to[i], found.seconds[i], found.metres[i])) {
        shortcuts++;
      }
    }
  }

  /**
   * Finds the shortcuts contracting v would need (kept until the next call, for {@link #contract})
   * to count the arcs it would add and remove, and returns its priority.
   */
  private double importance(int v) {
    found.size = 0;
    forEachShortcut(v, WITNESS_SETTLED, found::add);
    edgeDifference[v] = found.size - graph.out.degree[v] - graph.in.degree[v];
    return priority(v);
  }

  /** Lower is contracted sooner: few arcs added, few neighbours gone, low in the hierarchy. */
  private double priority(int v) {
    return 2.0 * edgeDifference[v] + contractedNeighbours[v] + level[v];
  }

  /** Shortcuts found for one vertex. */
  private static final class ShortcutList {
    int[] from = new int[16];
    int[] to = new int[16];
    double[] seconds = new double[16];
    double[] metres = new double[16];
    int size;

    void add(int u, int w, double s, double m) {
      if (size == from.length) {
        from = java.util.Arrays.copyOf(from, size * 2);
        to = java.util.Arrays.copyOf(to, size * 2);
        seconds = java.util.Arrays.copyOf(seconds, size * 2);
        metres = java.util.Arrays.copyOf(metres, size * 2);
      }
      from[size] = u;
      to[size] = w;
      seconds[size] = s;
      metres[size] = m;
      size++;
    }
  }

  /** Receives a shortcut u→w of {@code s} seconds and {@code m} metres. */
  @FunctionalInterface
  private interface ShortcutSink {
    void accept(int u, int w, double s, double m);
  }

  /** Calls {@code sink} for each shortcut that contracting v needs (as far as witnesses show). */
  private void forEachShortcut(int v, int maxSettled, ShortcutSink sink) {
    ContractionGraph.Lists out = graph.out;
    ContractionGraph.Lists in = graph.in;
    int outDegree = out.degree[v];
    if (outDegree == 0) {
      return;
    }
    for (int i = 0; i < in.degree[v]; i++) {
      int u = in.other[v][i];
      double toV = in.seconds[v][i];
      double longest = 0;
      for (int j = 0; j < outDegree; j++) {
        if (out.other[v][j] != u) {
          longest = Math.max(longest, out.seconds[v][j]);
        }
      }
      if (outDegree == 1 && out.other[v][0] == u) {
        continue;
      }
      witness.run(u, v, toV + longest, maxSettled);
      for (int j = 0; j < outDegree; j++) {
        int w = out.other[v][j];
        double via = toV + out.seconds[v][j];
        double viaMetres = in.metres[v][i] + out.metres[v][j];
        if (w != u && !witness.foundAsGood(w, via, viaMetres)) {
          sink.accept(u, w, via, viaMetres);
        }
      }
    }
  }
}
