package org.outreachplanner.traveltime;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.routing.ManyToManyRouter;
import org.outreachplanner.routing.TimeTable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes travel-time matrices in memory on a bounded pool of threads (one per core unless
 * configured). For a few origins it runs one Dijkstra search per origin; for many it builds the
 * network's contraction hierarchy once and answers from it. Both give the exact fastest times.
 */
@Component
public class TravelTimeEngine implements DisposableBean {

  /** Which engine answers: chosen by the number of origins, or always the one named. */
  enum Choice {
    AUTO,
    DIJKSTRA,
    HIERARCHY
  }

  /** From this many origins in one run, building the hierarchy pays off. */
  private static final int HIERARCHY_FROM_ORIGINS = 200;

  private final double maxSeconds;
  private final int threads;
  private final Choice choice;
  private final ExecutorService pool;
  private final ManyToManyRouter router;

  TravelTimeEngine(
      @Value("${outreach.travel-times.max-seconds:21600}") double maxSeconds,
      @Value("${outreach.travel-times.threads:0}") int threads,
      @Value("${outreach.travel-times.engine:auto}") String engine) {
    if (!(maxSeconds > 0)) {
      throw new IllegalArgumentException(
          "outreach.travel-times.max-seconds must be more than 0, not " + maxSeconds);
    }
    this.maxSeconds = maxSeconds;
    this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    this.choice = Choice.valueOf(engine.strip().toUpperCase(Locale.ROOT));
    AtomicInteger number = new AtomicInteger();
    ThreadFactory named =
        r -> {
          Thread t = new Thread(r, "travel-times-" + number.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.pool = Executors.newFixedThreadPool(this.threads, named);
    this.router = new ManyToManyRouter(pool, this.threads);
  }

  /**
   * The time limit: ways longer than this are not looked for (outreach.travel-times.max-seconds).
   */
  public double maxSeconds() {
    return maxSeconds;
  }

  int threads() {
    return threads;
  }

  /**
   * The matrix of the area's places on the network, within the time limit. {@code plannedOrigins}
   * is how many origins the whole run will search from, which decides the engine.
   */
  TravelTimeMatrix matrix(
      PlanningArea area,
      NetworkSnapshot network,
      int plannedOrigins,
      ManyToManyRouter.Progress progress) {
    List<PlaceRef> refs = area.places().stream().map(Place::ref).toList();
    int[] vertices = new int[refs.size()];
    for (int i = 0; i < vertices.length; i++) {
      vertices[i] = network.vertexOf(area.places().get(i));
    }
    TimeTable table = times(network, vertices, vertices, plannedOrigins, progress);
    return TravelTimeMatrix.of(network.mode(), network.season(), network.closureSet(), refs, table);
  }

  /** Times from each origin to each destination (dense vertex indexes, -1 for none). */
  TimeTable times(
      NetworkSnapshot network,
      int[] origins,
      int[] destinations,
      int plannedOrigins,
      ManyToManyRouter.Progress progress) {
    boolean climb =
        switch (choice) {
          case DIJKSTRA -> false;
          case HIERARCHY -> true;
          case AUTO -> network.hasHierarchy() || plannedOrigins >= HIERARCHY_FROM_ORIGINS;
        };
    if (climb) {
      return router.hierarchy(network.hierarchy(), origins, destinations, maxSeconds, progress);
    }
    return router.dijkstra(network.graph(), origins, destinations, maxSeconds, progress);
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}
