package org.outreachplanner.generate;

import java.io.IOException;
import java.nio.file.Files;
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
  record Summary(int communes, int villages, int teams, int roadSegments, long surveyPoints) {}

  private final RandomStreams streams;
  private final Terrain terrain;

  ScenarioGenerator(long seed) {
    this.streams = new RandomStreams(seed);
    this.terrain = new Terrain(seed);
  }

  RandomStreams streams() {
    return streams;
  }

  Summary generate(ScenarioSpec spec, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    List<Commune> communes = new CommuneLayout(streams).layout(spec.provinces());
    VillagePlacer placer = new VillagePlacer(terrain, streams);
    List<List<VillageSite>> sites = new ArrayList<>(communes.size());
    for (Commune commune : communes) {
      sites.add(placer.place(commune));
    }
    RoadNetwork roads =
        new RoadNetworkBuilder(streams).build(communes, sites, spec.roadsPerVillage());
    List<List<Village>> villages = new VillageAssembler(streams).assemble(communes, sites, roads);
    TeamPlanner teamPlanner = new TeamPlanner(streams);
    TowerPlacer towerPlacer = new TowerPlacer(terrain, streams);
    List<List<Team>> teams = new ArrayList<>(communes.size());
    List<SignalModel> signals = new ArrayList<>(communes.size());
    for (Commune commune : communes) {
      List<Village> communeVillages = villages.get(commune.index());
      teams.add(teamPlanner.plan(commune, communeVillages));
      signals.add(
          new SignalModel(
              terrain, commune.projection(), towerPlacer.place(commune, communeVillages)));
    }

    ScenarioFiles.writeCommunes(outDir.resolve(ScenarioFiles.COMMUNES), communes);
    ScenarioFiles.writeVillages(outDir.resolve(ScenarioFiles.VILLAGES), villages);
    ScenarioFiles.writeTeams(outDir.resolve(ScenarioFiles.TEAMS), teams);
    ScenarioFiles.writeRoads(outDir.resolve(ScenarioFiles.ROADS), roads);
    long surveyPoints;
    try (SurveyRowWriter out = new SurveyRowWriter(outDir.resolve(ScenarioFiles.SURVEYS))) {
      new SurveySimulator(streams)
          .simulate(communes, villages, roads, signals, spec.surveyPoints(), out);
      surveyPoints = out.rows();
    }
    return new Summary(
        communes.size(),
        villages.stream().mapToInt(List::size).sum(),
        teams.stream().mapToInt(List::size).sum(),
        roads.segmentCount(),
        surveyPoints);
  }
}
