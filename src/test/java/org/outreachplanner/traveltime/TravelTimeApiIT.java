package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The travel-time API on the hand-checkable network of fixtures/hand-network.sql. */
@WebTest
class TravelTimeApiIT {

  @Autowired JdbcTemplate jdbc;
  SpeedProfileSnapshot speeds;
  @Autowired NetworkSnapshots networks;
  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void network() {
    RoadTestData.handNetwork(jdbc);
    speeds = RoadTestData.handSpeeds(jdbc);
    networks.clear();
    api = ApiClient.as(port, TestUsers.PLANNER);
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @Test
  void aRouteIsALineAlongTheRoadsWithItsTimeAndLength() {
    ApiClient.Response response = api.get("/api/travel-times?from=C1&to=V1");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/geo+json");
    JsonNode feature = response.json();
    assertThat(feature.path("type").asText()).isEqualTo("Feature");
    assertThat(feature.path("geometry").toString())
        .isEqualTo(
            "{\"type\":\"LineString\",\"coordinates\":"
                + "[[104,21],[104.01,21],[104.03,21],[104.03,21.0005]]}");
    JsonNode p = feature.path("properties");
    assertThat(p.path("reachable").asBoolean()).isTrue();
    assertThat(p.path("seconds").asDouble()).isCloseTo(350, within(1e-3));
    assertThat(p.path("metres").asDouble()).isCloseTo(3050, within(1e-6));
    assertThat(p.path("mode").asText()).isEqualTo("motorbike");
    assertThat(p.path("season").asText()).isEqualTo("dry");
    assertThat(p.path("from").path("kind").asText()).isEqualTo("commune_centre");
    assertThat(p.path("to").path("name").asText()).isEqualTo("Bản Một");
    assertThat(p.path("edges").asInt()).isEqualTo(3);
    // V1's 50 m off-road leg walked at 3.6 km/h ends the route; C1 is on the road
    assertThat(p.path("to").path("offroad").path("metres").asDouble()).isCloseTo(50, ms());
    assertThat(p.path("to").path("offroad").path("seconds").asDouble()).isCloseTo(50, ms());
    assertThat(p.path("from").has("offroad")).isFalse();
  }

  @Test
  void theWayBackTakesTheOneWayRoadIntoAccountAndFollowsTheBend() {
    JsonNode feature = api.json("/api/travel-times?from=V2&to=C1");
    assertThat(feature.path("properties").path("seconds").asDouble()).isCloseTo(800, within(1e-3));
    JsonNode from = feature.path("properties").path("from");
    assertThat(from.path("offroad").path("metres").asDouble()).isCloseTo(100, ms());
    assertThat(from.path("offroad").path("seconds").asDouble()).isCloseTo(100, ms());
    assertThat(feature.path("properties").path("to").has("offroad")).isFalse();
    // e104 is walked from 4 to 2: its bend point comes second after V2 and 4
    assertThat(feature.path("geometry").path("coordinates").toString())
        .isEqualTo("[[104.06,21.001],[104.06,21],[104.035,20.99],[104.01,21],[104,21]]");
  }

  @Test
  void modeAndSeasonChangeTheTime() {
    assertThat(seconds("/api/travel-times?from=C1&to=V1&mode=on_foot")).isCloseTo(3050, ms());
    assertThat(seconds("/api/travel-times?from=C1&to=V1&season=rainy")).isCloseTo(650, ms());
    // July is in the rainy season of the default calendar
    assertThat(seconds("/api/travel-times?from=C1&to=V1&date=2026-07-01")).isCloseTo(650, ms());
    assertThat(seconds("/api/travel-times?from=TB1&to=V1&from_kind=team_base"))
        .isCloseTo(260, ms());
  }

  @ParameterizedTest
  @CsvSource({
    "V3, no_passage, no way for motorbike in the dry season",
    "V4, not_attached, no road within 3000 m",
    "V5, other_component, do not join"
  })
  void aPairWithoutAWayHasNoLineAndSaysWhy(String village, String reason, String words) {
    JsonNode feature = api.json("/api/travel-times?from=C1&to=" + village);
    assertThat(feature.path("geometry").isNull()).isTrue();
    JsonNode p = feature.path("properties");
    assertThat(p.path("reachable").asBoolean()).isFalse();
    assertThat(p.has("seconds")).isFalse();
    assertThat(p.path("no_way").path("reason").asText()).isEqualTo(reason);
    assertThat(p.path("no_way").path("explanation").asText()).contains(words);
  }

  @Test
  void closuresOfTheDateAreNamed() {
    closeRoad102();
    JsonNode p =
        api.json("/api/travel-times?from=C1&to=V1&date=2026-03-05&season=dry").path("properties");
    assertThat(p.path("reachable").asBoolean()).isFalse();
    assertThat(p.path("closure_set").asText()).isEqualTo("1");
    assertThat(p.path("no_way").path("reason").asText()).isEqualTo("closed");
    assertThat(p.path("no_way").path("closures").toString()).isEqualTo("[\"Landslide at Km 12\"]");
    assertThat(seconds("/api/travel-times?from=C1&to=V1&date=2026-03-11&season=dry"))
        .isCloseTo(350, ms());
  }

  @Test
  void bandsGiveEachVillageItsTimeFromTheCentre() {
    JsonNode bands = api.json("/api/travel-times/bands?commune=C1&mode=on_foot");
    assertThat(bands.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(bands.path("commune").path("centre").path("coordinates").toString())
        .isEqualTo("[104,21]");
    Map<String, JsonNode> byCode = new HashMap<>();
    bands.path("features").forEach(f -> byCode.put(f.path("id").asText(), f.path("properties")));
    assertThat(byCode).containsOnlyKeys("V1", "V2", "V3", "V4", "V5");
    assertThat(byCode.get("V1").path("band").asText()).isEqualTo("30_60min");
    assertThat(byCode.get("V1").path("seconds").asDouble()).isCloseTo(3050, ms());
    assertThat(byCode.get("V2").path("band").asText()).isEqualTo("1_2h");
    assertThat(byCode.get("V3").path("band").asText()).isEqualTo("under_30min");
    assertThat(byCode.get("V4").path("band").asText()).isEqualTo("unreachable");
    assertThat(byCode.get("V4").path("reason").asText()).contains("no road within 3000 m");
    assertThat(byCode.get("V5").path("band").asText()).isEqualTo("unreachable");
    assertThat(byCode.get("V5").path("seconds").isNull()).isTrue();
  }

  @Test
  void theUnreachableReportListsEveryPlaceWithItsReason() {
    JsonNode report = api.json("/api/travel-times/unreachable?area=C1");
    assertThat(report.path("area_code").asText()).isEqualTo("C1");
    assertThat(report.path("places").asInt()).isEqualTo(7);
    Map<String, String> reasons = new HashMap<>();
    report.path("unreachable").forEach(u -> reasons.put(u.path("code").asText(), reason(u)));
    assertThat(reasons)
        .containsOnly(
            Map.entry("V3", "no_passage both"),
            Map.entry("V4", "not_attached both"),
            Map.entry("V5", "other_component both"));
  }

  @Test
  void onAClosureDateTheReportNamesTheClosures() {
    closeRoad102();
    JsonNode report = api.json("/api/travel-times/unreachable?area=T1&date=2026-03-05");
    JsonNode v1 = null;
    for (JsonNode u : report.path("unreachable")) {
      if (u.path("code").asText().equals("V1")) {
        v1 = u;
      }
    }
    assertThat(v1).isNotNull();
    // V1 can still leave by the one-way road, but not be reached
    assertThat(reason(v1)).isEqualTo("closed from_centre");
    assertThat(v1.path("closures").toString()).isEqualTo("[\"Landslide at Km 12\"]");
  }

  @Test
  void badParametersAreRefusedWithTheirReason() {
    api.assertBadRequest("/api/travel-times?from=C1&to=V1&mode=car", "mode must be");
    api.assertBadRequest("/api/travel-times?from=C1&to=V1&season=wet", "season must be");
    api.assertBadRequest("/api/travel-times?from=C1&to=V1&date=2026-13-01", "date must be");
    api.assertBadRequest("/api/travel-times?from=C1&to=V1&date=5.3.2026", "date must be");
    api.assertBadRequest("/api/travel-times?from=C1&to=V1&from_kind=house", "from_kind must");
    api.assertBadRequest("/api/travel-times?to=V1", "'from'");
    api.assertBadRequest("/api/travel-times/bands?commune=C1&mode=bus", "mode must be");
    api.assertBadRequest("/api/travel-times/unreachable?area=%01", "area must be a code");
  }

  @Test
  void unknownCodesAreNotFound() {
    assertThat(api.get("/api/travel-times?from=NOPE&to=V1").status()).isEqualTo(404);
    assertThat(api.get("/api/travel-times?from=C1&to=V1&from_kind=village").status())
        .isEqualTo(404);
    assertThat(api.get("/api/travel-times/bands?commune=V1").status()).isEqualTo(404);
    assertThat(api.get("/api/travel-times/unreachable?area=NOPE").status()).isEqualTo(404);
  }

  @Test
  void aCodeOfTwoKindsMustSayWhich() {
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents,"
            + " eligible, eid_done) VALUES ('C1', 'C1', 'Bản Trùng', ST_SetSRID("
            + "ST_MakePoint(104.0, 21.0), 4326), 1, 1, 1, 1)");
    api.assertBadRequest("/api/travel-times?from=C1&to=V1", "from_kind");
    assertThat(api.get("/api/travel-times?from=C1&to=V1&from_kind=commune_centre").status())
        .isEqualTo(200);
  }

  private void closeRoad102() {
    jdbc.update(
        "INSERT INTO road_closure (name, reason, closed_from, closed_to, geom) VALUES"
            + " ('Landslide at Km 12', 'landslide', '2026-03-01', '2026-03-10',"
            + " ST_MakeEnvelope(104.019, 20.999, 104.021, 21.001, 4326))");
  }

  private static org.assertj.core.data.Offset<Double> ms() {
    return within(1e-3);
  }

  private double seconds(String path) {
    return api.json(path).path("properties").path("seconds").asDouble();
  }

  private static String reason(JsonNode u) {
    return u.path("reason").asText() + " " + u.path("direction").asText();
  }
}
