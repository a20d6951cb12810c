package org.outreachplanner.traveltime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outreachplanner.network.NetworkState;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.Route;
import org.springframework.stereotype.Service;

/**
 * The lines along the roads of a chain of places (a team's day: base, villages, base), for whoever
 * stores or draws routes: one GeoJSON LineString per leg, or null where no way joins the two.
 */
@Service
public class RouteLines {

  private final PlanningAreaRepository areas;
  private final NetworkSnapshots networks;
  private final NetworkState networkState;
  private final RouteRepository routes;

  RouteLines(
      PlanningAreaRepository areas,
      NetworkSnapshots networks,
      NetworkState networkState,
      RouteRepository routes) {
    this.areas = areas;
    this.networks = networks;
    this.networkState = networkState;
    this.routes = routes;
  }

  /**
   * The legs between consecutive places, in order (size one less than the stops): GeoJSON text of
   * the fastest route's line in this mode and season without closures, or null.
   */
  public List<String> legs(List<PlaceRef> stops, TravelMode mode, Season season) {
    networkState.ensureBuilt();
    NetworkSnapshot network = networks.get(mode, season, null);
    int[] vertices = new int[stops.size()];
    for (int i = 0; i < stops.size(); i++) {
      PlaceRef ref = stops.get(i);
      vertices[i] =
          areas
              .placeByCode(ref.code(), ref.kind())
              .map(f -> network.vertexOf(f.place()))
              .orElse(-1);
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i + 1 < stops.size(); i++) {
      Optional<Route> route = Route.fastest(network.graph(), vertices[i], vertices[i + 1]);
      lines.add(route.map(r -> routes.line(r.edgeIds(), r.forward())).orElse(null));
    }
    return lines;
  }
}
