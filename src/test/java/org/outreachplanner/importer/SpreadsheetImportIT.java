package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.support.TestSheets.error;
import static org.outreachplanner.support.TestSheets.formula;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.TestSheets;

/**
 * Spreadsheets as officials keep them, imported without editing: a commune office's village list
 * and a commune police's Level-2 e-ID progress sheet (title rows, a two-row merged header, a totals
 * row), as XLSX, XLS and ODS; bad cells refused with their addresses and nothing changed.
 */
class SpreadsheetImportIT extends ImportTestSupport {

  @TempDir Path dir;

  /** The commune office's list: Vietnamese headers, "1.202", a formula, a totals row. */
  private static TestSheets villageList(Object households, Object lat) {
    return TestSheets.sheet("Danh sách")
        .row("DANH SÁCH THÔN, BẢN XÃ THƯỢNG TRẠCH")
        .merge("A1:K1")
        .row()
        .row(
            "STT",
            "Mã thôn",
            "Tên thôn",
            "Mã xã",
            "Kinh độ",
            "Vĩ độ",
            "Số hộ",
            "Nhân khẩu",
            "Số người đủ điều kiện",
            "Đã kích hoạt mức 2",
            "Ghi chú")
        .row(1, "T01", "Cà Roòng 1", "19147", 106.21, 17.45, households, 4810, 3500, 1200, null)
        .row(2, "T02", "Bản Bloc", "19147", "106,3", lat, 30, formula("G5*4"), 90, 0, "xa")
        .row()
        .row(3, "T03", "Tổ 3", "19147", 106.1, 17.4, 12, 50, 40, 10, null)
        .row("Tổng cộng", null, null, null, null, null, formula("SUM(G4:G7)"), null, null);
  }

  private ImportReport importFile(ImportKind kind, Path file) {
    return service.importFile(kind, file, ImportOptions.defaults(file.getFileName().toString()));
  }

  @Test
  void aVillageListImportsAsWrittenAndAgainChangesNothing() throws Exception {
    insertCommunes();
    Path file = villageList("1.202", 17.5).write(dir.resolve("thon.xlsx"));
    ImportReport first = importFile(ImportKind.VILLAGES, file);
    assertCounts(first, 3, 0, 0);
    assertThat(first.message())
        .contains("row 8 ('Tổng cộng') is a totals row and was not imported")
        .contains("1 empty row(s)");
    assertThat(figures("T01")).containsExactly(1202, 4810, 3500, 1200);
    assertThat(figures("T02")).containsExactly(30, 120, 90, 0);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM village", Integer.class)).isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "SELECT ST_X(location) FROM village WHERE code = 'T02'", Double.class))
        .isEqualTo(106.3);

    assertCounts(importFile(ImportKind.VILLAGES, file), 0, 0, 3);
  }

  @Test
  void xlsAndOdsReadTheSame() throws Exception {
    insertCommunes();
    assertCounts(
        importFile(ImportKind.VILLAGES, villageList("1.202", 17.5).write(dir.resolve("thon.xls"))),
        3,
        0,
        0);
    assertThat(figures("T02")).containsExactly(30, 120, 90, 0);
    jdbc.update("UPDATE village SET households = 1, residents = 1, eligible = 1, eid_done = 1");
    Path ods = villageList("1.202", 17.5).writeOds(dir.resolve("thon.ods"));
    ImportReport report = importFile(ImportKind.VILLAGES, ods);
    assertCounts(report, 0, 3, 0);
    assertThat(figures("T01")).containsExactly(1202, 4810, 3500, 1200);
    assertThat(figures("T02")).containsExactly(30, null, 90, 0); // a formula is not text
  }

  /** The commune police's progress sheet: title rows, a two-row merged header, a totals row. */
  private static TestSheets policeSheet() {
    return TestSheets.sheet("Tiến độ")
        .row("CÔNG AN XÃ THƯỢNG TRẠCH")
        .row("BÁO CÁO TIẾN ĐỘ KÍCH HOẠT TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC 2")
        .row("Tính đến ngày", LocalDate.of(2026, 11, 30))
        .row()
        .row("STT", "Mã thôn", "Tên thôn", "Số hộ", "Nhân khẩu", "Định danh điện tử", null)
        .row(null, null, null, null, null, "Đủ điều kiện", "Đã kích hoạt mức 2")
        .merge("A5:A6")
        .merge("B5:B6")
        .merge("C5:C6")
        .merge("D5:D6")
        .merge("E5:E6")
        .merge("F5:G5")
        .row(1, "osm-104", "Bản A", 60, 265, 190, 20)
        .row(2, "osm-105", "Bản Bloc", 30, "1.120", 90, "0")
        .row(3, "osm-108", "Tổ 3", 12, 50, 40, 10)
        .row("Tổng cộng", null, null, formula("SUM(D7:D9)"), formula("SUM(E7:E9)"), 320, 30)
        .merge("A10:C10")
        .row()
        .row(null, null, "Người lập biểu");
  }

  @Test
  void aPoliceProgressSheetAttachesCensusFigures() throws Exception {
    insertCommunes();
    importPlaceNodes();
    Path file = policeSheet().write(dir.resolve("tien-do.xlsx"));
    ImportReport report = importFile(ImportKind.CENSUS, file);
    assertCounts(report, 0, 3, 0);
    assertThat(figures("osm-104")).containsExactly(60, 265, 190, 20);
    assertThat(figures("osm-105")).containsExactly(30, 1120, 90, 0);
    assertThat(report.message())
        .isEqualTo(
            "row 10 ('Tổng cộng') is a totals row and was not imported; the 1 row(s) below it"
                + " were not read");
    assertCounts(importFile(ImportKind.CENSUS, file), 0, 0, 3);
  }

  @Test
  void anOdsSheetsMergedHeaderIsReadLikeAnXlsxOne() throws Exception {
    insertCommunes();
    importPlaceNodes();
    Path file = policeSheet().writeOdsWithMerges(dir.resolve("tien-do.ods"));
    ImportReport report = importFile(ImportKind.CENSUS, file);
    assertCounts(report, 0, 3, 0);
    assertThat(figures("osm-104")).containsExactly(60, 265, 190, 20);
    assertThat(figures("osm-105")).containsExactly(30, 1120, 90, 0);
    assertThat(report.message())
        .isEqualTo(
            "row 10 ('Tổng cộng') is a totals row and was not imported; the 1 row(s) below it"
                + " were not read");
  }

  @Test
  void aTotalsRowWithoutLabelIsRecognisedByItsSums() throws Exception {
    insertCommunes();
    importPlaceNodes();
    Path file =
        TestSheets.sheet("Sheet1")
            .row("Mã thôn", "Số hộ", "Nhân khẩu", "Đủ điều kiện", "Đã kích hoạt")
            .row("osm-104", 60, 265, 190, 20)
            .row("osm-105", 30, 120, 90, 0)
            .row(null, 90, 385, 280, 20)
            .write(dir.resolve("census.xlsx"));
    ImportReport report = importFile(ImportKind.CENSUS, file);
    assertCounts(report, 0, 2, 0);
    assertThat(report.message()).contains("row 4 has no code or name");
  }

  @Test
  void badCellsAreRefusedWithTheirAddressesAndNothingChanges() throws Exception {
    insertCommunes();
    Path file = villageList(error("#REF!"), "17.500").write(dir.resolve("thon.xlsx"));
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);
    ImportReport report = importFile(ImportKind.VILLAGES, file);
    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    assertThat(EnglishProblems.inEnglish(report.problems()))
        .containsExactly(
            problem(
                "thon.xlsx",
                4,
                "Số hộ",
                "'Danh sách'!G4: the cell holds the error value #REF!; correct the formula, or"
                    + " type the figure, and import again"),
            problem(
                "thon.xlsx",
                5,
                "Vĩ độ",
                "'Danh sách'!F5: '17.500' reads two ways: 17500 (dot or comma separating"
                    + " thousands) or 17.500 (a decimal); write it as 17500 or 17.500 without the"
                    + " other separator"));
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
  }

  @Test
  void aFileThatIsNoSpreadsheetIsRefused() throws Exception {
    for (String name : List.of("thon.xlsx", "thon.xls")) {
      Path file = java.nio.file.Files.writeString(dir.resolve(name), "Mã thôn,Tên thôn\nT1,A\n");
      ImportReport report = importFile(ImportKind.VILLAGES, file);
      assertThat(report.problems())
          .extracting(p -> p.reason().english())
          .singleElement()
          .asString()
          .startsWith("cannot be read as a spreadsheet: ");
    }
  }

  @Test
  void theHeaderRowMayBeGiven() throws Exception {
    insertCommunes();
    Path file = villageList(60, 17.5).write(dir.resolve("thon.xlsx"));
    ImportOptions row3 =
        new ImportOptions("thon.xlsx", null, null, null, false, Map.of(), Map.of(), null, 3);
    assertCounts(service.importFile(ImportKind.VILLAGES, file, row3), 3, 0, 0);
    ImportOptions row2 =
        new ImportOptions("thon.xlsx", null, null, null, false, Map.of(), Map.of(), null, 2);
    assertThat(service.importFile(ImportKind.VILLAGES, file, row2).problems())
        .extracting(p -> p.reason().english())
        .containsExactly("--header-row 2: row 2 of sheet 'Danh sách' is empty");
  }

  @Test
  void problemsOfValuesNameTheColumnAsWritten() throws Exception {
    insertCommunes();
    Path file = villageList("nhiều", 17.5).write(dir.resolve("thon.xlsx"));
    ImportReport report = importFile(ImportKind.VILLAGES, file);
    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    assertThat(report.problems())
        .extracting(ImportProblem::sheet, ImportProblem::feature, ImportProblem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Danh sách", 4L, "Số hộ"));
    assertThat(report.problems().get(0).toString())
        .startsWith("thon.xlsx sheet 'Danh sách' row 4, column 'Số hộ': ")
        .contains("nhiều");
    assertThat(report.problems().get(0).in(java.util.Locale.forLanguageTag("vi")))
        .startsWith("thon.xlsx trang tính 'Danh sách' dòng 4, cột 'Số hộ': ");
  }

  @Test
  void theSheetIsChosenByNameOrPosition() throws Exception {
    insertCommunes();
    Path file = villageList(60, 17.5).write(dir.resolve("thon.xlsx"));
    ImportOptions byPosition = new ImportOptions("thon.xlsx", null, "2", null, false, Map.of());
    assertCounts(service.importFile(ImportKind.VILLAGES, file, byPosition), 3, 0, 0);
    ImportOptions unknown = new ImportOptions("thon.xlsx", null, "Trang 9", null, false, Map.of());
    ImportReport report = service.importFile(ImportKind.VILLAGES, file, unknown);
    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    assertThat(EnglishProblems.inEnglish(report.problems()))
        .containsExactly(
            EnglishProblems.fileProblem(
                "thon.xlsx",
                null,
                "has no sheet 'Trang 9'; its sheets: Hướng dẫn, Danh sách (give a name, or a"
                    + " position counted from 1)"));
  }

  private void importPlaceNodes() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/samples/thuong-trach-overpass.json").toURI());
    service.importFile(
        ImportKind.VILLAGES, file, ImportOptions.defaults("thuong-trach-overpass.json"));
  }

  private Object[] figures(String code) {
    return jdbc.queryForMap(
            "SELECT households, residents, eligible, eid_done FROM village WHERE code = ?", code)
        .values()
        .toArray();
  }
}
