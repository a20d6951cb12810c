package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.outreachplanner.importer.DomainSnapshot;
import org.outreachplanner.importer.EnglishProblems;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class VillageImportIT extends ImportTestSupport {

  private static final String FILE = "villages.csv";
  private static final String HEADER =
      "code | name | commune_code | households | residents | eligible | eid_done | grid_power"
          + " | ethnic_groups | notes | geometry";
  private static final String TT01 =
      "TT-01 | Cà Roòng 1 | 19147 | 120 | 560 | 400 | 60 | no | Bru-Vân Kiều | Bản xa nhất"
          + " | POINT (106.25 17.45)";
  private static final String TT02 =
      "TT-02 | Cà Roòng 2 | 19147 | 95 | 430 | 300 | 45 | | Bru-Vân Kiều;Kinh |"
          + " | POINT (106.27 17.47)";
  private static final String DH01 =
      "DH-01 | Ra Mai | 18904 | 80 | 350 | 260 | 100 | yes | Chứt | | POINT (105.7 17.8)";

  /** No commune code: it lies in Dân Hoá. */
  private static final String DH02 =
      "DH-02 | Tà Vờng | | 60 | 250 | 180 | 20 | có | | | POINT (105.75 17.85)";

  @Autowired VillageImporter villages;

  private static String table(String... rows) {
    return HEADER + "\n" + String.join("\n", rows);
  }

  @Test
  void aGoodFileImportsEveryVillage() {
    insertCommunes();
    ImportReport report = importTable(villages, FILE, table(TT01, TT02, DH01, DH02));

    assertCounts(report, 4, 0, 0);
    assertThat(
            jdbc.queryForList(
                "SELECT code, commune_code, households, residents, eligible, eid_done, grid_power,"
                    + " array_to_string(ethnic_groups, ';') AS groups, notes,"
                    + " ST_AsText(location) AS wkt FROM village ORDER BY code"))
        .containsExactly(
            row("DH-01", "18904", 80, 350, 260, 100, "yes", "Chứt", null, "POINT(105.7 17.8)"),
            row("DH-02", "18904", 60, 250, 180, 20, "yes", "", null, "POINT(105.75 17.85)"),
            row(
                "TT-01",
                "19147",
                120,
                560,
                400,
                60,
                "no",
                "Bru-Vân Kiều",
                "Bản xa nhất",
                "POINT(106.25 17.45)"),
            row(
                "TT-02",
                "19147",
                95,
                430,
                300,
                45,
                "unknown",
                "Bru-Vân Kiều;Kinh",
                null,
                "POINT(106.27 17.47)"));
  }

  private static Map<String, Object> row(
      String code,
      String commune,
      int households,
      int residents,
      int eligible,
      int eidDone,
      String gridPower,
      String groups,
      String notes,
      String wkt) {
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("code", code);
    row.put("commune_code", commune);
    row.put("households", households);
    row.put("residents", residents);
    row.put("eligible", eligible);
    row.put("eid_done", eidDone);
    row.put("grid_power", gridPower);
    row.put("groups", groups);
    row.put("notes", notes);
    row.put("wkt", wkt);
    return row;
  }

  @Test
  void namesWithDiacriticsRoundTripByteExact() {
    insertCommunes();
    importTable(villages, FILE, table(TT01));

    String hex =
        jdbc.queryForObject(
            "SELECT encode(convert_to(name, 'UTF8'), 'hex') FROM village WHERE code = 'TT-01'",
            String.class);
    assertThat(hex)
        .isEqualTo(HexFormat.of().formatHex("Cà Roòng 1".getBytes(StandardCharsets.UTF_8)));
    assertThat(jdbc.queryForObject("SELECT name FROM commune WHERE code = '19147'", String.class))
        .isEqualTo("Thượng Trạch");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    insertCommunes();
    importTable(villages, FILE, table(TT01, TT02, DH01, DH02));
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);

    assertCounts(importTable(villages, FILE, table(TT01, TT02, DH01, DH02)), 0, 0, 4);
    assertThat(DomainSnapshot.take(jdbc)).as("updated_at too").isEqualTo(before);
  }

  @Test
  void aChangedFileChangesOnlyWhatChanged() {
    insertCommunes();
    importTable(villages, FILE, table(TT01, TT02, DH01, DH02));

    String tt01More = TT01.replace("| 400 | 60 |", "| 400 | 75 |");
    String dh01Renamed = DH01.replace("Ra Mai", "Ra Mai 2");
    String dh03 = "DH-03 | Hà Vi | 18904 | 40 | 150 | 100 | 0 | no | | | POINT (105.72 17.75)";
    ImportReport report =
        importTable(villages, FILE, table(tt01More, TT02, dh01Renamed, DH02, dh03));

    assertCounts(report, 1, 2, 2);
    assertThat(
            jdbc.queryForObject("SELECT eid_done FROM village WHERE code = 'TT-01'", Integer.class))
        .isEqualTo(75);
    assertThat(jdbc.queryForObject("SELECT name FROM village WHERE code = 'DH-01'", String.class))
        .isEqualTo("Ra Mai 2");
  }

  /** A bad third row (row 4 of the file: the header is row 1) and the problem it must cause. */
  static Stream<Arguments> badRows() {
    String good = "DH-09 | Bad | 18904 | 10 | 50 | 40 | 5 | | | | POINT (105.7 17.8)";
    return Stream.of(
        bad(
            good.replace("| 10 |", "| 47,5 |"),
            "households",
            "'47,5' is not a whole number; write whole numbers without decimal or thousands"
                + " separators"),
        bad(
            good.replace("| 10 |", "| 47.5 |"),
            "households",
            "'47.5' is not a whole number; write whole numbers without decimal or thousands"
                + " separators"),
        bad(
            good.replace("| 50 |", "| 1.234 |"),
            "residents",
            "'1.234' is not a whole number; write whole numbers without decimal or thousands"
                + " separators"),
        bad(good.replace("| 10 |", "| -3 |"), "households", "-3 is negative; it must be 0 or more"),
        bad(good.replace("| 5 |", "| abc |"), "eid_done", "'abc' is not a whole number"),
        bad(good.replace("| 5 |", "| 41 |"), "eid_done", "eid_done 41 is more than eligible 40"),
        bad(good.replace("| 40 |", "| 51 |"), "eligible", "eligible 51 is more than residents 50"),
        bad(good.replace("| Bad |", "| |"), "name", "a value is required"),
        bad(good.replace("DH-09", "TT-01"), "code", "duplicate code 'TT-01' (also on row 2)"),
        bad(
            good.replace("| 5 | |", "| 5 | solar |"),
            "grid_power",
            "'solar' is not one of yes, no, unknown (also co, khong, true, false, 1, 0)"),
        bad(
            good.replace("18904", "99999"),
            "commune_code",
            "commune '99999' is not imported; import the communes first"),
        bad(
            good.replace("18904", "").replace("105.7 17.8", "107 16"),
            "commune_code",
            "no commune_code given, and the point (lon 107, lat 16) lies in no imported commune"),
        bad(
            good.replace(
                "POINT (105.7 17.8)",
                "POLYGON ((105.7 17.8, 105.71 17.8, 105.71 17.81, 105.7 17.8))"),
            "geometry",
            "expected a Point, got Polygon"),
        bad(good.replace("POINT (105.7 17.8)", "POINT EMPTY"), "geometry", "empty geometry"),
        bad(
            good.replace("POINT (105.7 17.8)", "POINT (17.8 105.7)"),
            "geometry",
            "latitude 105.7 is out of range [-90, 90]; latitude and longitude look swapped"),
        bad(
            good.replace("POINT (105.7 17.8)", "POINT (100.5 13.7)"),
            "geometry",
            "point (lon 100.5, lat 13.7) is outside the planning region Vietnam"
                + " (lon 102.14..109.47, lat 8.18..23.4)"
                + ". If the region is wrong for this data, set OUTREACH_REGION_BBOX (setting"
                + " outreach.region.bbox: min lon, min lat, max lon, max lat; outreach.region.name"
                + " names it) before starting the server or the command"),
        bad(
            good.replace("POINT (105.7 17.8)", "POINT (NaN 17.8)"),
            "geometry",
            "non-finite coordinate (NaN, 17.8)"),
        bad(good.replace("POINT (105.7 17.8)", ""), "geometry", "the feature has no geometry"));
  }

  private static Arguments bad(String row, String column, String reason) {
    return Arguments.of(row, column, reason);
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void aBadRowIsRefusedAndNothingChanges(String badRow, String column, String reason) {
    insertCommunes();
    importTable(villages, FILE, table(TT01, DH01));

    assertRefused(
        villages,
        FILE,
        table(TT01.replace("| 120 |", "| 121 |"), DH01, badRow, DH02),
        problem(FILE, 4, column, reason));
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    insertCommunes();
    ImportReport report =
        assertRefused(
            villages,
            "villages.geojson",
            table(
                TT01,
                TT02.replace("| 95 |", "| 9,5 |"),
                DH01.replace("| 100 |", "| 300 |"),
                DH02.replace("POINT (105.75 17.85)", "POINT (17.85 105.75)"),
                TT01.replace("| 60 |", "| 61 |")),
            problem(
                "villages.geojson",
                2,
                "households",
                "'9,5' is not a whole number; write whole numbers without decimal or thousands"
                    + " separators"),
            problem("villages.geojson", 3, "eid_done", "eid_done 300 is more than eligible 260"),
            problem(
                "villages.geojson",
                4,
                "geometry",
                "latitude 105.75 is out of range [-90, 90]; latitude and longitude look swapped"),
            problem("villages.geojson", 5, "code", "duplicate code 'TT-01' (also on feature 1)"));
    assertThat(report.message()).isEqualTo("4 problems found");
  }

  @Test
  void aFileWithoutRequiredColumnsIsRefusedNamingThemAll() {
    insertCommunes();
    String has = "the file has code, commune_code, eligible, notes";
    ImportReport report =
        assertRefused(
            villages,
            FILE,
            "ma_thon | ma_xa | tu_14_tuoi | ghi_chu | geometry\n"
                + "TT-01 | 19147 | 400 | | POINT (106.25 17.45)",
            EnglishProblems.fileProblem(
                FILE,
                "name",
                "required column is missing; "
                    + has
                    + "; name the one that holds it with --column name=COLUMN"));
    assertThat(report.message()).isEqualTo("missing required column name; " + has);
  }

  @Test
  void placesWithoutCensusFiguresImportWithThemUnknownAndANotice() {
    insertCommunes();
    ImportReport report =
        importTable(
            villages,
            "places.csv",
            "code | name | geometry\n"
                + "osm-1 | Cà Roòng 1 | POINT (106.25 17.45)\n"
                + "osm-2 | Ra Mai | POINT (105.7 17.8)");
    assertCounts(report, 2, 0, 0);
    assertThat(report.message())
        .startsWith("2 village(s) have no census figures yet (households, residents, eligible,");
    assertThat(runs.find(report.importId()).orElseThrow().message()).isEqualTo(report.outcome());
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM village WHERE households IS NULL AND residents IS NULL"
                    + " AND eligible IS NULL AND eid_done IS NULL",
                Integer.class))
        .isEqualTo(2);
    assertThat(jdbc.queryForList("SELECT commune_code FROM village ORDER BY code", String.class))
        .containsExactly("19147", "18904");
  }

  @Test
  void aGazetteerOfNamesAndPointsGetsCodesFromItsPoints() {
    insertCommunes();
    String gazetteer =
        "name | geometry\nCà Roòng 1 | POINT (106.25 17.45)\nRa Mai | POINT (105.7 17.8)";
    ImportReport report = importTable(villages, "gazetteer.csv", gazetteer);
    assertCounts(report, 2, 0, 0);
    assertThat(report.message()).startsWith("2 village(s) have no census figures yet");
    assertThat(jdbc.queryForList("SELECT code FROM village ORDER BY code", String.class))
        .containsExactly("gaz-105.70000_17.80000", "gaz-106.25000_17.45000");
    // the same file again finds the same villages
    assertCounts(importTable(villages, "gazetteer.csv", gazetteer), 0, 0, 2);
  }

  @Test
  void anEmptyCellIsUnknownNotZero() {
    insertCommunes();
    ImportReport report = importTable(villages, FILE, table(TT01.replace("| 60 |", "| |")));
    assertCounts(report, 1, 0, 0);
    assertThat(report.message()).startsWith("1 village(s) have no census figures yet");
    assertThat(jdbc.queryForMap("SELECT households, eid_done FROM village"))
        .containsEntry("households", 120)
        .containsEntry("eid_done", null);
  }

  @Test
  void reImportingPlacesKeepsTheFiguresAttachedSince() {
    insertCommunes();
    importTable(
        villages,
        FILE,
        "code | name | households | residents | eligible | eid_done | geometry\n"
            + "TT-01 | Cà Roòng 1 | 120 | 560 | 400 | 60 | POINT (106.25 17.45)");
    ImportReport again =
        importTable(
            villages,
            "places.csv",
            "code | name | geometry\nTT-01 | Cà Roòng 1 | POINT (106.25 17.45)");
    // the row has no figure: those the village has stay, and nothing else changed
    assertCounts(again, 0, 0, 1);
    assertThat(jdbc.queryForMap("SELECT households, residents, eligible, eid_done FROM village"))
        .containsEntry("households", 120)
        .containsEntry("residents", 560)
        .containsEntry("eligible", 400)
        .containsEntry("eid_done", 60);
  }

  @Test
  void vietnameseColumnNamesAreRecognised() {
    insertCommunes();
    ImportReport report =
        importTable(
            villages,
            FILE,
            "Mã thôn | Tên thôn | Mã xã | Số hộ | Nhân khẩu | Từ 14 tuổi | Định danh mức 2"
                + " | Điện lưới | Dân tộc | geometry\n"
                + "TT-01 | Cà Roòng 1 | 19147 | 120 | 560 | 400 | 60 | không | Bru-Vân Kiều"
                + " | POINT (106.25 17.45)");
    assertCounts(report, 1, 0, 0);
    assertThat(jdbc.queryForObject("SELECT grid_power FROM village", String.class)).isEqualTo("no");
  }
}
