package org.outreachplanner.commune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.GdalSheets;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;

/**
 * e-ID completion by commune as XLSX: the figures of /api/communes, typed, one row per commune in
 * code order, unknown figures as empty cells, headers in English or Vietnamese.
 */
@WebTest
class CommuneSheetIT extends BorderCommunesApi {

  private static final String SHEET = "/api/communes/completion.xlsx";

  @Test
  void theSheetHasTheListingsFiguresWithUnknownsEmpty() {
    // Bum Tở gets one village without census figures: its totals are unknown, not 0
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) SELECT 'BT-1', '03433',"
            + " 'Bản Bum', c.centre FROM commune c WHERE c.code = '03433'");
    JsonNode features = api.json("/api/communes").path("features");
    Spreadsheets.Table sheet = Spreadsheets.read(api.inLanguage("en"), SHEET);

    assertThat(sheet.name()).isEqualTo("Completion by commune");
    assertThat(sheet.headers())
        .startsWith("Code", "Name", "Province")
        .contains("Households", "Level-2 e-ID done", "Completion");
    assertThat(sheet.dataRows()).isEqualTo(features.size());
    // GIS users open it with GDAL: the same rows and figures
    GdalSheets.assertSameFigures(
        Spreadsheets.download(api.inLanguage("en"), SHEET).body(),
        sheet,
        "Households",
        "Residents",
        "Level-2 e-ID done");
    for (int r = 0; r < features.size(); r++) {
      JsonNode p = features.get(r).path("properties");
      assertThat(sheet.cell(r, "Code").getStringCellValue()).isEqualTo(p.path("code").asText());
      assertThat(sheet.cell(r, "Name").getStringCellValue()).isEqualTo(p.path("name").asText());
      assertFigure(sheet, r, "Villages", p.path("village_count"));
      assertFigure(sheet, r, "Households", p.path("households"));
      assertFigure(sheet, r, "Residents", p.path("residents"));
      assertFigure(sheet, r, "Eligible (aged 14+)", p.path("eligible"));
      assertFigure(sheet, r, "Level-2 e-ID done", p.path("eid_done"));
      if (p.path("completion_pct").isNull()) {
        assertThat(sheet.empty(r, "Completion")).isTrue();
      } else {
        assertThat(sheet.number(r, "Completion") * 100)
            .isCloseTo(
                p.path("completion_pct").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
    // Thu Lũm: 445 / 880, shown as a percentage
    assertThat(sheet.cell(1, "Name").getStringCellValue()).isEqualTo("Thu Lũm");
    assertThat(sheet.number(1, "Households")).isEqualTo(330);
    assertThat(sheet.shown(1, "Completion")).isEqualTo("50.6%");
    // Bum Tở
    for (String figure : List.of("Households", "Eligible (aged 14+)", "Completion")) {
      assertThat(sheet.empty(0, figure)).as(figure).isTrue();
    }
  }

  @Test
  void headersAreInVietnameseAndAPartnerMayNotDownload() {
    Spreadsheets.Table vi = Spreadsheets.read(api.inLanguage("vi"), SHEET);
    assertThat(vi.name()).isEqualTo("Tỷ lệ theo xã");
    assertThat(vi.headers()).contains("Tên", "Tỉnh", "Số hộ", "Tỷ lệ hoàn thành");
    assertThat(Spreadsheets.download(ApiClient.as(port, TestUsers.PARTNER), SHEET).status())
        .isEqualTo(403);
  }

  private static void assertFigure(
      Spreadsheets.Table sheet, int row, String header, JsonNode value) {
    if (value.isNull()) {
      assertThat(sheet.empty(row, header)).as(header + " of row " + row).isTrue();
    } else {
      assertThat(sheet.number(row, header))
          .as(header + " of row " + row)
          .isEqualTo(value.asDouble());
    }
  }
}
