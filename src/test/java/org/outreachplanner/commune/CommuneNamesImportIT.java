package org.outreachplanner.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.DomainSnapshot;
import org.outreachplanner.importer.EnglishProblems;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportTestSupport;
import org.outreachplanner.support.TestSheets;

/**
 * The commune-names kind: a commune office's list of communes (a title row, Vietnamese headers, no
 * geometry) renames communes imported already and moves them to another province, all or nothing;
 * an unknown code is refused with its row and the fix; boundaries and centres never change.
 */
class CommuneNamesImportIT extends ImportTestSupport {

  private static final String OUTLINES =
      "SELECT string_agg(code || ':' || md5(ST_AsEWKB(boundary)::text) || ':'"
          + " || ST_AsText(centre), ' ' ORDER BY code) FROM commune";

  @TempDir Path dir;

  @BeforeEach
  void communesAndASecondProvince() {
    insertCommunes();
    jdbc.update("INSERT INTO province (code, name) VALUES ('45', 'Quảng Bình')");
  }

  /** The list as a commune office keeps it: a merged title, an empty row, then the header. */
  private static TestSheets list(String firstCode) {
    return TestSheets.sheet("Danh sách xã")
        .row("DANH SÁCH XÃ BIÊN GIỚI NĂM 2026")
        .merge("A1:D1")
        .row()
        .row("STT", "Mã xã", "Tên xã", "Tỉnh")
        .row(1, firstCode, "Xã Thượng Trạch", "QUANG BINH")
        .row(2, "18904", "Dân Hóa", "Quảng Trị");
  }

  private ImportReport importFile(Path file) {
    return service.importFile(
        ImportKind.COMMUNE_NAMES, file, ImportOptions.defaults(file.getFileName().toString()));
  }

  private Map<String, Object> commune(String code) {
    return jdbc.queryForMap(
        "SELECT c.name, c.province_code, p.name AS province FROM commune c"
            + " JOIN province p ON p.code = c.province_code WHERE c.code = ?",
        code);
  }

  @Test
  void aSheetRenamesCommunesMovesThemAndAgainChangesNothing() throws Exception {
    String outlines = jdbc.queryForObject(OUTLINES, String.class);
    Path file = list("19147").write(dir.resolve("xa.xlsx"));

    assertCounts(importFile(file), 0, 2, 0);
    assertThat(commune("19147"))
        .containsEntry("name", "Xã Thượng Trạch")
        .containsEntry("province_code", "45")
        .containsEntry("province", "Quảng Bình");
    assertThat(commune("18904"))
        .containsEntry("name", "Dân Hóa")
        .containsEntry("province_code", "44");
    assertThat(jdbc.queryForObject(OUTLINES, String.class)).isEqualTo(outlines);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM province", Integer.class)).isEqualTo(2);

    assertCounts(importFile(file), 0, 0, 2);
  }

  @Test
  void aCsvWithProvinceCodesRenamesTheProvinceAsTheCommunesImportDoes() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("xa.csv"),
            "ma_xa,ten_xa,ma_tinh,ten_tinh\n19147,Thượng Trạch,44,Tỉnh Quảng Trị\n");
    assertCounts(importFile(file), 0, 0, 1);
    assertThat(commune("19147")).containsEntry("province", "Tỉnh Quảng Trị");
  }

  @Test
  void anUnknownCodeOrProvinceIsRefusedWithItsRowAndNothingChanges() throws Exception {
    Path file = list("19999").row(3, "18904", "Dân Hoá", "Quảng Nam").write(dir.resolve("xa.xlsx"));
    Map<String, List<String>> before = DomainSnapshot.take(jdbc);
    ImportReport report = importFile(file);
    assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
    assertThat(EnglishProblems.inEnglish(report.problems()))
        .containsExactly(
            problem(
                "xa.xlsx",
                4,
                "Mã xã",
                "no commune has code '19999'; this file only renames communes imported already:"
                    + " correct the code, or import the commune with its boundary first"
                    + " (./outreach import communes FILE)"),
            problem(
                "xa.xlsx",
                6,
                "Tỉnh",
                "no province named 'Quảng Nam' is imported (names are compared without case,"
                    + " diacritics or spaces); correct the name, or give the province's code in a"
                    + " column province_code (Mã tỉnh)"),
            problem("xa.xlsx", 6, "Mã xã", "duplicate code '18904' (also on row 5)"));
    assertThat(DomainSnapshot.take(jdbc)).isEqualTo(before);
    assertRecordedFailure(report);
  }
}
