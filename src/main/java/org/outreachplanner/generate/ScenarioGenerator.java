package org.outreachplanner.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a whole scenario: communes, then villages in them, roads to the villages, the villages'
 * population, teams, towers and finally the survey readings, each step from its own random streams
 * so that equal inputs always give byte-identical files.
 */
final class ScenarioGenerator {

  /** What was written. */
  record Summary(int communes, int villages, int teams, int roadSegments, long surveyPoints) {

    static final Summary NONE = new Summary(0, 0, 0, 0, 0);

    Summary plus(Summary other) {
      return new Summary(
          communes + other.communes,
          villages + other.villages,
          teams + other.teams,
          roadSegments + other.roadSegments,
          surveyPoints + other.surveyPoints);
    }
  }

  /** Everything generated for some provinces, indexed by the communes' {@code index()}. */
  record Parts(
      List<Commune> communes,
      List<List<Village>> villages,
      List<List<Team>> teams,
      RoadNetwork roads,
      List<SignalModel> signals) {}

  private final RandomStreams streams;
  private final Terrain terrain;

  ScenarioGenerator(long seed) {
    this(new RandomStreams(seed), new Terrain(seed));
  }

  ScenarioGenerator(RandomStreams streams, Terrain terrain) {
    this.streams = streams;
    this.terrain = terrain;
  }

  RandomStreams streams() {
    return streams;
  }

  Summary generate(ScenarioSpec spec, Path outDir) throws IOException {
    try (ScenarioFiles files = new ScenarioFiles(outDir)) {
      Parts parts = build(spec.provinces(), spec.roadsPerVillage());
      return write(parts, spec.surveyPoints(), "", files);
    }
  }

  Parts build(List<ProvinceSpec> provinces, double roadsPerVillage) {
    List<Commune> communes = new CommuneLayout(streams).layout(provinces);
    VillagePlacer placer = new VillagePlacer(terrain, streams);
    List<List<VillageSite>> sites = new ArrayList<>(communes.size());
    for (Commune commune : communes) {
      sites.add(placer.place(commune));
    }
    RoadNetwork roads = new RoadNetworkBuilder(streams).build(communes, sites, roadsPerVillage);
    List<List<Village>> villages = new VillageAssembler(streams).assemble(communes, sites, roads);
    TeamPlanner teamPlanner = new TeamPlanner(streams);
    TowerPlacer towerPlacer = new TowerPlacer(terrain, streams);
    List<List<Team>> teams = new ArrayList<>(communes.size());
    List<SignalModel> signals = new ArrayList<>(communes.size());
    for (Commune commune : communes) {
      List<Village> communeVillages = villages.get(commune.index());
      teams.add(new ArrayList<>(teamPlanner.plan(commune, communeVillages)));
      signals.add(
          new SignalModel(
              terrain, commune.projection(), towerPlacer.place(commune, communeVillages)));
    }
    return new Parts(communes, villages, teams, roads, signals);
  }

  /**
   * Appends the parts to the files, then their survey readings; {@code devicePrefix} keeps the
   * surveyors' device names of one run apart when it writes several provinces one by one.
   */
  Summary write(Parts parts, long surveyPoints, String devicePrefix, ScenarioFiles files)
      throws IOException {
    files.append(parts.communes(), parts.villages(), parts.teams(), parts.roads());
    SurveyRowWriter out = files.surveys();
    long before = out.rows();
    new SurveySimulator(streams, devicePrefix)
        .simulate(
            parts.communes(), parts.villages(), parts.roads(), parts.signals(), surveyPoints, out);
    return new Summary(
        parts.communes().size(),
        parts.villages().stream().mapToInt(List::size).sum(),
        parts.teams().stream().mapToInt(List::size).sum(),
        parts.roads().segmentCount(),
        out.rows() - before);
  }
}
