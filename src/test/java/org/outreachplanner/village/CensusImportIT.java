package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Places without census figures, then the figures attached to them: Overpass JSON place nodes
 * import as villages with unknown figures, and a census table finds each village by code or by name
 * within its commune, all or nothing.
 */
class CensusImportIT extends ImportTestSupport {

  private static final String CENSUS = "census.csv";
  private static final String HEADER =
      "code | name | commune_code | commune | households | residents | eligible | eid_done";

  @Autowired CensusImporter census;

  private ImportReport importPlaceNodes() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/samples/thuong-trach-overpass.json").toURI());
    return service.importFile(
        ImportKind.VILLAGES, file, ImportOptions.defaults("thuong-trach-overpass.json"));
  }

  @Test
  void placeNodesImportWithoutFiguresAndTheCensusAttachesThemByCodeOrName() throws Exception {
    insertCommunes();
    ImportReport places = importPlaceNodes();
    assertCounts(places, 3, 0, 0);
    assertThat(places.message()).startsWith("3 village(s) have no census figures yet");

    ImportReport attached =
        importTable(
            census,
            CENSUS,
            HEADER
                + "\n osm-104 | | | | 60 | 265 | 190 | 20"
                // no case, no diacritics, no spaces, the commune by name with its kind
                + "\n | BAN BLOC | | Xã Thượng Trạch | 30 | 120 | 90 | 0"
                // the kind of place added, the commune by code; figures partly unknown
                + "\n | Thôn Tổ 3 | 19147 | | 12 | | | ");
    assertCounts(attached, 0, 3, 0);
    assertThat(attached.message()).isNull();
    assertThat(figures("osm-104")).containsExactly(60, 265, 190, 20);
    assertThat(figures("osm-105")).containsExactly(30, 120, 90, 0);
    assertThat(figures("osm-108")).containsExactly(12, null, null, null);

    // the place nodes again: their figures stay
    assertCounts(importPlaceNodes(), 0, 0, 3);
    assertThat(figures("osm-104")).containsExactly(60, 265, 190, 20);
  }

  @Test
  void unmatchedAndAmbiguousNamesAreReportedAndNothingChanges() throws Exception {
    insertCommunes();
    importPlaceNodes();
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) VALUES ('X-1', '19147',"
            + " 'Bản Bloc', ST_SetSRID(ST_MakePoint(106.3, 17.5), 4326))");

    assertRefused(
        census,
        CENSUS,
        HEADER
            + "\n osm-104 | | | | 60 | 265 | 190 | 20"
            + "\n | Bản Bloc | 19147 | | 30 | 120 | 90 | 0"
            + "\n | Cà Roòng 9 | | Thượng Trạch | 30 | 120 | 90 | 0"
            + "\n osm-999 | | | | 1 | 1 | 1 | 1"
            + "\n | Tổ 3 | | | 1 | 1 | 1 | 1"
            + "\n osm-104 | | | | 60 | 265 | 190 | 21",
        problem(
            CENSUS,
            3,
            "name",
            "ambiguous: 'Bản Bloc' in commune 19147 matches 2 villages (X-1, osm-105); give the"
                + " village code instead"),
        problem(
            CENSUS,
            4,
            "name",
            "unmatched: no village named 'Cà Roòng 9' in commune Thượng Trạch (names are compared"
                + " without case, diacritics or spaces); correct the name or give the village"
                + " code"),
        problem(
            CENSUS,
            5,
            "code",
            "no village has code 'osm-999'; import the villages first (place nodes, a gazetteer"
                + " or a village file), or correct the code"),
        problem(
            CENSUS,
            6,
            "code",
            "no village named: give its code (column code), or its name (column name) with its"
                + " commune (column commune_code or commune)"),
        problem(
            CENSUS,
            7,
            "code",
            "village 'osm-104' is given twice (also on row 2); keep one row for it"));
  }

  private Object[] figures(String code) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT households, residents, eligible, eid_done FROM village WHERE code = ?", code);
    return row.values().toArray();
  }
}
