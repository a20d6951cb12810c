package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.importer.ImportFixtures.file;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real files through the file reader, the importers and the database. */
class FileImportIT extends ImportTestSupport {

  private ImportReport importFile(ImportKind kind, String name) {
    return service.importFile(kind, file(name), ImportOptions.defaults(null));
  }

  @Test
  void everyKindImportsFromItsFileAndReImportChangesNothing() {
    assertCounts(importFile(ImportKind.COMMUNES, "communes.geojson"), 2, 0, 0);
    assertCounts(importFile(ImportKind.VILLAGES, "villages.csv"), 3, 0, 0);
    assertCounts(importFile(ImportKind.TEAMS, "teams.csv"), 2, 0, 0);
    assertCounts(importFile(ImportKind.ROADS, "roads.geojson"), 4, 0, 0);
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);

    assertCounts(importFile(ImportKind.COMMUNES, "communes.geojson"), 0, 0, 2);
    assertCounts(importFile(ImportKind.VILLAGES, "villages.csv"), 0, 0, 3);
    assertCounts(importFile(ImportKind.TEAMS, "teams.csv"), 0, 0, 2);
    assertCounts(importFile(ImportKind.ROADS, "roads.geojson"), 0, 0, 4);
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);

    assertCounts(importFile(ImportKind.VILLAGES, "villages-changed.csv"), 1, 1, 2);
  }

  @Test
  void textKeepsItsDiacriticsAndPlacesTheirCoordinates() {
    importFile(ImportKind.COMMUNES, "communes.geojson");
    importFile(ImportKind.VILLAGES, "villages.csv");

    assertThat(
            jdbc.queryForList(
                "SELECT v.name AS village, c.name AS commune, v.ethnic_groups[1] AS ethnic,"
                    + " v.notes, ST_AsText(v.location) AS wkt"
                    + " FROM village v JOIN commune c ON c.code = v.commune_code"
                    + " WHERE v.code IN ('TT-01', 'DH-01') ORDER BY v.code DESC"))
        .containsExactly(
            Map.of(
                "village",
                "Cà Roòng 1",
                "commune",
                "Thượng Trạch",
                "ethnic",
                "Bru-Vân Kiều",
                "notes",
                "Bản xa nhất",
                "wkt",
                "POINT(106.25 17.45)"),
            mapWithNullNotes("Ra Mai", "Dân Hoá", "Chứt", "POINT(105.7 17.8)"));
    assertThat(jdbc.queryForObject("SELECT name FROM province", String.class))
        .isEqualTo("Quảng Trị");
  }

  private static Map<String, Object> mapWithNullNotes(
      String village, String commune, String ethnic, String wkt) {
    Map<String, Object> row = new java.util.HashMap<>();
    row.put("village", village);
    row.put("commune", commune);
    row.put("ethnic", ethnic);
    row.put("notes", null);
    row.put("wkt", wkt);
    return row;
  }

  @Test
  void aFileWithThreeBadRowsReportsThreeProblemsAndChangesNothing() {
    importFile(ImportKind.COMMUNES, "communes.geojson");
    importFile(ImportKind.VILLAGES, "villages.csv");
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);

    ImportReport report = importFile(ImportKind.VILLAGES, "villages-bad.csv");

    String file = "villages-bad.csv";
    assertThat(EnglishProblems.inEnglish(report.problems()))
        .containsExactly(
            EnglishProblems.problem(
                file,
                2L,
                "households",
                "'47,5' is not a whole number; write whole numbers without decimal or thousands"
                    + " separators"),
            EnglishProblems.problem(file, 3L, "eid_done", "eid_done 301 is more than eligible 300"),
            EnglishProblems.problem(
                file,
                4L,
                "geometry",
                "latitude 105.7 is out of range [-90, 90]; latitude and longitude look swapped"));
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
    assertRecordedFailure(report);
  }
}
