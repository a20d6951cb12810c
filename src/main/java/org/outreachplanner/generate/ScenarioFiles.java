package org.outreachplanner.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes the generated communes, villages, teams and roads in the import formats. */
final class ScenarioFiles {

  static final String COMMUNES = "communes.geojson";
  static final String VILLAGES = "villages.csv";
  static final String TEAMS = "teams.csv";
  static final String SURVEYS = "surveys.csv";
  static final String ROADS = "roads.geojson";

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
    try (CsvWriter csv = csv(file)) {
      csv.writeRecord(
          "lon",
          "lat",
          "code",
          "name",
          "commune_code",
          "households",
          "residents",
          "eligible",
          "eid_done",
          "grid_power",
          "ethnic_groups",
          "notes");
      for (List<Village> villages : villagesByCommune) {
        for (Village v : villages) {
          Population p = v.population();
          csv.writeRecord(
              CoordinateFormat.fixed6(v.lon()),
              CoordinateFormat.fixed6(v.lat()),
              v.code(),
              v.name(),
              v.communeCode(),
              Integer.toString(p.households()),
              Integer.toString(p.residents()),
              Integer.toString(p.eligible()),
              Integer.toString(p.eidDone()),
              v.gridPower(),
              v.ethnicGroups(),
              v.notes());
        }
      }
    }
  }

  static void writeTeams(Path file, List<List<Team>> teamsByCommune) throws IOException {
    try (CsvWriter csv = csv(file)) {
      csv.writeRecord(
          "lon",
          "lat",
          "code",
          "name",
          "commune_code",
          "members",
          "working_days",
          "day_start",
          "day_end",
          "transport_mode",
          "languages");
      for (List<Team> teams : teamsByCommune) {
        for (Team t : teams) {
          csv.writeRecord(
              CoordinateFormat.fixed6(t.lon()),
              CoordinateFormat.fixed6(t.lat()),
              t.code(),
              t.name(),
              t.communeCode(),
              Integer.toString(t.members()),
              t.workingDays(),
              t.dayStart(),
              t.dayEnd(),
              t.transportMode(),
              t.languages());
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
