package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers as people write them: case, diacritics, spaces and punctuation do not matter. */
class ColumnAliasesTest {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.of(
              "households", List.of("so_ho", "Tổng số hộ"),
              "eid_done", List.of("Đã kích hoạt mức 2")));

  @TempDir Path dir;

  @Test
  void oneColumnHowever_written() {
    for (String header :
        List.of(
            "Số hộ",
            "SO HO",
            "so_ho",
            "số-hộ",
            "Số hộ.",
            " Số  hộ ",
            "(so ho)",
            "So\u0301 ho\u0323")) {
      assertThat(COLUMNS.canonical(header)).as(header).isEqualTo("households");
    }
    assertThat(COLUMNS.canonical("TỔNG SỐ HỘ")).isEqualTo("households");
    assertThat(COLUMNS.canonical("Đã kích hoạt (mức 2)")).isEqualTo("eid_done");
    assertThat(COLUMNS.canonical("da_kich_hoat_muc_2")).isEqualTo("eid_done");
    assertThat(COLUMNS.canonical("Số hộ nghèo")).isNull();
  }

  @Test
  void keyKeepsLettersAndDigitsOnly() {
    assertThat(ColumnAliases.key("Đã kích hoạt mức 2 (người)")).isEqualTo("dakichhoatmuc2nguoi");
    assertThat(ColumnAliases.key("đ/Đ")).isEqualTo("dd");
  }

  @Test
  void aliasesOfTwoColumnsThatReadAlikeAreRefused() {
    assertThatThrownBy(
            () ->
                ColumnAliases.of(Map.of("households", List.of("Số hộ"), "homes", List.of("so-ho"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("households")
        .hasMessageContaining("homes");
  }

  @Test
  void everyKindsAliasesAreDistinct() throws ClassNotFoundException {
    for (String importer :
        List.of(
            "village.VillageImporter",
            "village.CensusImporter",
            "team.TeamImporter",
            "commune.CommuneImporter",
            "survey.SurveyImporter",
            "network.RoadImporter",
            "network.ClosureImporter",
            "traveltime.MatrixCsvImporter")) {
      Class.forName("org.outreachplanner." + importer); // builds its aliases, or throws
    }
  }

  @Test
  void twoHeadersThatReadAsOneColumnAreRefusedNamingBoth() throws IOException {
    Path file = dir.resolve("villages.csv");
    Files.writeString(file, "lon,lat,Số hộ,SO HO\n106,16,1,2\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> open(file, Map.of()))
        .isInstanceOf(ImportRejectedException.class)
        .satisfies(e -> assertThat(english(e)).contains("'Số hộ'", "'SO HO'"));
  }

  @Test
  void aMappingToAHeaderWrittenTwiceIsRefusedNamingBoth() throws IOException {
    Path file = dir.resolve("villages.csv");
    Files.writeString(file, "lon,lat,Số hộ,SO HO\n106,16,1,2\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> open(file, Map.of("households", "so_ho")))
        .isInstanceOf(ImportRejectedException.class)
        .satisfies(e -> assertThat(english(e)).contains("'Số hộ'", "'SO HO'"));
  }

  private static String english(Throwable e) {
    return ((ImportRejectedException) e).text().english();
  }

  private CsvFeatureSource open(Path file, Map<String, String> mapping) {
    ImportOptions options =
        new ImportOptions(null, null, null, null, false, Map.of(), mapping, null);
    return CsvFeatureSource.open(file, file.getFileName().toString(), COLUMNS, options, null, true);
  }
}
