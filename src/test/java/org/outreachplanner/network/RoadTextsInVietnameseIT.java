package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Texts;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.outreachplanner.traveltime.NetworkSnapshots;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The travel-time, closure and speed APIs answer in the request's language: the explanations and
 * refusals are Vietnamese when asked for, the machine codes stay the same in every language.
 */
@WebTest
class RoadTextsInVietnameseIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkSnapshots networks;
  @LocalServerPort int port;
  SpeedProfileSnapshot speeds;
  ApiClient english;
  ApiClient vietnamese;

  @BeforeEach
  void network() {
    RoadTestData.handNetwork(jdbc);
    speeds = RoadTestData.handSpeeds(jdbc);
    networks.clear();
    english = ApiClient.as(port, TestUsers.PLANNER);
    vietnamese = english.inLanguage("vi");
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @Test
  void aPairWithoutAWayIsExplainedInVietnameseWithTheSameReasonCode() {
    JsonNode noPassage = noWay(vietnamese, "/api/travel-times?from=C1&to=V3");
    assertThat(noPassage.path("reason").asText()).isEqualTo("no_passage");
    assertThat(noPassage.path("explanation").asText())
        .isEqualTo(
            "không có lối đi (xe máy, mùa khô): đường một chiều hoặc đường cấm phương tiện này"
                + " chặn lối");
    assertThat(noWay(english, "/api/travel-times?from=C1&to=V3").path("explanation").asText())
        .isEqualTo(
            "no way for motorbike in the dry season: one-way roads or roads closed to this mode"
                + " cut it off");

    JsonNode notAttached = noWay(vietnamese, "/api/travel-times?from=C1&to=V4&mode=on_foot");
    assertThat(notAttached.path("reason").asText()).isEqualTo("not_attached");
    assertThat(notAttached.path("explanation").asText())
        .isEqualTo("không có con đường nào trong phạm vi 3000 m");
  }

  @Test
  void aPlaceCutOffByAClosureNamesItAndTheDayInVietnamese() {
    jdbc.update(
        "INSERT INTO road_closure (name, reason, closed_from, closed_to, geom) VALUES"
            + " ('Sạt lở Km 12', 'landslide', '2026-03-01', '2026-03-10',"
            + " ST_MakeEnvelope(104.019, 20.999, 104.021, 21.001, 4326))");
    String path = "/api/travel-times?from=C1&to=V1&date=2026-03-05&season=dry";
    LocalDate day = LocalDate.of(2026, 3, 5);

    JsonNode vi = noWay(vietnamese, path);
    assertThat(vi.path("reason").asText()).isEqualTo("closed");
    assertThat(vi.path("closures").toString()).isEqualTo("[\"Sạt lở Km 12\"]");
    assertThat(vi.path("explanation").asText())
        .isEqualTo(
            "các đoạn đường bị cấm ngày "
                + Texts.date(day, Texts.VIETNAMESE)
                + " chặn mất lối đi: Sạt lở Km 12");
    assertThat(noWay(english, path).path("explanation").asText())
        .isEqualTo("the closures of 5 Mar 2026 cut it off: Sạt lở Km 12");
  }

  @Test
  void theUnreachableReportAndTheBandsExplainInVietnamese() {
    JsonNode report = vietnamese.json("/api/travel-times/unreachable?area=C1");
    Map<String, JsonNode> byCode = new HashMap<>();
    report.path("unreachable").forEach(u -> byCode.put(u.path("code").asText(), u));
    assertThat(byCode.get("V5").path("reason").asText()).isEqualTo("other_component");
    assertThat(byCode.get("V5").path("explanation").asText())
        .isEqualTo("địa điểm nằm trên một phần của mạng lưới đường không nối với trung tâm xã");
    assertThat(byCode.get("V4").path("reason").asText()).isEqualTo("not_attached");

    JsonNode bands = vietnamese.json("/api/travel-times/bands?commune=C1&mode=on_foot");
    Map<String, JsonNode> villages = new HashMap<>();
    bands.path("features").forEach(f -> villages.put(f.path("id").asText(), f.path("properties")));
    assertThat(villages.get("V4").path("band").asText()).isEqualTo("unreachable");
    assertThat(villages.get("V4").path("reason").asText())
        .isEqualTo("không có con đường nào trong phạm vi 3000 m");
  }

  @Test
  void refusalsOfTheTravelTimeApiAreInVietnamese() {
    ApiClient.Response badMode = vietnamese.get("/api/travel-times?from=C1&to=V1&mode=car");
    assertThat(badMode.status()).isEqualTo(400);
    assertThat(badMode.json().path("message").asText())
        .isEqualTo("tham số mode phải là motorbike (xe máy) hoặc on_foot (đi bộ)");

    ApiClient.Response unknown = vietnamese.get("/api/travel-times?from=NOPE&to=V1");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("message").asText())
        .isEqualTo("không có thôn/bản, xã hay tổ nào mang mã NOPE");
  }

  @Test
  void aClosureEndingBeforeItStartsIsRefusedInVietnamese() {
    String closure =
        """
        {"type": "Feature",
         "properties": {"name": "Sạt lở Km 12", "closed_from": "2026-03-10",
                        "closed_to": "2026-03-01"},
         "geometry": {"type": "Polygon", "coordinates": [[[104.019, 20.999], [104.021, 20.999],
                      [104.021, 21.001], [104.019, 21.001], [104.019, 20.999]]]}}
        """;
    ApiClient.Response vi = vietnamese.send("POST", "/api/closures", "application/json", closure);
    assertThat(vi.status()).isEqualTo(400);
    assertThat(vi.json().path("message").asText())
        .isEqualTo(
            "closed_to: ngày kết thúc closed_to 2026-03-01 sớm hơn ngày bắt đầu closed_from"
                + " 2026-03-10");
    ApiClient.Response en = english.send("POST", "/api/closures", "application/json", closure);
    assertThat(en.json().path("message").asText())
        .isEqualTo("closed_to: closed_to 2026-03-01 is before closed_from 2026-03-10");
    assertThat(TestCounts.rows(jdbc, "road_closure")).isZero();
  }

  @Test
  void aRefusedSpeedListsEveryReasonInVietnamese() {
    ApiClient.Response response =
        vietnamese.send(
            "PUT",
            "/api/speeds",
            "application/json",
            "{\"roadClass\": \"track\", \"surface\": \"\", \"mode\": \"car\","
                + " \"season\": \"dry\", \"kmh\": 131}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText())
        .isEqualTo(
            "cần có mặt đường (surface; '*' là mọi loại); phương tiện “car” không hợp lệ: chỉ"
                + " nhận motorbike (xe máy) hoặc on_foot (đi bộ); kmh phải từ 0 đến 130 (0 là"
                + " cấm phương tiện đó đi trên loại đường này), nhưng nhận được 131");
  }

  private static JsonNode noWay(ApiClient client, String path) {
    JsonNode p = client.json(path).path("properties");
    assertThat(p.path("reachable").asBoolean()).as(path).isFalse();
    return p.path("no_way");
  }
}
