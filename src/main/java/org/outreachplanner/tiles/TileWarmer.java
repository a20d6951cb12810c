package org.outreachplanner.tiles;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the village tiles of the low zooms ahead, on one background thread of the map server,
 * after each change of the villages (the same state that keys the cache): below zoom 10 a tile
 * gathers the clusters of thousands of villages and is the slowest to write, and every map user
 * starts there. The tiles to write are those that hold a village ({@code tile_village_tiles}), up
 * to {@code outreach.map.warm-max-zoom}; a tile already cached is not written again, and the tiles
 * of the villages' earlier states are forgotten. Only the web server warms: a command has no map
 * users.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TileWarmer {

  private static final Logger LOG = LoggerFactory.getLogger(TileWarmer.class);

  private static final String SELECT_VILLAGE_TILES = "SELECT z, x, y FROM tile_village_tiles(?)";

  private record TileId(int z, int x, int y) {}

  private final TileService tiles;
  private final JdbcTemplate jdbc;
  private final int maxZoom;
  private final long everyMillis;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "tile-warmer");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
          });
  private String warmedState;

  TileWarmer(
      TileService tiles,
      JdbcTemplate jdbc,
      @Value("${outreach.map.warm-max-zoom:10}") int maxZoom,
      @Value("${outreach.map.warm-every:5s}") Duration every) {
    this.tiles = tiles;
    this.jdbc = jdbc;
    this.maxZoom = Math.min(maxZoom, TileService.MAX_ZOOM);
    this.everyMillis = every.toMillis();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (maxZoom >= 0) {
      thread.scheduleWithFixedDelay(this::warmIfChanged, 0, everyMillis, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
  }

  /** Writes the low-zoom village tiles when the villages changed since they were last written. */
  private void warmIfChanged() {
    try {
      String state = tiles.stateNow(TileLayer.VILLAGES);
      if (state.equals(warmedState)) {
        return;
      }
      tiles.forgetOtherStates(TileLayer.VILLAGES, state);
      long start = System.nanoTime();
      List<TileId> ids =
          jdbc.query(
              SELECT_VILLAGE_TILES,
              (rs, i) -> new TileId(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
              maxZoom);
      int written = 0;
      for (TileId id : ids) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
        if (tiles.warm(TileLayer.VILLAGES, state, id.z(), id.x(), id.y())) {
          written++;
        }
      }
      warmedState = state;
      // routine, so DEBUG: a command line run in the same process prints nothing of it
      LOG.debug(
          "Village tiles to zoom {} written ahead: {} of {} in {} ms",
          maxZoom,
          written,
          ids.size(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      // the next round tries again (the database may be restarting); the map writes on demand
      LOG.warn("Writing the village tiles ahead failed: {}", e.toString());
    }
  }
}
