package org.outreachplanner.traveltime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.TimeTable;

/**
 * Travel times between the places of a planning area for one mode, season and closure set: what the
 * scheduler looks up, with no database behind it. Places have dense ids 0..n-1 (in the order
 * given); the time from i to j is {@link #seconds(int, int)}, +∞ when no way is known (none on the
 * network, or longer than the time limit the matrix was computed with).
 */
public final class TravelTimeMatrix {

  private final TravelMode mode;
  private final Season season;
  private final String closureSet;
  private final List<PlaceRef> places;
  private final Map<PlaceRef, Integer> ids;
  private final double[] seconds;
  private final double[] metres;

  private TravelTimeMatrix(
      TravelMode mode, Season season, String closureSet, List<PlaceRef> places) {
    this.mode = mode;
    this.season = season;
    this.closureSet = closureSet;
    this.places = List.copyOf(places);
    this.ids = new HashMap<>(places.size() * 2);
    for (int i = 0; i < places.size(); i++) {
      if (ids.put(places.get(i), i) != null) {
        throw new IllegalArgumentException("place listed twice: " + places.get(i));
      }
    }
    int n = places.size();
    seconds = new double[Math.multiplyExact(n, n)];
    metres = new double[seconds.length];
    Arrays.fill(seconds, Double.POSITIVE_INFINITY);
    Arrays.fill(metres, Double.POSITIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      seconds[i * n + i] = 0;
      metres[i * n + i] = 0;
    }
  }

  /** An empty matrix (no times but each place's to itself) to be filled with {@link #put}. */
  public static TravelTimeMatrix empty(
      TravelMode mode, Season season, String closureSet, List<PlaceRef> places) {
    return new TravelTimeMatrix(mode, season, closureSet, places);
  }

  /** The matrix of a table whose rows and columns are both {@code places}. */
  static TravelTimeMatrix of(
      TravelMode mode, Season season, String closureSet, List<PlaceRef> places, TimeTable table) {
    TravelTimeMatrix matrix = new TravelTimeMatrix(mode, season, closureSet, places);
    for (int i = 0; i < places.size(); i++) {
      for (int j = 0; j < places.size(); j++) {
        if (i != j && table.reached(i, j)) {
          matrix.put(i, j, table.seconds(i, j), table.metres(i, j));
        }
      }
    }
    return matrix;
  }

  /** Sets the time and metres from place i to place j. */
  public void put(int from, int to, double s, double m) {
    int k = from * places.size() + to;
    seconds[k] = s;
    metres[k] = m;
  }

  public TravelMode mode() {
    return mode;
  }

  public Season season() {
    return season;
  }

  /** The closures the times allow for ('' for none), as outreach_closure_set gives them. */
  public String closureSet() {
    return closureSet;
  }

  /** Number of places. */
  public int size() {
    return places.size();
  }

  public List<PlaceRef> places() {
    return places;
  }

  public PlaceRef place(int id) {
    return places.get(id);
  }

  /** The dense id of a place, or -1 when it is not in the matrix. */
  public int idOf(PlaceRef place) {
    Integer id = ids.get(place);
    return id == null ? -1 : id;
  }

  /** Seconds from place {@code from} to place {@code to}; +∞ when no way is known. */
  public double seconds(int from, int to) {
    return seconds[from * places.size() + to];
  }

  /** Metres along the fastest way; +∞ when no way is known. */
  public double metres(int from, int to) {
    return metres[from * places.size() + to];
  }

  public boolean reachable(int from, int to) {
    return seconds(from, to) != Double.POSITIVE_INFINITY;
  }

  /** Seconds between two places by kind and code; empty when either is unknown or not joined. */
  public OptionalDouble seconds(PlaceRef from, PlaceRef to) {
    int i = idOf(from);
    int j = idOf(to);
    if (i < 0 || j < 0 || !reachable(i, j)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(seconds(i, j));
  }
}
