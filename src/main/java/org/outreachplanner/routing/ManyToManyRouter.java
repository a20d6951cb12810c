package org.outreachplanner.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Fastest times from many origins to many destinations, computed on a bounded pool of threads. Two
 * engines give the same times: {@link #dijkstra} runs one search per origin on the road graph, each
 * stopping once all destinations are settled or the time limit is passed; {@link #hierarchy}
 * answers from a {@link ContractionHierarchy}: one upward search per destination leaves its times
 * in buckets at the vertices it climbs to, and one upward search per origin reads the buckets on
 * its way. Vertices given as -1 (a place that is not on the network) get no times.
 */
public final class ManyToManyRouter {

  /** Told each time one more origin is done; called from the worker threads. */
  @FunctionalInterface
  public interface Progress {
    void originsDone(int done, int total);

    Progress NONE = (done, total) -> {};
  }

  private final ExecutorService pool;
  private final int parallelism;

  public ManyToManyRouter(ExecutorService pool, int parallelism) {
    this.pool = pool;
    this.parallelism = Math.max(1, parallelism);
  }

  /** One Dijkstra search per origin on the road graph. */
  public TimeTable dijkstra(
      RoadGraph graph, int[] origins, int[] destinations, double maxSeconds, Progress progress) {
    TimeTable table = new TimeTable(origins.length, destinations.length);
    int[] onGraph = onGraph(destinations);
    AtomicInteger done = new AtomicInteger();
    parallel(
        origins.length,
        () -> new DijkstraSearch(graph, false),
        (search, row) -> {
          int origin = origins[row];
          if (origin >= 0) {
            search.run(origin, onGraph, maxSeconds);
            for (int column = 0; column < destinations.length; column++) {
              int d = destinations[column];
              if (d >= 0 && search.settled(d)) {
                table.offer(row, column, search.seconds(d), search.metres(d));
              }
            }
          }
          progress.originsDone(done.incrementAndGet(), origins.length);
        });
    return table;
  }

  /** Bucket-based many-to-many searches in a contraction hierarchy. */
  public TimeTable hierarchy(
      ContractionHierarchy hierarchy,
      int[] origins,
      int[] destinations,
      double maxSeconds,
      Progress progress) {
    TimeTable table = new TimeTable(origins.length, destinations.length);
    Buckets buckets = buckets(hierarchy, destinations, maxSeconds);
    AtomicInteger done = new AtomicInteger();
    parallel(
        origins.length,
        () -> new UpwardSearch(hierarchy, false),
        (search, row) -> {
          int origin = origins[row];
          if (origin >= 0) {
            search.run(origin, maxSeconds);
            buckets.meet(search, row, table, maxSeconds);
          }
          progress.originsDone(done.incrementAndGet(), origins.length);
        });
    return table;
  }

  /** The backward half: every destination's upward search, its times left in buckets. */
  private Buckets buckets(ContractionHierarchy hierarchy, int[] destinations, double maxSeconds) {
    List<Buckets.Collector> collectors = new ArrayList<>();
    parallel(
        destinations.length,
        () -> {
          Buckets.Collector collector = new Buckets.Collector(new UpwardSearch(hierarchy, true));
          synchronized (collectors) {
            collectors.add(collector);
          }
          return collector;
        },
        (collector, column) -> {
          if (destinations[column] >= 0) {
            collector.collect(destinations[column], column, maxSeconds);
          }
        });
    return Buckets.of(hierarchy.nodeCount(), collectors);
  }

  private static int[] onGraph(int[] vertices) {
    return java.util.Arrays.stream(vertices).filter(v -> v >= 0).distinct().toArray();
  }

  /** One task on an index, with the state of the thread running it. */
  @FunctionalInterface
  private interface IndexTask<S> {
    void run(S state, int index);
  }

  /** Runs {@code task} for 0..count-1 on up to {@code parallelism} threads of the pool. */
  private <S> void parallel(int count, Supplier<S> state, IndexTask<S> task) {
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          S s = state.get();
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            if (Thread.currentThread().isInterrupted()) {
              throw new IllegalStateException("travel-time computation interrupted");
            }
            task.run(s, i);
          }
        };
    int workers = Math.min(parallelism, count);
    if (workers <= 1) {
      if (count > 0) {
        worker.run();
      }
      return;
    }
    List<Future<?>> futures = new ArrayList<>(workers);
    for (int w = 0; w < workers; w++) {
      futures.add(pool.submit(worker));
    }
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("travel-time computation interrupted", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
