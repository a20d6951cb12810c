package org.outreachplanner.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The five files of a scenario in the import formats, open while a run lasts: communes, villages,
 * teams, roads and survey readings are appended province by province as they are generated, so a
 * run never holds more than one province.
 */
final class ScenarioFiles implements Closeable {

  static final String COMMUNES = "communes.geojson";
  static final String VILLAGES = "villages.csv";
  static final String TEAMS = "teams.csv";
  static final String SURVEYS = "surveys.csv";
  static final String ROADS = "roads.geojson";

  /** The first columns of the CSV files of points: where, what and in which commune. */
  private static final List<String> POINT_COLUMNS =
      List.of("lon", "lat", "code", "name", "commune_code");

  private static final List<String> VILLAGE_COLUMNS =
      List.of(
          "households",
          "residents",
          "eligible",
          "eid_done",
          "grid_power",
          "ethnic_groups",
          "notes");
  private static final List<String> TEAM_COLUMNS =
      List.of("members", "working_days", "day_start", "day_end", "transport_mode", "languages");

  private final GeoJsonWriter communes;
  private final CsvWriter villages;
  private final CsvWriter teams;
  private final GeoJsonWriter roads;
  private final SurveyRowWriter surveys;

  ScenarioFiles(Path dir) throws IOException {
    Files.createDirectories(dir);
    communes = new GeoJsonWriter(dir.resolve(COMMUNES));
    villages = csv(dir.resolve(VILLAGES), VILLAGE_COLUMNS);
    teams = csv(dir.resolve(TEAMS), TEAM_COLUMNS);
    roads = new GeoJsonWriter(dir.resolve(ROADS));
    surveys = new SurveyRowWriter(dir.resolve(SURVEYS));
  }

  SurveyRowWriter surveys() {
    return surveys;
  }

  /** Appends generated communes, villages, teams and roads to their files. */
  void append(
      List<Commune> communeList,
      List<List<Village>> villagesByCommune,
      List<List<Team>> teamsByCommune,
      RoadNetwork network)
      throws IOException {
    writeCommunes(communeList);
    writeVillages(villagesByCommune);
    writeTeams(teamsByCommune);
    writeRoads(network);
  }

  @Override
  public void close() throws IOException {
    try (communes;
        villages;
        teams;
        roads;
        surveys) {
      // each file is closed, the last opened first, even when one of them fails
    }
  }

  private void writeCommunes(List<Commune> communeList) throws IOException {
    for (Commune commune : communeList) {
      communes
          .beginFeature()
          .text("code", commune.code())
          .text("name", commune.spec().name())
          .text("province_code", commune.province().code())
          .text("province_name", commune.province().name())
          .coordinate("centre_lon", commune.centreLon())
          .coordinate("centre_lat", commune.centreLat())
          .multiPolygon(commune.boundary());
    }
  }

  private void writeVillages(List<List<Village>> villagesByCommune) {
    writePoints(
        villages,
        villagesByCommune,
        v ->
            Arrays.asList(
                Integer.toString(v.population().households()),
                Integer.toString(v.population().residents()),
                Integer.toString(v.population().eligible()),
                Integer.toString(v.population().eidDone()),
                v.gridPower(),
                v.ethnicGroups(),
                v.notes()));
  }

  private void writeTeams(List<List<Team>> teamsByCommune) {
    writePoints(
        teams,
        teamsByCommune,
        t ->
            Arrays.asList(
                Integer.toString(t.members()),
                t.workingDays(),
                t.dayStart(),
                t.dayEnd(),
                t.transportMode(),
                t.languages()));
  }

  /**
   * Rows of points of communes, commune by commune: lon, lat, code, name and commune code, then the
   * {@code values} of each point in the columns of their kind.
   */
  private static <T extends PlacedInCommune> void writePoints(
      CsvWriter csv, List<List<T>> byCommune, Function<T, List<String>> values) {
    for (List<T> points : byCommune) {
      for (T p : points) {
        List<String> record =
            new ArrayList<>(
                Arrays.asList(
                    CoordinateFormat.fixed6(p.lon()),
                    CoordinateFormat.fixed6(p.lat()),
                    p.code(),
                    p.name(),
                    p.communeCode()));
        record.addAll(values.apply(p));
        csv.writeRecord(record);
      }
    }
  }

  /** Roads are written commune by commune; polylines are rebuilt here, never held all at once. */
  private void writeRoads(RoadNetwork network) throws IOException {
    for (int c = 0; c < network.byCommune().size(); c++) {
      for (RoadEdge edge : network.of(c).edges()) {
        writeRoad(roads, edge);
      }
      for (RoadEdge edge : network.linksFrom(c)) {
        writeRoad(roads, edge);
      }
    }
  }

  private static void writeRoad(GeoJsonWriter out, RoadEdge edge) throws IOException {
    out.beginFeature()
        .text("source_id", edge.sourceId())
        .text("road_class", edge.roadClass())
        .text("surface", edge.surface())
        .text("name", edge.name())
        .text("oneway", "no")
        .lineString(WindingLine.coordinates(edge));
  }

  private static CsvWriter csv(Path file, List<String> columns) throws IOException {
    CsvWriter csv =
        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
    List<String> header = new ArrayList<>(POINT_COLUMNS);
    header.addAll(columns);
    csv.writeRecord(header);
    return csv;
  }
}
