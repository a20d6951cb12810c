package org.outreachplanner.traveltime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.routing.DijkstraSearch;
import org.outreachplanner.routing.RoadGraph;
import org.outreachplanner.routing.Route;
import org.springframework.stereotype.Component;

/**
 * Finds the places of an area that cannot be reached from their commune centre or cannot reach it,
 * and says why: the place (or the centre) is not attached to the network, it lies in another
 * connected component than the centre, the closures of the date cut it off (named: those closing
 * the way it has without closures), or one-way roads and barriers of the mode and season leave no
 * way. Places reached only beyond the time limit are listed too. Nothing is guessed.
 */
@Component
class UnreachablePlaces {

  private final RouteRepository routes;

  UnreachablePlaces(RouteRepository routes) {
    this.routes = routes;
  }

  /**
   * The report of {@code area} on {@code network}; {@code withoutClosures} gives the same network
   * with no closures, asked for only when the network has some.
   */
  UnreachableReport report(
      PlanningArea area,
      NetworkSnapshot network,
      Supplier<NetworkSnapshot> withoutClosures,
      double maxSeconds) {
    Map<String, List<Place>> byCommune = new LinkedHashMap<>();
    Map<String, Place> centres = new LinkedHashMap<>();
    for (Place p : area.places()) {
      if (p.ref().kind() == PlaceKind.COMMUNE_CENTRE) {
        centres.put(p.communeCode(), p);
      } else {
        byCommune.computeIfAbsent(p.communeCode(), c -> new ArrayList<>()).add(p);
      }
    }
    Diagnosis diagnosis = new Diagnosis(network, withoutClosures, maxSeconds);
    List<UnreachablePlace> found = new ArrayList<>();
    for (Map.Entry<String, Place> centre : centres.entrySet()) {
      List<Place> places = byCommune.getOrDefault(centre.getKey(), List.of());
      diagnosis.communeOf(centre.getValue(), places, found);
      diagnosis.otherCentres(centre.getValue(), centres.values(), found);
    }
    return new UnreachableReport(
        area.kind().code(),
        area.code(),
        area.name(),
        network.mode().code(),
        network.season().code(),
        network.date(),
        network.closureSet(),
        maxSeconds,
        area.places().size(),
        found);
  }

  /**
   * Why no way leads from {@code from} to {@code to} (which has none on {@code network}), as an
   * entry about the place to blame: the one not attached, else {@code to}.
   */
  UnreachablePlace noWay(
      Place from, Place to, NetworkSnapshot network, Supplier<NetworkSnapshot> withoutClosures) {
    for (Place p : List.of(from, to)) {
      if (network.vertexOf(p) < 0) {
        return entry(p, "pair", "not_attached", notAttached(p), List.of());
      }
    }
    int a = network.vertexOf(from);
    int b = network.vertexOf(to);
    if (network.component(a) != network.component(b)) {
      return entry(
          to,
          "pair",
          "other_component",
          Text.of("roads.unreachable.pairOtherComponent"),
          List.of());
    }
    if (!network.closureSet().isEmpty()) {
      NetworkSnapshot open = withoutClosures.get();
      RoadGraph graph = open.graph();
      List<String> closures =
          Route.fastest(
                  graph,
                  graph.indexOf(network.graph().nodeId(a)),
                  graph.indexOf(network.graph().nodeId(b)))
              .map(r -> routes.closuresOn(r.edgeIds(), network.date()))
              .orElse(List.of());
      if (!closures.isEmpty()) {
        return entry(to, "pair", "closed", closedBy(network, closures), closures);
      }
    }
    return entry(to, "pair", "no_passage", noPassage(network), List.of());
  }

  /** The searches of one report. */
  private final class Diagnosis {
    private final NetworkSnapshot network;
    private final Supplier<NetworkSnapshot> withoutClosures;
    private final double maxSeconds;
    private final DijkstraSearch fromCentre;
    private final DijkstraSearch toCentre;
    private NetworkSnapshot open;

    Diagnosis(NetworkSnapshot network, Supplier<NetworkSnapshot> withoutClosures, double max) {
      this.network = network;
      this.withoutClosures = withoutClosures;
      this.maxSeconds = max;
      this.fromCentre = new DijkstraSearch(network.graph(), false);
      this.toCentre = new DijkstraSearch(network.graph(), true);
    }

    void communeOf(Place centre, List<Place> places, List<UnreachablePlace> found) {
      int c = network.vertexOf(centre);
      if (c < 0) {
        Text why = Text.of("roads.unreachable.centreNotAttached", notAttached(centre));
        places.forEach(p -> found.add(entry(p, "both", "centre_not_attached", why, List.of())));
        return;
      }
      fromCentre.run(c, null, Double.POSITIVE_INFINITY);
      toCentre.run(c, null, Double.POSITIVE_INFINITY);
      for (Place p : places) {
        UnreachablePlace why = diagnose(p, c);
        if (why != null) {
          found.add(why);
        }
      }
    }

    /**
     * The other commune centres of the area that {@code centre} (just searched from) cannot reach:
     * every pair of their places is then without a way, though each place reaches its own centre.
     */
    void otherCentres(Place centre, Iterable<Place> centres, List<UnreachablePlace> found) {
      if (network.vertexOf(centre) < 0) {
        return;
      }
      for (Place other : centres) {
        int o = network.vertexOf(other);
        if (other != centre && o >= 0 && !fromCentre.settled(o)) {
          UnreachablePlace why = noWay(centre, other, network, withoutClosures);
          found.add(
              entry(
                  other,
                  "pair",
                  why.reason(),
                  Text.of(
                      "roads.unreachable.fromOtherCentre",
                      centre.name(),
                      centre.ref().code(),
                      why.explanation()),
                  why.closures()));
        }
      }
    }

    private UnreachablePlace diagnose(Place p, int centre) {
      int v = network.vertexOf(p);
      if (v < 0) {
        return entry(p, "both", "not_attached", notAttached(p), List.of());
      }
      boolean from = fromCentre.settled(v);
      boolean to = toCentre.settled(v);
      if (from && to) {
        double longest = Math.max(fromCentre.seconds(v), toCentre.seconds(v));
        if (longest <= maxSeconds) {
          return null;
        }
        return entry(
            p,
            fromCentre.seconds(v) > maxSeconds && toCentre.seconds(v) > maxSeconds
                ? "both"
                : fromCentre.seconds(v) > maxSeconds ? "from_centre" : "to_centre",
            "beyond_limit",
            Text.of(
                "roads.unreachable.beyondLimit",
                Durations.text(longest),
                Durations.text(maxSeconds)),
            List.of());
      }
      String direction = !from && !to ? "both" : from ? "to_centre" : "from_centre";
      if (network.component(v) != network.component(centre)) {
        return entry(
            p, "both", "other_component", Text.of("roads.unreachable.otherComponent"), List.of());
      }
      if (!network.closureSet().isEmpty()) {
        List<String> closures = closuresCutting(centre, v, from);
        if (!closures.isEmpty()) {
          return entry(p, direction, "closed", closedBy(network, closures), closures);
        }
      }
      return entry(p, direction, "no_passage", noPassage(network), List.of());
    }

    /** The closures on the way the place has without closures, in the direction that fails. */
    private List<String> closuresCutting(int centre, int v, boolean reachedFromCentre) {
      if (open == null) {
        open = withoutClosures.get();
      }
      RoadGraph graph = open.graph();
      int c = graph.indexOf(network.graph().nodeId(centre));
      int p = graph.indexOf(network.graph().nodeId(v));
      List<String> names = new ArrayList<>();
      if (!reachedFromCentre) {
        Route.fastest(graph, c, p).ifPresent(r -> names.addAll(closuresOn(r)));
      }
      if (!toCentre.settled(v)) {
        Route.fastest(graph, p, c).ifPresent(r -> names.addAll(closuresOn(r)));
      }
      return names.stream().distinct().sorted().toList();
    }

    private List<String> closuresOn(Route route) {
      return routes.closuresOn(route.edgeIds(), network.date());
    }
  }

  /** The closures (named as they are) of the network's date that cut the way. */
  private static Text closedBy(NetworkSnapshot network, List<String> closures) {
    return Text.of(
        "roads.unreachable.closed", network.date(), Text.literal(String.join(", ", closures)));
  }

  private static Text noPassage(NetworkSnapshot network) {
    return Text.of("roads.unreachable.noPassage", network.mode().label(), network.season().label());
  }

  private static Text notAttached(Place p) {
    return p.problem() == null ? Text.of("roads.unreachable.notAttached") : p.problemText();
  }

  private static UnreachablePlace entry(
      Place p, String direction, String reason, Text explanation, List<String> closures) {
    return new UnreachablePlace(
        p.ref().kind().code(),
        p.ref().code(),
        p.name(),
        p.communeCode(),
        direction,
        reason,
        explanation,
        closures);
  }
}
