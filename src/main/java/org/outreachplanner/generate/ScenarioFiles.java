package org.outreachplanner.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Writes the generated communes, villages, teams and roads in the import formats. */
final class ScenarioFiles {

  static final String COMMUNES = "communes.geojson";
  static final String VILLAGES = "villages.csv";
  static final String TEAMS = "teams.csv";
  static final String SURVEYS = "surveys.csv";
  static final String ROADS = "roads.geojson";

  /** The first columns of the CSV files of points: where, what and in which commune. */
  private static final List<String> POINT_COLUMNS =
      List.of("lon", "lat", "code", "name", "commune_code");

  private ScenarioFiles() {}

  static void writeCommunes(Path file, List<Commune> communes) throws IOException {
    try (GeoJsonWriter out = new GeoJsonWriter(file)) {
      for (Commune commune : communes) {
        out.beginFeature()
            .text("code", commune.code())
            .text("name", commune.spec().name())
            .text("province_code", commune.province().code())
            .text("province_name", commune.province().name())
            .coordinate("centre_lon", commune.centreLon())
            .coordinate("centre_lat", commune.centreLat())
            .multiPolygon(commune.boundary());
      }
    }
  }

  static void writeVillages(Path file, List<List<Village>> villagesByCommune) throws IOException {
    writePoints(
        file,
        List.of(
            "households",
            "residents",
            "eligible",
            "eid_done",
            "grid_power",
            "ethnic_groups",
            "notes"),
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

  static void writeTeams(Path file, List<List<Team>> teamsByCommune) throws IOException {
    writePoints(
        file,
        List.of("members", "working_days", "day_start", "day_end", "transport_mode", "languages"),
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
   * A CSV of points of communes, commune by commune: lon, lat, code, name and commune code, then
   * the {@code columns} of their kind with the {@code values} of each point.
   */
  private static <T extends PlacedInCommune> void writePoints(
      Path file, List<String> columns, List<List<T>> byCommune, Function<T, List<String>> values)
      throws IOException {
    try (CsvWriter csv = csv(file)) {
      List<String> header = new ArrayList<>(POINT_COLUMNS);
      header.addAll(columns);
      csv.writeRecord(header);
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
  }

  /** Roads are written commune by commune; polylines are rebuilt here, never held all at once. */
  static void writeRoads(Path file, RoadNetwork roads) throws IOException {
    try (GeoJsonWriter out = new GeoJsonWriter(file)) {
      for (int c = 0; c < roads.byCommune().size(); c++) {
        for (RoadEdge edge : roads.of(c).edges()) {
          writeRoad(out, edge);
        }
        for (RoadEdge edge : roads.linksFrom(c)) {
          writeRoad(out, edge);
        }
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

  private static CsvWriter csv(Path file) throws IOException {
    return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
  }
}
