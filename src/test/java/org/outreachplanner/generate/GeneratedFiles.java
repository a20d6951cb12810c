package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** The five files of a generated scenario, read back the way an importer would. */
final class GeneratedFiles {

  static final List<String> NAMES =
      List.of("communes.geojson", "villages.csv", "teams.csv", "surveys.csv", "roads.geojson");

  /** Asserts that two scenario folders hold the same five files, byte for byte. */
  static void assertSameBytes(Path first, Path second) throws IOException {
    for (String name : NAMES) {
      assertThat(Files.mismatch(first.resolve(name), second.resolve(name))).as(name).isEqualTo(-1);
    }
  }

  record CommuneFeature(
      String code,
      String name,
      String provinceCode,
      String provinceName,
      double centreLon,
      double centreLat,
      MultiPolygon boundary) {}

  record RoadFeature(
      String sourceId,
      String roadClass,
      String surface,
      String name,
      String oneway,
      LineString line) {}

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  final Path dir;
  final List<CommuneFeature> communes = new ArrayList<>();
  final List<NamedCsvRecord> villages;
  final List<NamedCsvRecord> teams;
  final List<NamedCsvRecord> surveys;
  final List<RoadFeature> roads = new ArrayList<>();

  private GeneratedFiles(Path dir) throws IOException {
    this.dir = dir;
    ObjectMapper json = new ObjectMapper();
    for (JsonNode feature :
        json.readTree(dir.resolve("communes.geojson").toFile()).get("features")) {
      JsonNode p = feature.get("properties");
      communes.add(
          new CommuneFeature(
              p.get("code").asText(),
              p.get("name").asText(),
              p.get("province_code").asText(),
              p.get("province_name").asText(),
              p.get("centre_lon").asDouble(),
              p.get("centre_lat").asDouble(),
              multiPolygon(feature.get("geometry"))));
    }
    for (JsonNode feature : json.readTree(dir.resolve("roads.geojson").toFile()).get("features")) {
      JsonNode p = feature.get("properties");
      roads.add(
          new RoadFeature(
              p.get("source_id").asText(),
              p.get("road_class").asText(),
              p.get("surface").asText(),
              p.get("name").isNull() ? null : p.get("name").asText(),
              p.get("oneway").asText(),
              GEOMETRY.createLineString(coordinates(feature.get("geometry").get("coordinates")))));
    }
    villages = csv(dir.resolve("villages.csv"));
    teams = csv(dir.resolve("teams.csv"));
    surveys = csv(dir.resolve("surveys.csv"));
  }

  static GeneratedFiles read(Path dir) {
    try {
      return new GeneratedFiles(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CommuneFeature commune(String code) {
    return communes.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  List<NamedCsvRecord> villagesOf(String communeCode) {
    return villages.stream().filter(v -> v.getField("commune_code").equals(communeCode)).toList();
  }

  List<NamedCsvRecord> teamsOf(String communeCode) {
    return teams.stream().filter(t -> t.getField("commune_code").equals(communeCode)).toList();
  }

  static int sum(List<NamedCsvRecord> records, String column) {
    return records.stream().mapToInt(r -> Integer.parseInt(r.getField(column))).sum();
  }

  private static List<NamedCsvRecord> csv(Path file) throws IOException {
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
      return reader.stream().toList();
    }
  }

  private static MultiPolygon multiPolygon(JsonNode geometry) {
    List<Polygon> polygons = new ArrayList<>();
    for (JsonNode polygon : geometry.get("coordinates")) {
      LinearRing shell = GEOMETRY.createLinearRing(coordinates(polygon.get(0)));
      LinearRing[] holes = new LinearRing[polygon.size() - 1];
      for (int h = 1; h < polygon.size(); h++) {
        holes[h - 1] = GEOMETRY.createLinearRing(coordinates(polygon.get(h)));
      }
      polygons.add(GEOMETRY.createPolygon(shell, holes));
    }
    return GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }

  private static Coordinate[] coordinates(JsonNode positions) {
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < positions.size(); i++) {
      coordinates[i] =
          new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
    }
    return coordinates;
  }
}
