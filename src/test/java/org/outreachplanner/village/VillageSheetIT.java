package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.Spreadsheets;
import org.outreachplanner.support.WebTest;

/**
 * e-ID completion by village as XLSX: the figures of /api/villages, typed, in code order; a village
 * without census figures has empty cells, never 0; headers in English or Vietnamese.
 */
@WebTest
class VillageSheetIT extends BorderCommunesApi {

  private static final String SHEET = "/api/villages/completion.xlsx";

  @Test
  void theSheetHasTheListingsFiguresWithUnknownsEmpty() {
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) VALUES ('V100', '03439',"
            + " 'Bản chưa đếm', ST_SetSRID(ST_MakePoint(102.6, 22.7), 4326))");
    List<JsonNode> features = new ArrayList<>();
    for (String page = "/api/villages"; page != null; ) {
      JsonNode listing = api.json(page);
      listing.path("features").forEach(features::add);
      page = ApiClient.link(listing, "next");
    }
    Spreadsheets.Table sheet = Spreadsheets.read(api.inLanguage("en"), SHEET);

    assertThat(sheet.name()).isEqualTo("Completion by village");
    assertThat(sheet.dataRows()).isEqualTo(features.size());
    for (int r = 0; r < features.size(); r++) {
      JsonNode p = features.get(r).path("properties");
      assertThat(sheet.cell(r, "Code").getStringCellValue()).isEqualTo(p.path("code").asText());
      assertThat(sheet.cell(r, "Commune").getStringCellValue())
          .isEqualTo(p.path("commune_name").asText());
      for (String[] figure :
          new String[][] {
            {"households", "Households"},
            {"residents", "Residents"},
            {"eligible", "Eligible (aged 14+)"},
            {"eid_done", "Level-2 e-ID done"},
          }) {
        JsonNode value = p.path(figure[0]);
        if (value.isNull()) {
          assertThat(sheet.empty(r, figure[1])).as(figure[1] + " of row " + r).isTrue();
        } else {
          assertThat(sheet.number(r, figure[1])).isEqualTo(value.asDouble());
        }
      }
      assertThat(sheet.empty(r, "Completion")).isEqualTo(p.path("completion_pct").isNull());
    }
    int unknown = sheet.dataRows() - 1;
    assertThat(sheet.cell(unknown, "Code").getStringCellValue()).isEqualTo("V100");
    assertThat(sheet.empty(unknown, "Households")).isTrue();
    assertThat(sheet.shown(0, "Completion")).endsWith("%");

    Spreadsheets.Table vi = Spreadsheets.read(api.inLanguage("vi"), SHEET);
    assertThat(vi.headers()).contains("Mã", "Tên", "Xã", "Số hộ", "Tỷ lệ hoàn thành");
  }
}
