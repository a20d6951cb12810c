package org.outreachplanner.roads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;

/**
 * The answer of {@code GET /api/travel-times}: a GeoJSON Feature whose geometry is the route (a
 * LineString built by PostGIS from the road edges, null when there is none) and whose properties
 * give the places, mode, season, date, the time and length, or why no way exists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RouteAnswer(String type, @JsonRawValue String geometry, Properties properties) {

  /** One end of the route. */
  record End(String kind, String code, String name) {
    static End of(Place p) {
      return new End(p.ref().kind().code(), p.ref().code(), p.name());
    }
  }

  /** Why no way exists: which place is to blame, the reason code and words, closures named. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record NoWay(
      String kind,
      String code,
      String reason,
      String explanation,
      java.util.List<String> closures) {}

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

  static RouteAnswer of(Place from, Place to, NetworkSnapshot network, Route route, String line) {
    return answer(
        line, from, to, network, route.seconds(), route.metres(), route.edgeIds().length, null);
  }

  static RouteAnswer none(Place from, Place to, NetworkSnapshot network, UnreachablePlace why) {
    NoWay noWay =
        new NoWay(why.kind(), why.code(), why.reason(), why.explanation(), why.closures());
    return answer(null, from, to, network, null, null, null, noWay);
  }

  private static RouteAnswer answer(
      String line,
      Place from,
      Place to,
      NetworkSnapshot network,
      Double seconds,
      Double metres,
      Integer edges,
      NoWay noWay) {
    return new RouteAnswer(
        "Feature",
        line == null ? "null" : line,
        new Properties(
            End.of(from),
            End.of(to),
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
