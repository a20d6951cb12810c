package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan read in Vietnamese and in English: the reasons villages were left out, what their priority
 * is made of, the notes, the message and the rules' names are written in the reader's language
 * while codes, numbers and rule names stay as stored; plans stored with plain English sentences
 * still read; refusals are in the reader's language.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleLanguagesIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;

  ApiClient english;
  ApiClient vietnamese;
  String village;
  JsonNode en;
  JsonNode vi;

  @BeforeAll
  void solveTheDemoWeek() {
    PublishedDemoWeek.load(jdbc, imports);
    // no coverage layer, whatever tests ran before: the plan then notes that none is known
    TestTables.owner()
        .execute("TRUNCATE coverage_run, coverage_hex, coverage_cell, dead_zone, village_coverage");
    english = ApiClient.as(port, TestUsers.PLANNER);
    vietnamese = ApiClient.as(port, TestUsers.PLANNER).inLanguage("vi");
    // a language no team of the demo speaks: the village is left out for it
    village =
        jdbc.queryForObject(
            "SELECT code FROM village WHERE commune_code = ? ORDER BY code LIMIT 1",
            String.class,
            PublishedDemoWeek.DAN_HOA);
    ApiClient.Response set =
        english.send(
            "PUT",
            "/api/schedules/settings/villages/" + village,
            "{\"priority\": 0, \"language_required\": \"khmer\"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    ApiClient.Response started =
        english.send("POST", "/api/schedules", PublishedDemoWeek.solveBody(2));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    JsonNode plan = Waits.solveOver(english, id);
    assertThat(plan.path("status").asText()).as(plan.toString()).isEqualTo("DRAFT");
    en = plan;
    vi = vietnamese.json("/api/schedules/" + id);
  }

  private JsonNode leftOut(JsonNode plan) {
    for (JsonNode l : plan.path("explanation").path("left_out")) {
      if (l.path("village").asText().equals(village)) {
        return l;
      }
    }
    throw new AssertionError(village + " is not left out: " + plan.path("explanation"));
  }

  @Test
  void theReasonsAreVietnameseAndTheMachineFieldsUnchanged() {
    JsonNode viLeft = leftOut(vi);
    JsonNode enLeft = leftOut(en);
    assertThat(enLeft.path("reason").asText())
        .isEqualTo("no team speaks khmer, which the village requires");
    assertThat(viLeft.path("reason").asText())
        .isEqualTo("không tổ nào nói được tiếng khmer, là yêu cầu của thôn, bản");
    assertThat(viLeft.path("reason_code").asText()).isEqualTo("language");
    assertThat(enLeft.path("reason_code").asText()).isEqualTo("language");
    assertThat(enLeft.path("priority_reasons").asText()).contains("e-ID ", "% done");
    assertThat(viLeft.path("priority_reasons").asText()).contains("định danh điện tử mức 2 đạt");
    for (String field :
        new String[] {"village", "name", "visits_needed", "visits_planned", "households_waiting"}) {
      assertThat(viLeft.path(field)).as(field).isEqualTo(enLeft.path(field));
    }
    for (String field :
        new String[] {"visits_needed", "visits_planned", "visits_kept", "capacity", "teams"}) {
      assertThat(vi.path("explanation").path(field))
          .as(field)
          .isEqualTo(en.path("explanation").path(field));
    }
    assertThat(vi.path("score").asText()).isEqualTo(en.path("score").asText());
  }

  @Test
  void theRulesKeepTheirNamesAndGetAReadableOneInEachLanguage() {
    JsonNode viRules = vi.path("explanation").path("constraints");
    JsonNode enRules = en.path("explanation").path("constraints");
    assertThat(viRules.size()).isEqualTo(enRules.size()).isPositive();
    for (int i = 0; i < viRules.size(); i++) {
      assertThat(viRules.get(i).path("constraint")).isEqualTo(enRules.get(i).path("constraint"));
      assertThat(viRules.get(i).path("score")).isEqualTo(enRules.get(i).path("score"));
      assertThat(enRules.get(i).path("name").asText())
          .isEqualTo(enRules.get(i).path("constraint").asText());
      assertThat(viRules.get(i).path("name").asText())
          .isNotBlank()
          .isNotEqualTo(enRules.get(i).path("name").asText());
    }
  }

  @Test
  void notesAndTheMessageAreInTheReadersLanguage() {
    JsonNode viNotes = vi.path("explanation").path("notes");
    JsonNode enNotes = en.path("explanation").path("notes");
    // the demo has no coverage computed: the plan notes that dead zones are not put first
    assertThat(enNotes.size()).isPositive().isEqualTo(viNotes.size());
    assertThat(enNotes.get(0).asText())
        .isEqualTo("no coverage classes are known: dead-zone villages are not put first");
    assertThat(viNotes.get(0).asText())
        .isEqualTo(
            "chưa có dữ liệu phân loại sóng: các thôn, bản vùng lõm sóng chưa được ưu tiên trước");
    assertThat(en.path("message").asText()).contains(enNotes.get(0).asText());
    assertThat(vi.path("message").asText()).contains(viNotes.get(0).asText());
  }

  @Test
  void aPlanStoredWithPlainSentencesStillReads() {
    Long id =
        jdbc.queryForObject(
            "INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks,"
                + " time_limit_seconds, status, score, hard_score, medium_score, soft_score,"
                + " explanation, message, finished_at) VALUES ('commune', ?, '2026-11-30', 1, 2,"
                + " 'DRAFT', '0hard/0medium/-5soft', 0, 0, -5, CAST(? AS jsonb),"
                + " to_jsonb(CAST(? AS text)), now()) RETURNING id",
            Long.class,
            PublishedDemoWeek.DAN_HOA,
            """
            {"constraints": [{"constraint": "Travel time", "level": "soft",
                              "score": "0hard/0medium/-5soft", "matches": 3}],
             "visits_needed": 2, "visits_planned": 1,
             "left_out": [{"village": "V1", "name": "Bản Một", "visits_needed": 2,
                           "visits_planned": 1, "priority_reasons": "dead zone; e-ID 50% done",
                           "reason": "no team can reach it by road in the dry season"}],
             "notes": ["no coverage classes are known: dead-zone villages are not put first"]}
            """,
            "no coverage classes are known: dead-zone villages are not put first");
    JsonNode old = vietnamese.json("/api/schedules/" + id);
    assertThat(old.path("message").asText())
        .isEqualTo("no coverage classes are known: dead-zone villages are not put first");
    JsonNode left = old.path("explanation").path("left_out").get(0);
    assertThat(left.path("reason").asText())
        .isEqualTo("no team can reach it by road in the dry season");
    assertThat(left.path("priority_reasons").asText()).isEqualTo("dead zone; e-ID 50% done");
    assertThat(left.path("visits_planned").asInt()).isEqualTo(1);
    assertThat(old.path("explanation").path("notes").get(0).asText())
        .startsWith("no coverage classes are known");
    assertThat(old.path("explanation").path("constraints").get(0).path("name").asText())
        .isEqualTo("Thời gian đi đường");
    assertThat(english.json("/api/schedules").findValuesAsText("message"))
        .contains("no coverage classes are known: dead-zone villages are not put first");
  }

  @Test
  void refusalsAreInTheReadersLanguage() {
    String tooLong =
        "{\"area\":\"18904\",\"first_week\":\"" + PublishedDemoWeek.MONDAY + "\",\"weeks\":9}";
    ApiClient.Response viRefused = vietnamese.send("POST", "/api/schedules", tooLong);
    assertThat(viRefused.status()).isEqualTo(400);
    assertThat(viRefused.json().path("message").asText())
        .isEqualTo("số tuần phải từ 1 đến 8, không thể là 9");
    assertThat(english.send("POST", "/api/schedules", tooLong).json().path("message").asText())
        .isEqualTo("weeks must be between 1 and 8, not 9");
    assertThat(vietnamese.get("/api/schedules/987654").json().path("message").asText())
        .isEqualTo("không có lịch nào mang số 987654");
    ApiClient.Response unknownArea =
        vietnamese.send(
            "POST",
            "/api/schedules",
            "{\"area\":\"99999\",\"first_week\":\"" + PublishedDemoWeek.MONDAY + "\"}");
    assertThat(unknownArea.status()).isEqualTo(404);
    assertThat(unknownArea.json().path("message").asText())
        .isEqualTo("không có xã hoặc tỉnh nào mang mã 99999");
    assertThat(
            vietnamese
                .get("/api/teams/NO-SUCH-TEAM/week?week=" + PublishedDemoWeek.MONDAY)
                .json()
                .path("message")
                .asText())
        .isEqualTo("không có tổ nào mang mã NO-SUCH-TEAM");
    assertThat(
            vietnamese.get("/api/schedules/routes?date=tomorrow").json().path("message").asText())
        .isEqualTo("date phải là một ngày theo dạng YYYY-MM-DD");
  }
}
