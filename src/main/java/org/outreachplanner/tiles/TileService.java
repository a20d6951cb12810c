package org.outreachplanner.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Vector tiles of the map layers, written by PostGIS (R__tiles.sql) and kept in a bounded cache
 * until the layer's data changes. Whether it has is asked at most once per {@code
 * outreach.map.layer-recheck} and layer, so that many map users at once cost the database a small
 * query per interval and a tile each the first time it is seen.
 */
@Service
public class TileService {

  /** The deepest zoom served: a tile of about 600 m, finer than any village or hexagon needs. */
  static final int MAX_ZOOM = 18;

  private record Key(TileLayer layer, String state, int z, int x, int y) {}

  private record State(String value, long checkedAt) {}

  private final JdbcTemplate jdbc;
  private final long recheckNanos;
  private final Map<TileLayer, State> states = new EnumMap<>(TileLayer.class);
  private final Cache<Key, Tile> cache;

  TileService(
      JdbcTemplate jdbc,
      @Value("${outreach.map.layer-recheck:1s}") Duration recheck,
      @Value("${outreach.map.tile-cache-mb:128}") long cacheMb) {
    this.jdbc = jdbc;
    this.recheckNanos = recheck.toNanos();
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(cacheMb * 1024 * 1024)
            .<Key, Tile>weigher((k, t) -> t.weight())
            .build();
  }

  /** Tile z/x/y of the layer as its data is now; 400 when there is no such tile. */
  public Tile tile(TileLayer layer, String z, String x, String y) {
    int zoom = number("z", z, MAX_ZOOM);
    int max = (1 << zoom) - 1;
    int col = number("x", x, max);
    int row = number("y", y, max);
    Key key = new Key(layer, state(layer), zoom, col, row);
    return cache.get(
        key, k -> Tile.of(jdbc.queryForObject(layer.tileSql, byte[].class, zoom, col, row)));
  }

  /**
   * Writes tile z/x/y of the layer as of {@code state} into the cache unless it is there already;
   * true when it was written now.
   */
  boolean warm(TileLayer layer, String state, int z, int x, int y) {
    Key key = new Key(layer, state, z, x, y);
    if (cache.getIfPresent(key) != null) {
      return false;
    }
    cache.get(key, k -> Tile.of(jdbc.queryForObject(layer.tileSql, byte[].class, z, x, y)));
    return true;
  }

  /** Forgets the layer's tiles of every state but {@code state}: no request can ask for them. */
  void forgetOtherStates(TileLayer layer, String state) {
    cache.asMap().keySet().removeIf(k -> k.layer() == layer && !k.state().equals(state));
  }

  /** The layer's state as it is now, also for the requests that follow. */
  String stateNow(TileLayer layer) {
    synchronized (states) {
      states.remove(layer);
    }
    return state(layer);
  }

  private String state(TileLayer layer) {
    long now = System.nanoTime();
    synchronized (states) {
      State s = states.get(layer);
      if (s == null || now - s.checkedAt() >= recheckNanos) {
        s = new State(jdbc.queryForObject(layer.stateSql, String.class), now);
        states.put(layer, s);
      }
      return s.value();
    }
  }

  private static int number(String name, String value, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new TextException(Text.of("tiles.badCoordinate", name, value, max));
  }
}
