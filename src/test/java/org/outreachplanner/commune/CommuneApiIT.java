package org.outreachplanner.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.support.ApiClient.ids;
import static org.outreachplanner.support.ApiClient.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.WebTest;

@WebTest
class CommuneApiIT extends BorderCommunesApi {

  @Test
  void communesCarryTheTotalsOfTheirVillages() {
    ApiClient.Response response = api.get("/api/communes");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/geo+json");
    JsonNode all = response.json();

    assertThat(all.path("numberMatched").asInt()).isEqualTo(BorderCommunes.COMMUNES);
    assertThat(all.path("numberReturned").asInt()).isEqualTo(5);
    assertThat(ids(all)).containsExactly("03433", "03439", "03442", "18904", "19147");
    assertThat(link(all, "next")).isNull();
    assertThat(link(all, "self")).isEqualTo(api.base() + "/api/communes?limit=5");

    JsonNode thuLum = all.path("features").get(1).path("properties");
    assertThat(thuLum.path("code").asText()).isEqualTo("03439");
    assertThat(thuLum.path("name").asText()).isEqualTo("Thu Lũm");
    assertThat(thuLum.path("province_code").asText()).isEqualTo("12");
    assertThat(thuLum.path("province_name").asText()).isEqualTo("Lai Châu");
    assertThat(thuLum.path("village_count").asInt()).isEqualTo(3);
    assertThat(thuLum.path("households").asInt()).isEqualTo(330);
    assertThat(thuLum.path("residents").asInt()).isEqualTo(1520);
    assertThat(thuLum.path("eligible").asInt()).isEqualTo(880);
    assertThat(thuLum.path("eid_done").asInt()).isEqualTo(445);
    // 445 / 880 = 50.568 %
    assertThat(thuLum.path("completion_pct").decimalValue()).isEqualByComparingTo("50.6");
    assertThat(thuLum.path("villages_without_figures").asInt()).isZero();
    assertThat(thuLum.size()).isEqualTo(11);

    JsonNode bumTo = all.path("features").get(0).path("properties");
    assertThat(bumTo.path("name").asText()).isEqualTo("Bum Tở");
    assertThat(bumTo.path("village_count").asInt()).isZero();
    assertThat(bumTo.path("households").asInt()).isZero();
    assertThat(bumTo.path("eligible").asInt()).isZero();
    assertThat(bumTo.path("completion_pct").isNull()).isTrue();

    // 271/300, 329/530, 51/266
    assertThat(completion(all, 2)).isEqualByComparingTo("90.3");
    assertThat(completion(all, 3)).isEqualByComparingTo("62.1");
    assertThat(completion(all, 4)).isEqualByComparingTo("19.2");
    assertThat(all.path("features").get(4).path("properties").path("name").asText())
        .isEqualTo("Thượng Trạch");
  }

  @Test
  void villagesWithoutFiguresAreCountedApartNeverAsZero() {
    // Bum Tở has no villages; one without census figures makes its totals unknown, not 0
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) SELECT 'BT-1', '03433',"
            + " 'Bản Bum', c.centre FROM commune c WHERE c.code = '03433'");
    JsonNode bumTo = api.json("/api/communes?commune=03433").path("features").get(0);
    JsonNode p = bumTo.path("properties");
    assertThat(p.path("village_count").asInt()).isEqualTo(1);
    assertThat(p.path("villages_without_figures").asInt()).isEqualTo(1);
    assertThat(p.path("households").isNull()).isTrue();
    assertThat(p.path("eligible").isNull()).isTrue();
    assertThat(p.path("completion_pct").isNull()).isTrue();

    // Thu Lũm: 445 of 880 done over its three villages; a fourth without figures changes nothing
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households) SELECT 'TL-X',"
            + " '03439', 'Bản mới', c.centre, 12 FROM commune c WHERE c.code = '03439'");
    JsonNode thuLum = api.json("/api/communes?commune=03439").path("features").get(0);
    assertThat(thuLum.path("properties").path("villages_without_figures").asInt()).isEqualTo(1);
    assertThat(thuLum.path("properties").path("households").asInt()).isEqualTo(342);
    assertThat(thuLum.path("properties").path("eligible").asInt()).isEqualTo(880);
    assertThat(thuLum.path("properties").path("completion_pct").decimalValue())
        .isEqualByComparingTo("50.6");
  }

  @Test
  void outlinesAreSimplifiedByTheMetresAskedFor() {
    // Thu Lũm's top edge has a 5.6 m bump: gone at the default 20 m, kept at 2 m and at 0
    assertThat(ring("/api/communes?commune=03439"))
        .isEqualTo("[[102.5,22.6],[102.7,22.6],[102.7,22.75],[102.5,22.75],[102.5,22.6]]");
    String unsimplified =
        "[[102.5,22.6],[102.7,22.6],[102.7,22.75],[102.6,22.75005],[102.5,22.75],[102.5,22.6]]";
    assertThat(ring("/api/communes?commune=03439&simplify=2")).isEqualTo(unsimplified);
    assertThat(ring("/api/communes?commune=03439&simplify=0")).isEqualTo(unsimplified);
  }

  @Test
  void coordinatesAreRoundedToSixDecimals() {
    assertThat(ring("/api/communes?commune=03442&simplify=0"))
        .isEqualTo("[[102.3,22.6],[102.451235,22.6],[102.45,22.7],[102.3,22.7],[102.3,22.6]]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-1     | simplify must be a number from 0 to 5000",
        "5001   | simplify must be a number from 0 to 5000",
        "abc    | simplify must be a number from 0 to 5000",
        "NaN    | simplify must be a number from 0 to 5000",
      })
  void invalidSimplifyIs400(String simplify, String reason) {
    api.assertBadRequest("/api/communes?simplify=" + simplify, reason);
  }

  @Test
  void bboxKeepsTheCommunesWhoseOutlineMeetsIt() {
    assertThat(ids(api.json("/api/communes?bbox=102,22,103,23")))
        .containsExactly("03433", "03439", "03442");
    assertThat(ids(api.json("/api/communes?bbox=105.6,17.6,105.7,17.7"))).containsExactly("18904");
    // inside the envelope of the Dân Hóa triangle, but not inside the triangle
    assertThat(ids(api.json("/api/communes?bbox=105.80,17.76,105.84,17.79"))).isEmpty();
  }

  @Test
  void communeFilterKeepsThatCommune() {
    JsonNode one = api.json("/api/communes?commune=19147");
    assertThat(ids(one)).containsExactly("19147");
    assertThat(one.path("features").get(0).path("geometry").path("type").asText())
        .isEqualTo("MultiPolygon");
    assertThat(ids(api.json("/api/communes?commune=19147&bbox=102,22,103,23"))).isEmpty();
  }

  @Test
  void limitPagesAndIsClamped() {
    JsonNode first = api.json("/api/communes?limit=2&simplify=0");
    assertThat(ids(first)).containsExactly("03433", "03439");
    assertThat(first.path("numberMatched").asInt()).isEqualTo(5);
    assertThat(link(first, "next"))
        .isEqualTo(api.base() + "/api/communes?simplify=0.0&limit=2&offset=2");
    assertThat(ids(api.json(link(first, "next")))).containsExactly("03442", "18904");

    JsonNode clamped = api.json("/api/communes?limit=1000");
    assertThat(clamped.path("numberReturned").asInt()).isEqualTo(5);
    assertThat(link(clamped, "self")).isEqualTo(api.base() + "/api/communes?limit=6");
    assertThat(link(clamped, "next")).isNull();
  }

  @Test
  void invalidBboxAndLimitAre400() {
    api.assertBadRequest("/api/communes?bbox=10,50,5,40", "bbox minLon must be less than maxLon");
    api.assertBadRequest(
        "/api/communes?bbox=100,160,101,161", "bbox minLat is outside the latitude range");
    api.assertBadRequest("/api/communes?bbox=NaN,1,2,3", "bbox minLon is not a number");
    api.assertBadRequest("/api/communes?limit=0", "limit must be a whole number of at least 1");
  }

  @Test
  void sqlInTheFiltersIsOnlyAValueOrRefused() {
    JsonNode page = api.json("/api/communes?commune=" + ApiClient.encode("03439' OR '1'='1"));
    assertThat(page.path("numberMatched").asInt()).isZero();
    api.assertBadRequest(
        "/api/communes?bbox=" + ApiClient.encode("1,2,3,4); DELETE FROM commune;--"),
        "bbox maxLat is not a number");
    assertThat(TestTables.count(jdbc, "commune")).isEqualTo(BorderCommunes.COMMUNES);
  }

  private String ring(String path) {
    JsonNode geometry = api.json(path).path("features").get(0).path("geometry");
    assertThat(geometry.path("type").asText()).isEqualTo("MultiPolygon");
    return geometry.path("coordinates").get(0).get(0).toString();
  }

  private static BigDecimal completion(JsonNode collection, int index) {
    return collection
        .path("features")
        .get(index)
        .path("properties")
        .path("completion_pct")
        .decimalValue();
  }
}
