package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.TestSheets;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village list imported from a sheet, downloaded again as the completion-by-village XLSX (in
 * English and in Vietnamese) and imported back as census figures: nothing changes, not even a
 * village's {@code updated_at}. The download also reads back with GDAL's {@code ogrinfo} with the
 * figures the listing shows.
 */
@WebTest
class VillageSheetRoundTripIT extends BorderCommunesApi {

  private static final String SHEET = "/api/villages/completion.xlsx";

  /** Every column of every village, its last change included, in code order. */
  private static final String VILLAGES_MD5 =
      "SELECT md5(string_agg(v::text, '|' ORDER BY v.code)) FROM village v";

  @Autowired ImportService service;
  @TempDir Path dir;

  @Test
  void aSheetImportedExportedAndImportedAgainChangesNothing() throws Exception {
    Path list =
        TestSheets.sheet("Danh sách")
            .row("DANH SÁCH THÔN, BẢN XÃ THƯỢNG TRẠCH")
            .row("Mã thôn", "Tên thôn", "Mã xã", "Kinh độ", "Vĩ độ", "Số hộ", "Nhân khẩu")
            .row("T01", "Cà Roòng 2", "19147", 106.25, 17.41, "1.202", 4810)
            .row("T02", "Bản Bloc", "19147", 106.3, 17.42, 30, null)
            .write(dir.resolve("thon.xlsx"));
    assertCounts(importFile(ImportKind.VILLAGES, list), 2, 0, 0);
    String before = jdbc.queryForObject(VILLAGES_MD5, String.class);
    int villages = jdbc.queryForObject("SELECT count(*) FROM village", Integer.class);

    for (String language : List.of("en", "vi")) {
      Path export = dir.resolve("completion-by-village-" + language + ".xlsx");
      Files.write(export, Spreadsheets.download(api.inLanguage(language), SHEET).body());
      assertCounts(importFile(ImportKind.CENSUS, export), 0, 0, villages);
      assertThat(jdbc.queryForObject(VILLAGES_MD5, String.class)).as(language).isEqualTo(before);
    }
    assertCounts(importFile(ImportKind.VILLAGES, list), 0, 0, 2);
    assertThat(jdbc.queryForObject(VILLAGES_MD5, String.class)).isEqualTo(before);
  }

  @Test
  void theDownloadReadsBackWithGdalWithTheListingsFigures() throws Exception {
    Path export = dir.resolve("completion-by-village.xlsx");
    Files.write(export, Spreadsheets.download(api.inLanguage("en"), SHEET).body());
    List<Map<String, String>> features = ogrinfo(export);
    List<JsonNode> listed = new ArrayList<>();
    for (String page = "/api/villages"; page != null; ) {
      JsonNode listing = api.json(page);
      listing.path("features").forEach(listed::add);
      page = ApiClient.link(listing, "next");
    }

    assertThat(features).hasSameSizeAs(listed);
    for (int i = 0; i < listed.size(); i++) {
      JsonNode p = listed.get(i).path("properties");
      Map<String, String> f = features.get(i);
      assertThat(f.get("Code")).isEqualTo(p.path("code").asText());
      assertThat(f.get("Commune")).isEqualTo(p.path("commune_name").asText());
      assertThat(figure(f.get("Households"))).isEqualTo(figure(p.path("households")));
      assertThat(figure(f.get("Residents"))).isEqualTo(figure(p.path("residents")));
      assertThat(figure(f.get("Eligible (aged 14+)"))).isEqualTo(figure(p.path("eligible")));
      assertThat(figure(f.get("Level-2 e-ID done"))).isEqualTo(figure(p.path("eid_done")));
      Double share = figure(f.get("Completion"));
      Double pct = figure(p.path("completion_pct"));
      if (pct == null) {
        assertThat(share).as(p.path("code").asText()).isNull();
      } else {
        assertThat(share * 100).as(p.path("code").asText()).isCloseTo(pct, within());
      }
    }
  }

  private ImportReport importFile(ImportKind kind, Path file) {
    return service.importFile(kind, file, ImportOptions.defaults(file.getFileName().toString()));
  }

  private static void assertCounts(ImportReport report, int inserted, int updated, int unchanged) {
    assertThat(report.problems()).isEmpty();
    assertThat(report.status()).isEqualTo(ImportReport.Status.SUCCEEDED);
    assertThat(List.of(report.inserted(), report.updated(), report.unchanged()))
        .as("inserted, updated, unchanged")
        .containsExactly(inserted, updated, unchanged);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static Double figure(JsonNode value) {
    return value.isNull() || value.isMissingNode() ? null : value.asDouble();
  }

  /**
   * A value as ogrinfo prints it, or null for a field it prints as {@code (null)} or leaves out.
   */
  private static Double figure(String text) {
    return text == null || text.equals("(null)") ? null : Double.valueOf(text);
  }

  private static final Pattern FIELD =
      Pattern.compile("^  (.+) \\(([A-Za-z0-9]+)(\\(.*\\))?\\) = (.*)$");

  /** Each feature of the file's first layer as ogrinfo prints it: field name → value. */
  private static List<Map<String, String>> ogrinfo(Path file)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("ogrinfo", "-ro", "-al", "-oo", "HEADERS=FORCE", file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(Waits.DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<Map<String, String>> features = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("OGRFeature(")) {
        features.add(new HashMap<>());
        continue;
      }
      Matcher m = FIELD.matcher(line);
      if (m.matches() && !features.isEmpty()) {
        features.get(features.size() - 1).put(m.group(1), m.group(4));
      }
    }
    return features;
  }
}
