package org.outreachplanner.traveltime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.NetworkReport;
import org.outreachplanner.network.NetworkState;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.SeasonOfDate;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.Reachability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Computes and stores the travel-time matrices of planning areas: for each mode and season, the
 * network's costs are read once, each area whose inputs changed since its stored matrix (or every
 * area, when forced) is computed in memory and its rows replaced in one transaction.
 */
@Service
public class TravelTimeService {

  private static final Logger log = LoggerFactory.getLogger(TravelTimeService.class);

  private final PlanningAreaRepository areas;
  private final TravelTimeRepository store;
  private final EdgeCostReader costs;
  private final SeasonOfDate seasons;
  private final NetworkState network;
  private final TravelTimeEngine engine;
  private final UnreachablePlaces unreachablePlaces;
  private final int maxAreaPlaces;

  TravelTimeService(
      PlanningAreaRepository areas,
      TravelTimeRepository store,
      EdgeCostReader costs,
      SeasonOfDate seasons,
      NetworkState network,
      TravelTimeEngine engine,
      UnreachablePlaces unreachablePlaces,
      @Value("${outreach.travel-times.max-area-places:5000}") int maxAreaPlaces) {
    this.areas = areas;
    this.store = store;
    this.costs = costs;
    this.seasons = seasons;
    this.network = network;
    this.engine = engine;
    this.unreachablePlaces = unreachablePlaces;
    this.maxAreaPlaces = maxAreaPlaces;
  }

  /**
   * What to compute: an area code (null for every province), the modes, the seasons (null: the
   * season of {@code date} in each area's province, or both when there is no date), the date whose
   * closures apply (null for none), and whether to recompute unchanged areas.
   */
  public record Request(
      String areaCode,
      List<TravelMode> modes,
      List<Season> seasons,
      LocalDate date,
      boolean force) {}

  /** Progress of a computation, told from several threads. */
  public interface Progress {
    /** A new stage begins: {@code origins} searches for {@code label}. */
    void stage(String label, int origins);

    /** {@code done} of the stage's searches are finished. */
    void originsDone(int done, int origins);

    Progress NONE =
        new Progress() {
          @Override
          public void stage(String label, int origins) {}

          @Override
          public void originsDone(int done, int origins) {}
        };
  }

  /** The planning areas a request covers, with their places. */
  public List<PlanningArea> areasOf(String areaCode) {
    return withPlaces(resolve(areaCode));
  }

  /** The commune or province of a code (the commune when both have it), every province for null. */
  private List<PlanningArea> resolve(String areaCode) {
    if (areaCode == null) {
      return areas.provinces();
    }
    List<PlanningArea> chosen = areas.areas(areaCode);
    if (chosen.isEmpty()) {
      throw new UnknownAreaException(Text.of("roads.area.noArea", areaCode));
    }
    if (chosen.size() > 1) {
      log.info("{} is both a commune and a province code: the commune is computed", areaCode);
      return chosen.stream().filter(a -> a.kind() == PlanningArea.Kind.COMMUNE).toList();
    }
    return chosen;
  }

  private List<PlanningArea> withPlaces(List<PlanningArea> chosen) {
    List<PlanningArea> withPlaces = new ArrayList<>();
    for (PlanningArea area : chosen) {
      PlanningArea full = areas.withPlaces(area);
      if (area.kind() == PlanningArea.Kind.PROVINCE && full.places().size() > maxAreaPlaces) {
        log.info(
            "Province {} has {} places, more than the {} of one matrix"
                + " (outreach.travel-times.max-area-places): its communes are computed one by one",
            area.code(),
            full.places().size(),
            maxAreaPlaces);
        areas.communesOf(area.code()).forEach(c -> withPlaces.add(areas.withPlaces(c)));
      } else {
        withPlaces.add(full);
      }
    }
    return withPlaces;
  }

  /** Computes and stores the matrices of a request; returns what was done, area by area. */
  public TravelTimeSummary compute(Request request, Progress progress) {
    long started = System.nanoTime();
    List<PlanningArea> asked = resolve(request.areaCode());
    Optional<NetworkReport> rebuilt = network.rebuildIfStale();
    List<PlanningArea> chosen = withPlaces(asked); // where places join the network, once built
    List<AreaOutcome> outcomes = new ArrayList<>();
    for (TravelMode mode : request.modes()) {
      for (Map.Entry<Season, List<PlanningArea>> group : bySeason(chosen, request).entrySet()) {
        NetworkSnapshot net = costs.load(mode, group.getKey(), request.date());
        outcomes.addAll(computeAreas(group.getValue(), net, request.force(), progress));
      }
    }
    return new TravelTimeSummary(
        outcomes, rebuilt.orElse(null), (System.nanoTime() - started) / 1_000_000);
  }

  private List<AreaOutcome> computeAreas(
      List<PlanningArea> chosen, NetworkSnapshot net, boolean force, Progress progress) {
    List<AreaOutcome> outcomes = new ArrayList<>();
    List<PlanningArea> todo = new ArrayList<>();
    Map<PlanningArea, String> fingerprints = new LinkedHashMap<>();
    for (PlanningArea area : chosen) {
      AreaKey key = AreaKey.of(area, net);
      List<PlaceRef> refs = area.places().stream().map(Place::ref).toList();
      String fingerprint =
          AreaFingerprint.of(area, net, engine.maxSeconds(), store.importedMark(key, refs));
      if (!force && store.fingerprint(key).filter(fingerprint::equals).isPresent()) {
        outcomes.add(AreaOutcome.unchanged(area, key));
      } else {
        todo.add(area);
        fingerprints.put(area, fingerprint);
      }
    }
    int origins = todo.stream().mapToInt(a -> a.places().size()).sum();
    if (origins == 0) {
      return outcomes;
    }
    progress.stage(net.mode().code() + ", " + net.season().code() + " season", origins);
    int[] before = {0};
    Reachability reachability = new Reachability(net.graph());
    for (PlanningArea area : todo) {
      long areaStarted = System.nanoTime();
      int offset = before[0];
      TravelTimeMatrix matrix =
          engine.matrix(
              area, net, origins, (done, total) -> progress.originsDone(offset + done, origins));
      before[0] += area.places().size();
      PairCounts counts = PairCounts.of(area, matrix, net, reachability);
      long millis = (System.nanoTime() - areaStarted) / 1_000_000;
      AreaKey key = AreaKey.of(area, net);
      AreaRecord record =
          new AreaRecord(
              fingerprints.get(area),
              counts.unreachable(),
              counts.beyondLimit(),
              engine.maxSeconds(),
              millis);
      int stored = store.replace(key, matrix, record);
      List<UnreachablePlace> blamed = List.of();
      if (counts.unreachable() > 0) {
        blamed =
            unreachablePlaces
                .report(
                    area,
                    net,
                    () -> costs.load(net.mode(), net.season(), null),
                    engine.maxSeconds())
                .unreachable()
                .stream()
                .filter(p -> !p.reason().equals("beyond_limit"))
                .toList();
      }
      outcomes.add(AreaOutcome.computed(area, key, stored, counts, millis, blamed));
    }
    return outcomes;
  }

  /** The areas grouped by the season to compute them for. */
  private Map<Season, List<PlanningArea>> bySeason(List<PlanningArea> chosen, Request request) {
    Map<Season, List<PlanningArea>> groups = new LinkedHashMap<>();
    if (request.seasons() != null) {
      request.seasons().forEach(s -> groups.put(s, chosen));
      return groups;
    }
    if (request.date() == null) {
      for (Season s : Season.values()) {
        groups.put(s, chosen);
      }
      return groups;
    }
    for (PlanningArea area : chosen) {
      Season season = seasons.of(area.provinceCode(), request.date());
      groups.computeIfAbsent(season, s -> new ArrayList<>()).add(area);
    }
    return groups;
  }

  /** The stored matrix of an area (computed and imported times) for the scheduler. */
  public TravelTimeMatrix storedMatrix(
      PlanningArea area, TravelMode mode, Season season, String closureSet) {
    AreaKey key = new AreaKey(area.kind(), area.code(), mode, season, closureSet);
    return store.load(key, area.places().stream().map(Place::ref).toList());
  }
}
