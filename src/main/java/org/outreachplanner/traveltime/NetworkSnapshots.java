package org.outreachplanner.traveltime;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The costed networks the API answers from, kept for a short while (a map page asks for many routes
 * and bands in a row) and at most a few at a time. A computation run reads its own.
 */
@Component
public class NetworkSnapshots {

  private static final int MOST_KEPT = 6;

  private record Key(TravelMode mode, Season season, LocalDate date) {}

  private record Entry(NetworkSnapshot network, long loadedNanos) {}

  private final EdgeCostReader reader;
  private final long keepNanos;
  private final Map<Key, Entry> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > MOST_KEPT;
        }
      };

  NetworkSnapshots(
      EdgeCostReader reader, @Value("${outreach.travel-times.network-cache:60s}") Duration keep) {
    this.reader = reader;
    this.keepNanos = keep.toNanos();
  }

  /** The network costed for this mode, season and date (null: no closures). */
  synchronized NetworkSnapshot get(TravelMode mode, Season season, LocalDate date) {
    Key key = new Key(mode, season, date);
    Entry entry = kept.get(key);
    long now = System.nanoTime();
    if (entry == null || now - entry.loadedNanos() > keepNanos) {
      entry = new Entry(reader.load(mode, season, date), now);
      kept.put(key, entry);
    }
    return entry.network();
  }

  /** Forgets every kept network (after the network or its costs changed). */
  public synchronized void clear() {
    kept.clear();
  }
}
