package org.outreachplanner.traveltime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.Place;
import org.outreachplanner.routing.Route;

/**
 * The answer of {@code GET /api/travel-times}: a GeoJSON Feature whose geometry is the route (a
 * LineString built by PostGIS from the road edges, null when there is none) and whose properties
 * give the places, mode, season, date, the time and length, or why no way exists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RouteAnswer(String type, @JsonRawValue String geometry, Properties properties) {

  /**
   * One end of the route, with the off-road leg walked between the place and the road when the
   * route takes one (null when the place is on the road).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record End(String kind, String code, String name, Leg offroad) {
    static End of(Place p, Leg offroad) {
      return new End(p.ref().kind().code(), p.ref().code(), p.name(), offroad);
    }
  }

  /** An off-road leg: its length and its walking time for the mode and season. */
  record Leg(double metres, double seconds) {}

  /** Why no way exists: which place is to blame, the reason code and words, closures named. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record NoWay(
      String kind, String code, String reason, Text explanation, java.util.List<String> closures) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Properties(
      End from,
      End to,
      String mode,
      String season,
      LocalDate date,
      String closureSet,
      boolean reachable,
      Double seconds,
      Double metres,
      Integer edges,
      NoWay noWay) {}

  /**
   * The answer for a route; {@code offroad} says which of its edges are off-road legs. An off-road
   * leg runs from its place's vertex to the road, so the first edge travelled forwards is the
   * origin's leg and the last travelled backwards the destination's.
   */
  static RouteAnswer of(
      Place from,
      Place to,
      NetworkSnapshot network,
      Route route,
      String line,
      java.util.Set<Long> offroad) {
    int last = route.edgeIds().length - 1;
    Leg fromLeg = null;
    Leg toLeg = null;
    if (last >= 0 && route.forward()[0] && offroad.contains(route.edgeIds()[0])) {
      fromLeg = new Leg(route.edgeMetres()[0], route.edgeSeconds()[0]);
    }
    if (last >= 0 && !route.forward()[last] && offroad.contains(route.edgeIds()[last])) {
      toLeg = new Leg(route.edgeMetres()[last], route.edgeSeconds()[last]);
    }
    return answer(
        line,
        End.of(from, fromLeg),
        End.of(to, toLeg),
        network,
        route.seconds(),
        route.metres(),
        route.edgeIds().length,
        null);
  }

  static RouteAnswer none(Place from, Place to, NetworkSnapshot network, UnreachablePlace why) {
    NoWay noWay =
        new NoWay(why.kind(), why.code(), why.reason(), why.explanation(), why.closures());
    return answer(null, End.of(from, null), End.of(to, null), network, null, null, null, noWay);
  }

  private static RouteAnswer answer(
      String line,
      End from,
      End to,
      NetworkSnapshot network,
      Double seconds,
      Double metres,
      Integer edges,
      NoWay noWay) {
    return new RouteAnswer(
        "Feature",
        line == null ? "null" : line,
        new Properties(
            from,
            to,
            network.mode().code(),
            network.season().code(),
            network.date(),
            network.closureSet(),
            noWay == null,
            seconds,
            metres,
            edges,
            noWay));
  }
}
