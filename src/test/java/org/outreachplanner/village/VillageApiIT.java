package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.support.ApiClient.ids;
import static org.outreachplanner.support.ApiClient.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.WebTest;

@WebTest
class VillageApiIT extends BorderCommunesApi {

  @Test
  void oneVillageHasEveryPropertyAndRoundedCoordinates() {
    ApiClient.Response response = api.get("/api/villages/V001");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/geo+json");
    JsonNode feature = response.json();
    assertThat(feature.path("type").asText()).isEqualTo("Feature");
    assertThat(feature.path("id").asText()).isEqualTo("V001");
    assertThat(feature.path("geometry").toString())
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[102.612346,22.654321]}");
    JsonNode p = feature.path("properties");
    assertThat(p.path("code").asText()).isEqualTo("V001");
    assertThat(p.path("name").asText()).isEqualTo("Bản Ka Lăng");
    assertThat(p.path("commune_code").asText()).isEqualTo("03439");
    assertThat(p.path("commune_name").asText()).isEqualTo("Thu Lũm");
    assertThat(p.path("households").asInt()).isEqualTo(120);
    assertThat(p.path("residents").asInt()).isEqualTo(540);
    assertThat(p.path("eligible").asInt()).isEqualTo(380);
    assertThat(p.path("eid_done").asInt()).isEqualTo(95);
    assertThat(p.path("completion_pct").decimalValue()).isEqualByComparingTo("25.0");
    assertThat(p.path("grid_power").asText()).isEqualTo("yes");
    assertThat(p.path("ethnic_groups").toString()).isEqualTo("[\"Hà Nhì\",\"Mông\"]");
    // no published visit and no recorded one
    assertThat(p.path("last_visit").isNull()).isTrue();
    assertThat(p.path("next_visit").isNull()).isTrue();
    assertThat(p.path("figures_known").asBoolean()).isTrue();
    // no activation reported since its import (docs/progress.md)
    assertThat(p.path("eid_reported_since").isNull()).isTrue();
    assertThat(p.size()).isEqualTo(15);
  }

  @Test
  void aVillageWithoutCensusFiguresHasThemUnknownNeverZero() {
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) VALUES ('V100', '03439',"
            + " 'Bản chưa đếm', ST_SetSRID(ST_MakePoint(102.6, 22.7), 4326))");
    JsonNode p = api.json("/api/villages/V100").path("properties");
    for (String figure : new String[] {"households", "residents", "eligible", "eid_done"}) {
      assertThat(p.path(figure).isNull()).as(figure).isTrue();
    }
    assertThat(p.path("completion_pct").isNull()).isTrue();
    assertThat(p.path("figures_known").asBoolean()).isFalse();
  }

  @Test
  void clientsAskingForJsonGetGeoJson() {
    for (String path : new String[] {"/api/villages", "/api/villages/V001"}) {
      ApiClient.Response response = api.get(path, "application/json");
      assertThat(response.status()).as(path).isEqualTo(200);
      assertThat(response.contentType()).as(path).isEqualTo("application/geo+json");
    }
  }

  @Test
  void unknownVillageIs404() {
    assertThat(api.get("/api/villages/V999").status()).isEqualTo(404);
    assertThat(api.get("/api/villages/" + ApiClient.encode("V001' OR '1'='1")).status())
        .isEqualTo(404);
  }

  @Test
  void completionIsRoundedToOneDecimalAndNullWithoutEligibleResidents() {
    Map<String, JsonNode> completion = new LinkedHashMap<>();
    for (JsonNode f : allFeatures("/api/villages")) {
      completion.put(f.path("id").asText(), f.path("properties").path("completion_pct"));
    }

    assertThat(completion).hasSize(BorderCommunes.VILLAGES);
    // 95/380, 350/500, 0 eligible, 271/300, 50/250, 1/16 = 6.25, 129/330, 200/200
    assertThat(completion.get("V001").decimalValue()).isEqualByComparingTo("25.0");
    assertThat(completion.get("V002").decimalValue()).isEqualByComparingTo("70.0");
    assertThat(completion.get("V003").isNull()).isTrue();
    assertThat(completion.get("V004").decimalValue()).isEqualByComparingTo("90.3");
    assertThat(completion.get("V005").decimalValue()).isEqualByComparingTo("20.0");
    assertThat(completion.get("V006").decimalValue()).isEqualByComparingTo("6.3");
    assertThat(completion.get("V007").decimalValue()).isEqualByComparingTo("39.1");
    assertThat(completion.get("V008").decimalValue()).isEqualByComparingTo("100.0");
  }

  @Test
  void listingIsPagedByTheDefaultLimitWithANextLink() {
    JsonNode first = api.json("/api/villages");

    assertThat(first.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(first.path("numberMatched").asInt()).isEqualTo(8);
    assertThat(first.path("numberReturned").asInt()).isEqualTo(5);
    assertThat(ids(first)).containsExactly("V001", "V002", "V003", "V004", "V005");
    assertThat(link(first, "self")).isEqualTo(api.base() + "/api/villages?limit=5");
    assertThat(link(first, "next")).isEqualTo(api.base() + "/api/villages?limit=5&offset=5");

    JsonNode second = api.json(link(first, "next"));
    assertThat(second.path("numberMatched").asInt()).isEqualTo(8);
    assertThat(second.path("numberReturned").asInt()).isEqualTo(3);
    assertThat(ids(second)).containsExactly("V006", "V007", "V008");
    assertThat(link(second, "next")).isNull();
  }

  @Test
  void limitAboveTheMaximumIsReducedToIt() {
    JsonNode page = api.json("/api/villages?limit=100000000");

    assertThat(page.path("numberReturned").asInt()).isEqualTo(6);
    assertThat(link(page, "next")).isEqualTo(api.base() + "/api/villages?limit=6&offset=6");
    assertThat(
            api.json("/api/villages?limit=99999999999999999999999").path("numberReturned").asInt())
        .isEqualTo(6);
  }

  @Test
  void offsetSkipsAndAnOffsetPastTheEndIsEmpty() {
    JsonNode last = api.json("/api/villages?limit=2&offset=7");
    assertThat(ids(last)).containsExactly("V008");
    assertThat(last.path("numberMatched").asInt()).isEqualTo(8);
    assertThat(link(last, "next")).isNull();

    JsonNode beyond = api.json("/api/villages?offset=100");
    assertThat(beyond.path("numberMatched").asInt()).isEqualTo(8);
    assertThat(beyond.path("numberReturned").asInt()).isZero();
    assertThat(beyond.path("features").isArray()).isTrue();
    assertThat(beyond.path("features").size()).isZero();
  }

  @Test
  void bboxKeepsTheVillagesInsideItEdgesIncluded() {
    assertThat(ids(api.json("/api/villages?bbox=102,22,103,23")))
        .containsExactly("V001", "V002", "V003", "V004");
    assertThat(ids(api.json("/api/villages?bbox=105.5,17.5,106,18")))
        .containsExactly("V007", "V008");
    // V002 lies exactly on the box's lower-left corner
    assertThat(ids(api.json("/api/villages?bbox=102.65,22.7,103,23"))).containsExactly("V002");
    assertThat(ids(api.json("/api/villages?bbox=0,0,1,1"))).isEmpty();
  }

  @Test
  void nextLinkKeepsTheFilters() {
    JsonNode first = api.json("/api/villages?bbox=102,17,107,23");
    assertThat(first.path("numberMatched").asInt()).isEqualTo(8);
    assertThat(link(first, "next"))
        .isEqualTo(api.base() + "/api/villages?bbox=102.0,17.0,107.0,23.0&limit=5&offset=5");
    assertThat(ids(api.json(link(first, "next")))).containsExactly("V006", "V007", "V008");
  }

  @Test
  void communeFilterKeepsItsVillages() {
    JsonNode thuLum = api.json("/api/villages?commune=03439");
    assertThat(ids(thuLum)).containsExactly("V001", "V002", "V003");
    assertThat(thuLum.path("numberMatched").asInt()).isEqualTo(3);
    for (JsonNode f : thuLum.path("features")) {
      assertThat(f.path("properties").path("commune_name").asText()).isEqualTo("Thu Lũm");
    }
    assertThat(ids(api.json("/api/villages?commune=03439&bbox=102.6,22.6,102.7,22.8")))
        .containsExactly("V001", "V002");
    assertThat(ids(api.json("/api/villages?commune=99999"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "10,50,5,40            | bbox minLon must be less than maxLon",
        "102,23,103,22         | bbox minLat must be less than maxLat",
        "102,22,102,23         | bbox minLon must be less than maxLon",
        "100,160,101,161       | bbox minLat is outside the latitude range -90 to 90",
        "100,10,101,160        | bbox maxLat is outside the latitude range -90 to 90",
        "-181,0,0,1            | bbox minLon is outside the longitude range -180 to 180",
        "1e308,1,2,3           | bbox minLon is outside the longitude range -180 to 180",
        "1e309,1,2,3           | bbox minLon is not a finite number",
        "NaN,1,2,3             | bbox minLon is not a number",
        "1,Infinity,2,3        | bbox minLat is not a number",
        "0x10,1,2,3            | bbox minLon is not a number",
        "1,2,3d,4              | bbox maxLon is not a number",
        "1,2,3                 | bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got 3",
        "1,2,3,4,5             | bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got 5",
        "1,2,3,4,5,6,7         | bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got 7",
        "text                  | bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got 1",
        "a,b,c,d               | bbox minLon is not a number",
        "'1,2,,4'              | bbox maxLon is not a number",
      })
  void invalidBboxIs400WithTheReason(String bbox, String reason) {
    api.assertBadRequest("/api/villages?bbox=" + ApiClient.encode(bbox), reason);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "limit=0         | limit must be a whole number of at least 1",
        "limit=-1        | limit must be a whole number of at least 1",
        "limit=abc       | limit must be a whole number of at least 1",
        "limit=1.5       | limit must be a whole number of at least 1",
        "limit=1e3       | limit must be a whole number of at least 1",
        "limit=          | limit must be a whole number of at least 1",
        "offset=-1       | offset must be a whole number of at least 0",
        "offset=x        | offset must be a whole number of at least 0",
        "offset=99999999999 | offset must be at most 1000000000",
      })
  void invalidLimitOrOffsetIs400WithTheReason(String query, String reason) {
    api.assertBadRequest("/api/villages?" + query, reason);
  }

  @Test
  void sqlInTheCommuneIsOnlyAValue() {
    for (String attempt :
        List.of(
            "03439' OR '1'='1",
            "03439'; DROP TABLE village;--",
            "' UNION SELECT code FROM province --",
            "x' || pg_sleep(5) || '",
            "03439’ OR ’1’=’1")) {
      JsonNode page = api.json("/api/villages?commune=" + ApiClient.encode(attempt));
      assertThat(page.path("numberMatched").asInt()).as(attempt).isZero();
    }
    api.assertBadRequest(
        "/api/villages?commune=03439%00", "'commune' must not contain a NUL character");
    api.assertBadRequest(
        "/api/villages?commune=" + "9".repeat(65), "commune must be a code of at most 64");
    assertThat(TestTables.count(jdbc, "village")).isEqualTo(BorderCommunes.VILLAGES);
  }

  @Test
  void sqlInTheBboxIs400() {
    api.assertBadRequest(
        "/api/villages?bbox=" + ApiClient.encode("102,22,103,23); DROP TABLE village;--"),
        "bbox maxLat is not a number");
    api.assertBadRequest(
        "/api/villages?bbox=" + ApiClient.encode("102,22,103,(SELECT 23)"),
        "bbox maxLat is not a number");
    assertThat(TestTables.count(jdbc, "village")).isEqualTo(BorderCommunes.VILLAGES);
  }

  private List<JsonNode> allFeatures(String path) {
    List<JsonNode> features = new ArrayList<>();
    String next = path;
    while (next != null) {
      JsonNode page = api.json(next);
      page.path("features").forEach(features::add);
      next = link(page, "next");
    }
    return features;
  }
}
