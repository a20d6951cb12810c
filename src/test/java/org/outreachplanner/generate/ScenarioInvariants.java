package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** What the importers and the database require of every generated scenario. */
final class ScenarioInvariants {

  static final Set<String> ROAD_CLASSES =
      Set.of("secondary", "tertiary", "unclassified", "track", "path", "footway");
  static final Set<String> SURFACES = Set.of("paved", "gravel", "dirt");
  private static final Pattern SIX_DECIMALS = Pattern.compile("-?\\d{1,3}\\.\\d{6}");
  private static final Pattern DEVICE = Pattern.compile("dev-(\\d{2}-)?\\d{3,}");
  private static final OffsetDateTime SURVEYS_FROM =
      OffsetDateTime.of(2025, 12, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
  private static final OffsetDateTime SURVEYS_UNTIL =
      OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private ScenarioInvariants() {}

  static void assertAll(GeneratedFiles files) throws IOException {
    assertPlainUtf8Text(files.dir);
    assertCommunes(files);
    assertVillages(files);
    assertTeams(files);
    assertRoads(files);
    assertSurveys(files);
  }

  static void assertPlainUtf8Text(Path dir) throws IOException {
    for (String name : GeneratedFiles.NAMES) {
      byte[] bytes = Files.readAllBytes(dir.resolve(name));
      assertThat(bytes).as(name).isNotEmpty();
      assertThat(bytes[0])
          .as("%s starts without a byte-order mark", name)
          .isNotEqualTo((byte) 0xEF);
      assertThat(bytes).as("%s has \\n line ends only", name).doesNotContain((byte) '\r');
      assertThat(bytes[bytes.length - 1])
          .as("%s ends with a line end", name)
          .isEqualTo((byte) '\n');
    }
  }

  static void assertCommunes(GeneratedFiles files) {
    assertUnique(files.communes, GeneratedFiles.CommuneFeature::code, "commune codes");
    for (GeneratedFiles.CommuneFeature commune : files.communes) {
      assertThat(commune.boundary().isValid())
          .as("boundary of %s is valid", commune.code())
          .isTrue();
      assertThat(commune.boundary().contains(point(commune.centreLon(), commune.centreLat())))
          .as("centre of %s inside its boundary", commune.code())
          .isTrue();
      for (Coordinate c : commune.boundary().getCoordinates()) {
        assertInVietnam(c.x, c.y);
      }
    }
    for (int a = 0; a < files.communes.size(); a++) {
      for (int b = a + 1; b < files.communes.size(); b++) {
        var first = files.communes.get(a);
        var second = files.communes.get(b);
        assertThat(first.boundary().relate(second.boundary(), "T********"))
            .as("%s and %s do not overlap", first.code(), second.code())
            .isFalse();
      }
    }
  }

  static void assertVillages(GeneratedFiles files) {
    assertUnique(files.villages, v -> v.getField("code"), "village codes");
    Map<String, GeneratedFiles.CommuneFeature> communes = new HashMap<>();
    files.communes.forEach(c -> communes.put(c.code(), c));
    for (NamedCsvRecord v : files.villages) {
      assertSixDecimals(v);
      double lon = Double.parseDouble(v.getField("lon"));
      double lat = Double.parseDouble(v.getField("lat"));
      assertInVietnam(lon, lat);
      var commune = communes.get(v.getField("commune_code"));
      assertThat(commune).as("commune of %s", v.getField("code")).isNotNull();
      assertThat(commune.boundary().contains(point(lon, lat)))
          .as("%s inside commune %s", v.getField("code"), commune.code())
          .isTrue();
      int residents = Integer.parseInt(v.getField("residents"));
      int eligible = Integer.parseInt(v.getField("eligible"));
      int eidDone = Integer.parseInt(v.getField("eid_done"));
      assertThat(Integer.parseInt(v.getField("households"))).isBetween(20, 250);
      assertThat(eidDone).as("eid_done of %s", v.getField("code")).isBetween(0, eligible);
      assertThat(eligible).as("eligible of %s", v.getField("code")).isBetween(0, residents);
      assertThat(v.getField("grid_power")).isIn("yes", "no");
      assertThat(v.getField("name")).isNotBlank();
    }
  }

  static void assertTeams(GeneratedFiles files) {
    assertUnique(files.teams, t -> t.getField("code"), "team codes");
    Set<String> communeCodes = new HashSet<>();
    files.communes.forEach(c -> communeCodes.add(c.code()));
    for (NamedCsvRecord t : files.teams) {
      assertSixDecimals(t);
      assertInVietnam(Double.parseDouble(t.getField("lon")), Double.parseDouble(t.getField("lat")));
      assertThat(communeCodes).contains(t.getField("commune_code"));
      assertThat(Integer.parseInt(t.getField("members"))).isBetween(3, 6);
      assertThat(t.getField("working_days")).isIn("Mon-Fri", "Mon-Sat");
      assertThat(t.getField("day_start")).isEqualTo("07:30");
      assertThat(t.getField("day_end")).isEqualTo("17:00");
      assertThat(t.getField("transport_mode")).isIn("motorbike", "on_foot");
      assertThat(t.getField("languages")).startsWith("vi;");
    }
  }

  static void assertRoads(GeneratedFiles files) {
    assertUnique(files.roads, GeneratedFiles.RoadFeature::sourceId, "road source ids");
    for (GeneratedFiles.RoadFeature road : files.roads) {
      LineString line = road.line();
      assertThat(line.isValid()).as("%s is valid", road.sourceId()).isTrue();
      assertThat(ROAD_CLASSES).contains(road.roadClass());
      assertThat(SURFACES).contains(road.surface());
      assertThat(road.oneway()).isEqualTo("no");
      Coordinate[] points = line.getCoordinates();
      assertThat(points.length).isGreaterThanOrEqualTo(2);
      double length = 0;
      for (int i = 1; i < points.length; i++) {
        assertThat(points[i].equals2D(points[i - 1]))
            .as("%s repeats point %d", road.sourceId(), i)
            .isFalse();
        length += RoadGraph.haversineMetres(points[i - 1], points[i]);
      }
      for (Coordinate c : points) {
        assertInVietnam(c.x, c.y);
      }
      double straight = RoadGraph.haversineMetres(points[0], points[points.length - 1]);
      assertThat(length / straight).as("winding of %s", road.sourceId()).isBetween(1.48, 3.02);
    }
  }

  static void assertSurveys(GeneratedFiles files) {
    for (NamedCsvRecord s : files.surveys) {
      assertSixDecimals(s);
      assertInVietnam(Double.parseDouble(s.getField("lon")), Double.parseDouble(s.getField("lat")));
      OffsetDateTime observed = OffsetDateTime.parse(s.getField("observed_at"));
      assertThat(observed.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
      assertThat(observed).isAfterOrEqualTo(SURVEYS_FROM).isBefore(SURVEYS_UNTIL);
      assertThat(s.getField("operator")).isIn("Viettel", "VNPT", "MobiFone");
      assertThat(DEVICE.matcher(s.getField("source_id")).matches()).isTrue();
      String rsrp = s.getField("rsrp");
      String rssi = s.getField("rssi");
      switch (s.getField("technology")) {
        case "4G" -> {
          assertThat(Integer.parseInt(rsrp)).isBetween(-140, -44);
          assertThat(rssi).isEmpty();
        }
        case "3G", "2G" -> {
          assertThat(Integer.parseInt(rssi)).isBetween(-113, -51);
          assertThat(rsrp).isEmpty();
        }
        case "none" -> assertThat(rsrp + rssi + s.getField("rsrq") + s.getField("snr")).isEmpty();
        default -> throw new AssertionError("technology " + s.getField("technology"));
      }
    }
  }

  static void assertInVietnam(double lon, double lat) {
    assertThat(lon).isBetween(102.14, 109.47);
    assertThat(lat).isBetween(8.18, 23.39);
  }

  private static void assertSixDecimals(NamedCsvRecord record) {
    assertThat(record.getField("lon")).matches(SIX_DECIMALS);
    assertThat(record.getField("lat")).matches(SIX_DECIMALS);
  }

  private static <T> void assertUnique(List<T> items, Function<T, String> key, String what) {
    assertThat(items.stream().map(key).distinct().count())
        .as(what + " are unique")
        .isEqualTo(items.size());
  }

  private static org.locationtech.jts.geom.Point point(double lon, double lat) {
    return GEOMETRY.createPoint(new Coordinate(lon, lat));
  }
}
