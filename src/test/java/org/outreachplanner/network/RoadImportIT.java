package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.DomainSnapshot;
import org.outreachplanner.importer.ImportTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class RoadImportIT extends ImportTestSupport {

  private static final String FILE = "roads.geojson";
  private static final String HEADER = "osm_id | highway | surface | name | oneway | geometry";
  private static final String ROAD_20 =
      "w20 | secondary | asphalt | Đường 20 Quyết Thắng | no"
          + " | LINESTRING (106.10 17.40, 106.15 17.42, 106.20 17.45)";
  private static final String TRACK =
      "w21 | track | dirt | | | MULTILINESTRING ((106.20 17.45, 106.22 17.46),"
          + " (106.22 17.46, 106.25 17.45))";
  private static final String PATH_WITHOUT_ID =
      "| path | | | | LINESTRING (106.25 17.45, 106.26 17.47)";
  private static final String ONE_WAY_BACK =
      "w22 | unclassified | | | -1 | LINESTRING (106.30 17.40, 106.31 17.41)";

  @Autowired RoadImporter roads;

  private static String table(String... rows) {
    return HEADER + "\n" + String.join("\n", rows);
  }

  @Test
  void aGoodFileImportsOneSegmentPerLine() {
    assertCounts(
        importTable(roads, FILE, table(ROAD_20, TRACK, PATH_WITHOUT_ID, ONE_WAY_BACK)), 5, 0, 0);

    assertThat(
            jdbc.queryForList(
                "SELECT source_id, road_class, one_way, ST_AsText(geom) AS wkt FROM road_segment"
                    + " WHERE source_id NOT LIKE 'geom:%' ORDER BY source_id"))
        .containsExactly(
            Map.of(
                "source_id",
                "w20",
                "road_class",
                "secondary",
                "one_way",
                false,
                "wkt",
                "LINESTRING(106.1 17.4,106.15 17.42,106.2 17.45)"),
            Map.of(
                "source_id",
                "w21#1",
                "road_class",
                "track",
                "one_way",
                false,
                "wkt",
                "LINESTRING(106.2 17.45,106.22 17.46)"),
            Map.of(
                "source_id",
                "w21#2",
                "road_class",
                "track",
                "one_way",
                false,
                "wkt",
                "LINESTRING(106.22 17.46,106.25 17.45)"),
            Map.of(
                "source_id",
                "w22",
                "road_class",
                "unclassified",
                "one_way",
                true,
                "wkt",
                "LINESTRING(106.31 17.41,106.3 17.4)"));
    assertThat(
            jdbc.queryForObject(
                "SELECT source_id ~ '^geom:[0-9a-f]{32}$' FROM road_segment WHERE road_class ="
                    + " 'path'",
                Boolean.class))
        .isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM road_segment WHERE source_id = 'w20'", String.class))
        .isEqualTo("Đường 20 Quyết Thắng");
  }

  @Test
  void reImportChangesNothingAlsoForLinesWithoutId() {
    importTable(roads, FILE, table(ROAD_20, TRACK, PATH_WITHOUT_ID, ONE_WAY_BACK));
    var before = DomainSnapshot.take(jdbc);
    assertCounts(
        importTable(roads, FILE, table(ROAD_20, TRACK, PATH_WITHOUT_ID, ONE_WAY_BACK)), 0, 0, 5);
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);

    String paved = TRACK.replace("| dirt |", "| gravel |");
    assertCounts(
        importTable(roads, FILE, table(ROAD_20, paved, PATH_WITHOUT_ID, ONE_WAY_BACK)), 0, 2, 3);
  }

  @Test
  void unknownRoadClassesAreKept() {
    assertCounts(
        importTable(
            roads, FILE, table("w9 | bridleway | | | | LINESTRING (106.1 17.4, 106.2 17.5)")),
        1,
        0,
        0);
    assertThat(jdbc.queryForObject("SELECT road_class FROM road_segment", String.class))
        .isEqualTo("bridleway");
  }

  @Test
  void badRoadsAreRefusedEachWithItsReasonAndNothingChanges() {
    importTable(roads, FILE, table(ROAD_20, TRACK));

    assertRefused(
        roads,
        FILE,
        table(
            ROAD_20.replace("secondary", "primary"),
            "w30 | | | | | LINESTRING (106.1 17.4, 106.2 17.5)",
            "w31 | path | | | | LINESTRING (106.1 17.4, 106.1 17.4)",
            "w32 | path | | | | POINT (106.1 17.4)",
            "w20 | path | | | | LINESTRING (106.3 17.4, 106.2 17.5)",
            PATH_WITHOUT_ID,
            PATH_WITHOUT_ID,
            "w33 | path | | | | MULTILINESTRING ((106.1 17.4, 106.2 17.5),"
                + " (106.2 17.5, 106.2 17.5))",
            "w34 | path | | | sometimes | LINESTRING (106.1 17.4, 106.2 17.5)",
            "w35 | path | | | | LINESTRING EMPTY",
            "w36 | path | | | | LINESTRING (17.4 106.1, 17.5 106.2)"),
        problem(FILE, 2, "road_class", "a value is required"),
        problem(FILE, 3, "geometry", "zero-length line: all its 2 points are the same"),
        problem(FILE, 4, "geometry", "expected a LineString or MultiLineString, got Point"),
        problem(FILE, 5, "source_id", "duplicate source_id 'w20' (also on feature 1)"),
        problem(
            FILE,
            7,
            "geometry",
            "duplicate line: the same geometry is on feature 6 (no source_id)"),
        problem(FILE, 8, "geometry", "part 2: zero-length line: all its 2 points are the same"),
        problem(
            FILE,
            9,
            "oneway",
            "'sometimes' is not one of yes, no, -1 (also true, false, 1, 0, co, khong)"),
        problem(FILE, 10, "geometry", "empty geometry"),
        problem(
            FILE,
            11,
            "geometry",
            "latitude 106.1 is out of range [-90, 90]; latitude and longitude look swapped"));
  }
}
