package org.outreachplanner.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.support.ApiClient.link;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.WebTest;

@WebTest
class ProvinceApiIT extends BorderCommunesApi {

  @Test
  void provincesCarryTheTotalsOfTheirVillages() {
    ApiClient.Response response = api.get("/api/provinces");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode listing = response.json();

    assertThat(listing.path("numberMatched").asInt()).isEqualTo(BorderCommunes.PROVINCES);
    assertThat(listing.path("numberReturned").asInt()).isEqualTo(2);
    assertThat(link(listing, "next")).isNull();
    assertThat(listing.path("provinces").toString())
        .isEqualTo(
            "[{\"code\":\"12\",\"name\":\"Lai Châu\",\"commune_count\":3,\"village_count\":4,"
                + "\"villages_without_figures\":0,\"households\":420,\"residents\":1930,\"eligible\":1180,\"eid_done\":716,"
                + "\"completion_pct\":60.7},"
                + "{\"code\":\"45\",\"name\":\"Quảng Trị\",\"commune_count\":2,\"village_count\":4,"
                + "\"villages_without_figures\":0,\"households\":305,\"residents\":1340,\"eligible\":796,\"eid_done\":380,"
                + "\"completion_pct\":47.7}]");
  }

  @Test
  void villagesWithoutFiguresAreCountedApartNeverAsZero() {
    // Lai Châu (12): 420 households, 716 of 1180 done; a village without figures joins them
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) SELECT 'LC-NEW', '03439',"
            + " 'Bản mới', ST_SetSRID(ST_MakePoint(102.6, 22.7), 4326)");
    JsonNode laiChau = api.json("/api/provinces").path("provinces").get(0);
    assertThat(laiChau.path("village_count").asInt()).isEqualTo(5);
    assertThat(laiChau.path("villages_without_figures").asInt()).isEqualTo(1);
    assertThat(laiChau.path("households").asInt()).isEqualTo(420);
    // over the villages with figures only: 716 / 1180 = 60.68 %
    assertThat(laiChau.path("completion_pct").decimalValue()).isEqualByComparingTo("60.7");

    // a province whose only village has no figures: its sums and completion are unknown, not 0
    jdbc.update("INSERT INTO province (code, name) VALUES ('11', 'Điện Biên')");
    jdbc.update(
        "INSERT INTO commune (code, province_code, name, boundary, centre) VALUES ('03100', '11',"
            + " 'Mường Nhé', ST_Multi(ST_MakeEnvelope(102.1, 22.1, 102.2, 22.2, 4326)),"
            + " ST_SetSRID(ST_MakePoint(102.15, 22.15), 4326))");
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) SELECT 'MN-1', '03100',"
            + " 'Bản Mường Nhé', ST_SetSRID(ST_MakePoint(102.15, 22.15), 4326)");
    JsonNode dienBien = api.json("/api/provinces?limit=1").path("provinces").get(0);
    assertThat(dienBien.toString())
        .isEqualTo(
            "{\"code\":\"11\",\"name\":\"Điện Biên\",\"commune_count\":1,\"village_count\":1,"
                + "\"villages_without_figures\":1,\"households\":null,\"residents\":null,"
                + "\"eligible\":null,\"eid_done\":null,\"completion_pct\":null}");
  }

  @Test
  void aProvinceWithoutVillagesHasNoCompletion() {
    jdbc.update("INSERT INTO province (code, name) VALUES ('11', 'Điện Biên')");

    JsonNode first = api.json("/api/provinces?limit=1");

    assertThat(first.path("numberMatched").asInt()).isEqualTo(3);
    assertThat(first.path("provinces").get(0).path("name").asText()).isEqualTo("Điện Biên");
    assertThat(first.path("provinces").get(0).path("commune_count").asInt()).isZero();
    assertThat(first.path("provinces").get(0).path("completion_pct").isNull()).isTrue();
    assertThat(link(first, "next")).isEqualTo(api.base() + "/api/provinces?limit=1&offset=1");
    assertThat(api.json(link(first, "next")).path("provinces").get(0).path("code").asText())
        .isEqualTo("12");
  }

  @Test
  void invalidLimitIs400() {
    api.assertBadRequest("/api/provinces?limit=-3", "limit must be a whole number of at least 1");
    assertThat(api.json("/api/provinces?limit=500").path("numberReturned").asInt()).isEqualTo(2);
  }
}
