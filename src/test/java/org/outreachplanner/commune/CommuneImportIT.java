package org.outreachplanner.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.DomainSnapshot;
import org.outreachplanner.importer.EnglishProblems;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportRequestException;
import org.outreachplanner.importer.ImportTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

class CommuneImportIT extends ImportTestSupport {

  private static final String FILE = "communes.geojson";
  private static final String HEADER =
      "code | name | province_code | province_name | centre_lon | centre_lat | geometry";
  private static final String THUONG_TRACH =
      "19147 | Thượng Trạch | 44 | Quảng Trị | 106.2 | 17.45"
          + " | POLYGON ((106.0 17.3, 106.4 17.3, 106.4 17.6, 106.0 17.6, 106.0 17.3))";
  private static final String DAN_HOA =
      "18904 | Dân Hoá | 44 | | |"
          + " | MULTIPOLYGON (((105.6 17.7, 105.8 17.7, 105.8 17.9, 105.6 17.9, 105.6 17.7)))";

  @Autowired CommuneImporter communes;

  private static String table(String... rows) {
    return HEADER + "\n" + String.join("\n", rows);
  }

  @Test
  void aGoodFileImportsCommunesAndTheirProvince() {
    assertCounts(importTable(communes, FILE, table(THUONG_TRACH, DAN_HOA)), 2, 0, 0);

    assertThat(jdbc.queryForList("SELECT code, name FROM province"))
        .containsExactly(Map.of("code", "44", "name", "Quảng Trị"));
    assertThat(
            jdbc.queryForList(
                "SELECT code, name, province_code, GeometryType(boundary) AS type,"
                    + " ST_AsText(centre, 6) AS centre, ST_Covers(boundary, centre) AS inside"
                    + " FROM commune ORDER BY code"))
        .containsExactly(
            Map.of(
                "code",
                "18904",
                "name",
                "Dân Hoá",
                "province_code",
                "44",
                "type",
                "MULTIPOLYGON",
                "centre",
                "POINT(105.7 17.8)",
                "inside",
                true),
            Map.of(
                "code",
                "19147",
                "name",
                "Thượng Trạch",
                "province_code",
                "44",
                "type",
                "MULTIPOLYGON",
                "centre",
                "POINT(106.2 17.45)",
                "inside",
                true));
  }

  @Test
  void reImportChangesNothingAndAChangedFileOnlyWhatChanged() {
    importTable(communes, FILE, table(THUONG_TRACH, DAN_HOA));
    var before = DomainSnapshot.take(jdbc);
    assertCounts(importTable(communes, FILE, table(THUONG_TRACH, DAN_HOA)), 0, 0, 2);
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);

    String renamed = DAN_HOA.replace("Dân Hoá", "Dân Hóa");
    assertCounts(importTable(communes, FILE, table(THUONG_TRACH, renamed)), 0, 1, 1);
    assertThat(jdbc.queryForObject("SELECT name FROM commune WHERE code = '18904'", String.class))
        .isEqualTo("Dân Hóa");
  }

  @Test
  void theProvinceMayBeGivenWithTheImportInsteadOfInTheFile() {
    String file = "03439_thu_lum.geojson";
    String table =
        "code | name | geometry\n"
            + "03439 | Thu Lũm"
            + " | POLYGON ((102.35 22.56, 102.55 22.56, 102.55 22.78, 102.35 22.78, 102.35 22.56))";
    ImportOptions options =
        new ImportOptions(
            file, null, null, null, false, Map.of("ma_tinh", "12", "province_name", "Lai Châu"));

    assertCounts(importTable(communes, file, table, options), 1, 0, 0);
    assertThat(jdbc.queryForObject("SELECT province_code FROM commune", String.class))
        .isEqualTo("12");
    assertThat(jdbc.queryForObject("SELECT name FROM province", String.class))
        .isEqualTo("Lai Châu");

    ImportOptions typo = new ImportOptions(file, null, null, null, false, Map.of("provice", "12"));
    assertThatThrownBy(() -> importTable(communes, file, table, typo))
        .isInstanceOf(ImportRequestException.class)
        .hasMessage(
            "'provice' is not a column of this kind; its columns are centre_lat, centre_lon, code,"
                + " name, province_code, province_name");
  }

  @Test
  void withoutProvinceTheFileIsRefused() {
    assertRefused(
        communes,
        FILE,
        "code | name | geometry\n18904 | Dân Hoá"
            + " | POLYGON ((105.6 17.7, 105.8 17.7, 105.8 17.9, 105.6 17.9, 105.6 17.7))",
        EnglishProblems.fileProblem(
            FILE,
            "province_code",
            "required column is missing; the file has code, name; name the one that holds it with"
                + " --column province_code=COLUMN"));
  }

  @Test
  void badCommunesAreRefusedEachWithItsReasonAndNothingChanges() {
    importTable(communes, FILE, table(THUONG_TRACH, DAN_HOA));

    assertRefused(
        communes,
        FILE,
        table(
            THUONG_TRACH.replace("Thượng Trạch", "Thượng Trạch mới"),
            // a bow tie
            "20001 | Bow | 44 | | |"
                + " | POLYGON ((102.2 22.5, 102.4 22.7, 102.4 22.5, 102.2 22.7, 102.2 22.5))",
            "20002 | Point | 44 | | | | POINT (106.1 17.4)",
            "20003 | Empty | 44 | | | | POLYGON EMPTY",
            "20004 | New province | 45 | | |"
                + " | POLYGON ((106.0 16.3, 106.4 16.3, 106.4 16.6, 106.0 16.3))",
            "20005 | Centre outside | 44 | | 107.5 | 17.0"
                + " | POLYGON ((106.0 16.3, 106.4 16.3, 106.4 16.6, 106.0 16.3))",
            "20006 | Half a centre | 44 | | 106.1 |"
                + " | POLYGON ((106.0 16.3, 106.4 16.3, 106.4 16.6, 106.0 16.3))",
            "20007 | Comma centre | 44 | | 106,1 | 16.4"
                + " | POLYGON ((106.0 16.3, 106.4 16.3, 106.4 16.6, 106.0 16.3))",
            "20008 | Renamed province | 44 | Quang Tri | |"
                + " | POLYGON ((106.0 16.3, 106.4 16.3, 106.4 16.6, 106.0 16.3))",
            DAN_HOA,
            "| No code | 44 | | |"
                + " | POLYGON ((106.0 16.3, 106.4 16.3, 106.4 16.6, 106.0 16.3))",
            DAN_HOA),
        problem(FILE, 2, "geometry", "invalid polygon: Self-intersection at (102.3, 22.6)"),
        problem(FILE, 3, "geometry", "expected a Polygon or MultiPolygon, got Point"),
        problem(FILE, 4, "geometry", "empty geometry"),
        problem(
            FILE,
            6,
            "centre_lon/centre_lat",
            "the centre (lon 107.5, lat 17) is outside the commune's boundary"),
        problem(
            FILE,
            7,
            "centre_lat",
            "a value is required when centre_lon is given; give both or neither"),
        problem(
            FILE,
            8,
            "centre_lon",
            "'106,1' is not a number (a decimal comma needs the decimal-comma option)"),
        problem(
            FILE,
            9,
            "province_name",
            "province '44' is named 'Quang Tri' here but 'Quảng Trị' on feature 1"),
        problem(FILE, 11, "code", "a value is required"),
        problem(FILE, 12, "code", "duplicate code '18904' (also on feature 10)"),
        problem(
            FILE,
            5,
            "province_name",
            "province '45' is not imported yet; give its name in province_name"));
  }
}
