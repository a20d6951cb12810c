package org.outreachplanner.traveltime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.NetworkState;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.network.RoadTexts;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.SeasonOfDate;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.DijkstraSearch;
import org.outreachplanner.routing.Route;
import org.springframework.stereotype.Service;

/**
 * Answers about travel times on the current network, for the API and the map: the fastest route
 * between two places, the bands of a commune's villages by time from the centre, the places no way
 * reaches. Networks are read through {@link NetworkSnapshots}.
 */
@Service
class TravelTimeQueries {

  private final PlanningAreaRepository areas;
  private final NetworkSnapshots networks;
  private final SeasonOfDate seasons;
  private final RouteRepository routes;
  private final BandsRepository bands;
  private final UnreachablePlaces unreachablePlaces;
  private final TravelTimeService service;
  private final TravelTimeEngine engine;
  private final NetworkState networkState;
  private final TravelTimeScope scope;

  TravelTimeQueries(
      PlanningAreaRepository areas,
      NetworkSnapshots networks,
      SeasonOfDate seasons,
      RouteRepository routes,
      BandsRepository bands,
      UnreachablePlaces unreachablePlaces,
      TravelTimeService service,
      TravelTimeEngine engine,
      NetworkState networkState,
      TravelTimeScope scope) {
    this.areas = areas;
    this.networks = networks;
    this.seasons = seasons;
    this.routes = routes;
    this.bands = bands;
    this.unreachablePlaces = unreachablePlaces;
    this.service = service;
    this.engine = engine;
    this.networkState = networkState;
    this.scope = scope;
  }

  /** A place asked for by code, and by kind when the code alone could name several. */
  record PlaceQuery(String parameter, String code, PlaceKind kind) {}

  /** The fastest route between two places, or why there is none. */
  RouteAnswer route(
      PlaceQuery fromQuery, PlaceQuery toQuery, TravelMode mode, Season season, LocalDate date) {
    TravelTimeScope.Limit limit = scope.current();
    PlanningAreaRepository.FoundPlace from = find(fromQuery, limit);
    PlanningAreaRepository.FoundPlace to = find(toQuery, limit);
    networkState.ensureBuilt();
    Season chosen = seasonOf(season, from.provinceCode(), date);
    NetworkSnapshot network = networks.get(mode, chosen, date);
    int a = network.vertexOf(from.place());
    int b = network.vertexOf(to.place());
    Optional<Route> route = Route.fastest(network.graph(), a, b);
    if (route.isEmpty()) {
      UnreachablePlace why =
          unreachablePlaces.noWay(
              from.place(), to.place(), network, () -> networks.get(mode, chosen, null));
      return RouteAnswer.none(from.place(), to.place(), network, why);
    }
    Route r = route.get();
    return RouteAnswer.of(
        from.place(),
        to.place(),
        network,
        r,
        routes.line(r.edgeIds(), r.forward()),
        routes.offroad(r.edgeIds()));
  }

  /** The commune's villages as GeoJSON points, each with its time from the centre and band. */
  byte[] bands(String communeCode, TravelMode mode, Season season, LocalDate date) {
    TravelTimeScope.Limit limit = scope.current();
    PlanningArea commune =
        areas.areas(communeCode).stream()
            .filter(a -> a.kind() == PlanningArea.Kind.COMMUNE)
            .filter(a -> limit == null || limit.allowsArea(a.code()))
            .findFirst()
            .orElseThrow(
                () -> new UnknownAreaException(Text.of("roads.area.noCommune", communeCode)));
    networkState.ensureBuilt();
    PlanningArea area = areas.withPlaces(commune);
    Season chosen = seasonOf(season, area.provinceCode(), date);
    NetworkSnapshot network = networks.get(mode, chosen, date);
    Place centre = area.places().get(0);
    DijkstraSearch fromCentre = new DijkstraSearch(network.graph(), false);
    int c = network.vertexOf(centre);
    if (c >= 0) {
      fromCentre.run(c, null, Double.POSITIVE_INFINITY);
    }
    UnreachableReport report = null;
    List<BandsRepository.VillageTime> times = new ArrayList<>();
    for (Place p : area.places()) {
      if (p.ref().kind() != PlaceKind.VILLAGE) {
        continue;
      }
      int v = network.vertexOf(p);
      if (c >= 0 && v >= 0 && fromCentre.settled(v)) {
        times.add(
            BandsRepository.VillageTime.reached(
                p.ref().code(), fromCentre.seconds(v), fromCentre.metres(v)));
        continue;
      }
      if (report == null) { // the reasons, asked for only when some village is not reached
        report =
            unreachablePlaces.report(
                area, network, () -> networks.get(mode, chosen, null), Double.POSITIVE_INFINITY);
      }
      String reason =
          RoadTexts.semicolons(
                  report.unreachable().stream()
                      .filter(u -> u.code().equals(p.ref().code()) && u.kind().equals("village"))
                      .map(UnreachablePlace::explanation)
                      .toList())
              .inCurrentLanguage();
      times.add(BandsRepository.VillageTime.unreached(p.ref().code(), reason));
    }
    return bands.featureCollection(area, network, times);
  }

  /** The unreachable places of an area (a commune or a province). */
  UnreachableReport unreachable(String areaCode, TravelMode mode, Season season, LocalDate date) {
    TravelTimeScope.Limit limit = scope.current();
    if (limit != null && !limit.allowsArea(areaCode)) {
      throw new UnknownAreaException(Text.of("roads.area.noArea", areaCode));
    }
    List<PlanningArea> chosen = service.areasOf(areaCode);
    networkState.ensureBuilt();
    List<UnreachablePlace> all = new ArrayList<>();
    UnreachableReport last = null;
    int places = 0;
    for (PlanningArea area : chosen) {
      Season s = seasonOf(season, area.provinceCode(), date);
      NetworkSnapshot network = networks.get(mode, s, date);
      last =
          unreachablePlaces.report(
              area, network, () -> networks.get(mode, s, null), engine.maxSeconds());
      all.addAll(last.unreachable());
      places += area.places().size();
    }
    PlanningArea first = areas.areas(areaCode).get(0);
    return new UnreachableReport(
        first.kind().code(),
        first.code(),
        first.name(),
        last.mode(),
        last.season(),
        date,
        last.closureSet(),
        engine.maxSeconds(),
        places,
        all);
  }

  private Season seasonOf(Season asked, String provinceCode, LocalDate date) {
    if (asked != null) {
      return asked;
    }
    return date == null ? Season.DRY : seasons.of(provinceCode, date);
  }

  /** The place asked for, among those the limit allows (every place when it is null). */
  private PlanningAreaRepository.FoundPlace find(PlaceQuery query, TravelTimeScope.Limit limit) {
    List<PlanningAreaRepository.FoundPlace> found =
        areas.placesByCode(query.code(), query.kind()).stream()
            .filter(f -> limit == null || limit.allows(f.place()))
            .toList();
    if (found.isEmpty()) {
      throw new UnknownAreaException(unknownPlace(query.kind(), query.code()));
    }
    if (found.size() > 1) {
      throw new AmbiguousPlaceException(
          Text.of(
              "roads.place.ambiguous",
              query.code(),
              RoadTexts.and(
                  found.stream().map(f -> Text.literal(f.place().ref().kind().code())).toList()),
              query.parameter()));
    }
    return found.get(0);
  }

  /** No place of this kind (any kind when null) has the code. */
  private static Text unknownPlace(PlaceKind kind, String code) {
    if (kind == null) {
      return Text.of("roads.place.unknown", code);
    }
    return switch (kind) {
      case VILLAGE -> Text.of("roads.place.unknownVillage", code);
      case COMMUNE_CENTRE -> Text.of("roads.place.unknownCommuneCentre", code);
      case TEAM_BASE -> Text.of("roads.place.unknownTeamBase", code);
    };
  }
}
