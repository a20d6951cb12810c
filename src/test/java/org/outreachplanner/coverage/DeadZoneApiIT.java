package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dead-zone report over HTTP on the hand-checkable {@link CoverageFixture}, with a sixth
 * village V6 in cell D (5 households, 20 residents, 10 aged 14+, 4 with e-ID), so that zone 1 has
 * three villages and 155 households (its e-ID count is shown) and zone 2 one village with 10
 * households (its e-ID count is suppressed).
 */
@WebTest
class DeadZoneApiIT {

  /** Every partner output that is text (the GeoPackage is read with ogrinfo). */
  private static final List<String> PARTNER_TEXT_OUTPUTS =
      List.of(
          "/api/dead-zones",
          "/api/dead-zones/report",
          "/api/dead-zones/report.geojson",
          "/api/dead-zones/report.csv",
          "/api/dead-zones/report.kml");

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void load() {
    CoverageFixture fixture = new CoverageFixture(jdbc);
    fixture.load();
    fixture.village("V6", 6, 0, 5, 20, 10, 4, "no");
    CoverageFixture.service(dataSource, false).recompute(true, null);
    api = ApiClient.as(port, TestUsers.PLANNER);
  }

  @Test
  void zonesAreRankedByHouseholdsWithAggregatesOnly() {
    ApiClient.Response response = api.get("/api/dead-zones");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/geo+json");
    JsonNode all = response.json();
    assertThat(ApiClient.ids(all)).containsExactly("1", "2");

    JsonNode z1 = all.path("features").get(0).path("properties");
    assertThat(z1.path("rank").asInt()).isEqualTo(1);
    assertThat(z1.path("households").asInt()).isEqualTo(155);
    assertThat(z1.path("residents").asInt()).isEqualTo(620);
    // (300 - 100) + (150 - 150) + (10 - 4)
    assertThat(z1.path("eid_missing").asInt()).isEqualTo(206);
    assertThat(z1.path("eid_suppressed").asBoolean()).isFalse();
    assertThat(z1.path("village_count").asInt()).isEqualTo(3);
    assertThat(z1.path("village_names").asText()).isEqualTo("Bản V1; Bản V2; Bản V6");
    assertThat(z1.path("area_km2").decimalValue())
        .isEqualByComparingTo(
            new java.math.BigDecimal(2 * CoverageFixture.HEX_KM2)
                .setScale(3, java.math.RoundingMode.HALF_UP));
    assertThat(z1.path("nearest_usable_m").asInt()).isEqualTo(1500);
    assertThat(z1.path("estimated_share").asDouble()).isEqualTo(0.0);
    assertThat(all.path("metadata").path("operators").toString())
        .isEqualTo("[\"MobiFone\",\"VNPT\",\"Viettel\"]");
    JsonNode full = api.json("/api/dead-zones/report.geojson").path("features").get(0);
    assertThat(full.path("properties").path("operators_absent").asText())
        .isEqualTo("MobiFone, VNPT, Viettel");
    assertThat(full.path("properties").path("measured_share").asDouble()).isEqualTo(1.0);
    Set<String> keys = new TreeSet<>();
    z1.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).isEqualTo(new TreeSet<>(DeadZoneReport.MAP_COLUMNS));

    JsonNode z2 = all.path("features").get(1).path("properties");
    // on the planners' own map a small zone keeps its households, never its e-ID count
    assertThat(z2.path("households").asInt()).isEqualTo(10);
    assertThat(z2.path("eid_missing").isNull()).as("one village, 10 households").isTrue();
    // shared as the report (the partners' page), its households would be that village's: withheld
    JsonNode shared =
        api.json("/api/dead-zones?shared=true").path("features").get(1).path("properties");
    for (String column : List.of("households", "residents", "eid_missing")) {
      assertThat(shared.path(column).isNull()).as(column).isTrue();
    }
    assertThat(z2.path("eid_suppressed").asBoolean()).isTrue();

    JsonNode metadata = all.path("metadata");
    assertThat(metadata.path("privacy").path("min_villages").asInt()).isEqualTo(3);
    assertThat(metadata.path("privacy").path("min_households").asInt()).isEqualTo(30);
    assertThat(metadata.path("survey_points").asInt()).isEqualTo(13);
  }

  @Test
  void aTelecomPartnerGetsZoneAggregatesOnly() {
    ApiClient partner = ApiClient.as(port, TestUsers.PARTNER);
    for (String path : PARTNER_TEXT_OUTPUTS) {
      ApiClient.Response response = partner.get(path);
      assertThat(response.status()).as(path).isEqualTo(200);
      // no per-village or per-person figure: no e-ID done, eligible, completion, ethnic group,
      // team or village code in any field name or column
      assertThat(response.body().toLowerCase(java.util.Locale.ROOT))
          .as(path)
          .doesNotContain("eid_done", "eligible", "completion", "ethnic", "team", "village_code");
      // the one-village zone (V4: 10 households, 30 aged 14+, none done) keeps its e-ID count
      assertThat(response.body()).as(path).doesNotContain("\"eid_missing\":30", ",10,40,30,");
    }
    assertThat(partner.get("/api/coverage/villages").status()).isEqualTo(403);
    assertThat(partner.get("/api/villages").status()).isEqualTo(403);
  }

  @Test
  void aPartnerGetsNoCountNorNameOfAZoneBelowTheThresholdsInAnyFormat() throws Exception {
    ApiClient partner = ApiClient.as(port, TestUsers.PARTNER);
    // zone 2 is one village (V4: 10 households, 40 residents, 30 aged 14+, none done), below both
    // thresholds; zone 1 (3 villages, 155 households) keeps its counts
    for (String path : List.of("/api/dead-zones", "/api/dead-zones/report.geojson")) {
      JsonNode features = partner.json(path).path("features");
      assertThat(ApiClient.ids(partner.json(path))).as(path).containsExactly("1", "2");
      assertThat(features.get(0).path("properties").path("households").asInt()).isEqualTo(155);
      assertHidden(path, features.get(1).path("properties"));
    }
    JsonNode zones = partner.json("/api/dead-zones/report").path("zones");
    assertThat(zones.get(0).path("residents").asInt()).isEqualTo(620);
    assertHidden("report", zones.get(1));

    List<String> csv =
        partner.get("/api/dead-zones/report.csv?header=codes").body().lines().toList();
    assertThat(csv.get(1)).startsWith("1,1,0.325,3,Bản V1; Bản V2; Bản V6,155,620,206,false,");
    assertThat(csv.get(2)).startsWith("2,2,0.162,1,,,,,true,");

    Document kml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    partner
                        .get("/api/dead-zones/report.kml")
                        .body()
                        .getBytes(StandardCharsets.UTF_8)));
    Element small = (Element) kml.getElementsByTagName("Placemark").item(1);
    for (String column : List.of("households", "residents", "eid_missing", "village_names")) {
      assertThat(data(small, column)).as(column).isEmpty();
    }

    // a sort by a suppressed count cannot rank the small zone: it comes last
    assertThat(ApiClient.ids(partner.json("/api/dead-zones?sort=residents")))
        .containsExactly("1", "2");
    for (String path : PARTNER_TEXT_OUTPUTS) {
      assertThat(partner.get(path).body()).as(path).doesNotContain("Bản V4");
    }
    // a planner still sees the small zone's village name, but none of its counts
    JsonNode planners = api.json("/api/dead-zones/report").path("zones").get(1);
    assertThat(planners.path("village_names").asText()).isEqualTo("Bản V4");
    for (String column : List.of("households", "residents", "eid_missing")) {
      assertThat(planners.path(column).isNull()).as(column).isTrue();
    }
    assertThat(api.get("/api/dead-zones/report.csv?header=codes").body().lines().toList().get(2))
        .startsWith("2,2,0.162,1,Bản V4,,,,true,");
  }

  private static void assertHidden(String where, JsonNode zone) {
    for (String column : List.of("households", "residents", "eid_missing", "village_names")) {
      assertThat(zone.path(column).isNull()).as(where + " " + column).isTrue();
    }
    assertThat(zone.path("eid_suppressed").asBoolean()).as(where).isTrue();
  }

  @Test
  void otherSortKeysRankOtherwiseAndAnUnknownKeyIsRefused() {
    // zone 2 is 7 columns from usable signal, zone 1 four
    assertThat(ApiClient.ids(api.json("/api/dead-zones?sort=distance"))).containsExactly("2", "1");
    // a suppressed count sorts last
    assertThat(ApiClient.ids(api.json("/api/dead-zones?sort=eid_missing")))
        .containsExactly("1", "2");
    api.assertBadRequest("/api/dead-zones?sort=name", "sort must be one of");
    api.assertBadRequest("/api/dead-zones?simplify=-1", "simplify must be 0 to 5000 metres");
    api.assertBadRequest("/api/dead-zones?bbox=1,2,3", "bbox must be 4 numbers");
  }

  @Test
  void csvHasOneRowPerZoneAndLeavesSuppressedCountsEmpty() {
    ApiClient.Response csv = api.get("/api/dead-zones/report.csv?header=codes");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(String.join(",", DeadZoneReport.COLUMNS));
    assertThat(lines.get(1)).startsWith("1,1,0.325,3,Bản V1; Bản V2; Bản V6,155,620,206,false,");
    assertThat(lines.get(2)).startsWith("2,2,0.162,1,Bản V4,,,,true,");
    api.assertBadRequest(
        "/api/dead-zones/report.csv?header=names", "header must be titles or codes");
  }

  @Test
  void csvColumnTitlesAreInTheReadersLanguage() {
    List<String> english = api.get("/api/dead-zones/report.csv").body().lines().toList();
    List<String> vietnamese =
        api.inLanguage("vi").get("/api/dead-zones/report.csv").body().lines().toList();

    // a byte order mark first, so that spreadsheet programs read the names as UTF-8
    assertThat(english.get(0)).startsWith("\uFEFFRank,Zone,Area (km²),Villages,Village names,");
    assertThat(vietnamese.get(0))
        .startsWith("\uFEFFThứ hạng,Vùng,Diện tích (km²),Số thôn/bản,Tên thôn/bản,Số hộ,");
    // the values are the same in both languages
    assertThat(vietnamese.subList(1, 3)).isEqualTo(english.subList(1, 3));
    assertThat(english.get(1)).startsWith("1,1,0.325,3,Bản V1; Bản V2; Bản V6,155,620,206,false,");
  }

  @Test
  void kmlIsWellFormedWithOnePlacemarkPerZone() throws Exception {
    ApiClient.Response kml = api.get("/api/dead-zones/report.kml");
    assertThat(kml.status()).isEqualTo(200);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(kml.body().getBytes(StandardCharsets.UTF_8)));
    NodeList placemarks = doc.getElementsByTagName("Placemark");
    assertThat(placemarks.getLength()).isEqualTo(2);
    Element first = (Element) placemarks.item(0);
    assertThat(first.getElementsByTagName("name").item(0).getTextContent())
        .isEqualTo("Dead zone 1");
    assertThat(first.getElementsByTagName("Polygon").getLength()).isEqualTo(1);
    assertThat(data(first, "households")).isEqualTo("155");
    assertThat(data((Element) placemarks.item(1), "eid_missing")).isEmpty();
    assertThat(doc.getElementsByTagName("displayName").item(0).getTextContent()).isEqualTo("Rank");

    String vietnamese = api.inLanguage("vi").get("/api/dead-zones/report.kml").body();
    assertThat(vietnamese)
        .contains("<name>Vùng lõm sóng</name>", "<name>Vùng lõm sóng 1</name>")
        .contains("<Data name=\"households\"><displayName>Số hộ</displayName><value>155</value>");
  }

  @Test
  void geoPackageOpensWithOgrinfo(@TempDir Path dir) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api.base() + "/api/dead-zones/report.gpkg"))
                    .header("Authorization", TestUsers.PARTNER.basicAuthorization())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    Path file = dir.resolve("dead-zones.gpkg");
    Files.write(file, response.body());

    String info = run("ogrinfo", "-ro", "-al", file.toString());
    assertThat(info).contains("Layer name: dead_zones", "Feature Count: 2");
    assertThat(info).contains("households (Integer) = 155", "eid_missing (Integer) = 206");
    assertThat(info).contains("eid_missing (Integer) = (null)");
    // the partner's file: the one-village zone has neither counts nor a name
    assertThat(info).contains("households (Integer) = (null)", "residents (Integer) = (null)");
    assertThat(info)
        .doesNotContain("Bản V4", "households (Integer) = 10\n", "residents (Integer) = 40\n");
    assertThat(info).contains("Geometry: Multi Polygon", "MULTIPOLYGON (((");
    assertThat(info).doesNotContain("eligible", "eid_done");
  }

  @Test
  void cellsAndVillagesCarryTheirClasses() {
    JsonNode viettel4g = api.json("/api/coverage/cells?operator=Viettel&technology=4G");
    List<String> classes = new ArrayList<>();
    viettel4g
        .path("features")
        .forEach(
            f ->
                classes.add(
                    (f.path("properties").path("i").asInt() - CoverageFixture.I0)
                        + " "
                        + f.path("properties").path("class").asText()));
    assertThat(classes).containsExactly("0 good", "1 none", "6 none");
    assertThat(api.json("/api/coverage/cells?class=none").path("features").size()).isEqualTo(3);
    api.assertBadRequest("/api/coverage/cells?class=great", "unknown coverage class 'great'");
    api.assertBadRequest("/api/coverage/cells?technology=6G", "technology must be");

    JsonNode villages = api.json("/api/coverage/villages");
    assertThat(villages.path("features").size()).isEqualTo(6);
    JsonNode v3 = villages.path("features").get(2).path("properties");
    assertThat(v3.path("village_code").asText()).isEqualTo("V3");
    assertThat(v3.path("class").asText()).isEqualTo("good");
    assertThat(v3.has("residents")).isFalse();
    assertThat(api.json("/api/coverage/villages?operator=all").path("features").size())
        .isEqualTo(24);
  }

  @Test
  void sitesAreChosenGreedilyByTheHouseholdsTheyNewlyReach() {
    JsonNode body = api.json("/api/sites/suggestions?k=2&radius_m=1000");
    assertThat(body.path("label").asText()).startsWith("Planning aid");
    assertThat(body.path("unserved_households").asInt()).isEqualTo(165);
    JsonNode sites = body.path("sites");
    // V2 (in D) reaches V1 in C next to it; nothing else gains anything within 1 km
    assertThat(sites.size()).isEqualTo(1);
    assertThat(sites.get(0).path("code").asText()).isEqualTo("V2");
    assertThat(sites.get(0).path("new_households").asInt()).isEqualTo(155);
    assertThat(sites.get(0).path("new_villages").toString()).isEqualTo("[\"V1\",\"V2\",\"V6\"]");

    String e =
        jdbc.queryForObject(
            "SELECT ST_X(g) || ',' || ST_Y(g) FROM (SELECT "
                + CoverageFixture.centre(20, 0, 0)
                + " AS g) p",
            String.class);
    JsonNode given =
        api.json("/api/sites/suggestions?k=3&radius_m=1000&candidates=none&sites=" + e);
    assertThat(given.path("candidates").asInt()).isEqualTo(1);
    assertThat(given.path("sites").get(0).path("kind").asText()).isEqualTo("given");
    assertThat(given.path("sites").get(0).path("new_households").asInt()).isEqualTo(10);
    api.assertBadRequest("/api/sites/suggestions?k=0", "k must be 1 to 50");
    api.assertBadRequest("/api/sites/suggestions?sites=abc", "site 1 must be lon,lat");
    api.assertBadRequest("/api/sites/suggestions?candidates=towers", "candidates must be");
  }

  private static String data(Element placemark, String name) {
    NodeList data = placemark.getElementsByTagName("Data");
    for (int k = 0; k < data.getLength(); k++) {
      Element d = (Element) data.item(k);
      if (d.getAttribute("name").equals(name)) {
        return d.getElementsByTagName("value").item(0).getTextContent();
      }
    }
    throw new AssertionError("no Data " + name);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }
}
