package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;
import org.outreachplanner.network.Season;
import org.outreachplanner.schedule.solver.ScheduleConstraints;

/**
 * The texts of schedules: every message key the code builds at run time exists in English and in
 * Vietnamese, explanations stored as texts are written in the reader's language, and plans stored
 * with plain English sentences still read.
 */
class ScheduleTextsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyKeyBuiltAtRunTimeExistsInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    LeftOutReasons.CODES.forEach(code -> keys.add("schedules.leftOut." + code));
    ScheduleConstraints.NAMES.forEach(name -> keys.add(PlanTexts.constraintKey(name)));
    for (int day = 1; day <= 7; day++) {
      keys.add(SolveRequest.WEEKDAY + day);
    }
    for (Season season : Season.values()) {
      keys.add(LeftOutReasons.SEASON + season.code());
    }
    keys.add(PlanRepository.AREA_KIND + "commune");
    keys.add(PlanRepository.AREA_KIND + "province");
    keys.add("schedules.team.unknown");
    keys.add("schedules.village.unknown");
    Properties en = bundle("i18n/schedules.properties");
    Properties vi = bundle("i18n/schedules_vi.properties");
    assertThat(keys).allSatisfy(key -> assertThat(en).containsKey(key));
    assertThat(keys).allSatisfy(key -> assertThat(vi).containsKey(key));
    assertThat(keys).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleOfTheSolverHasAReadableNameInBothLanguages() {
    for (String name : ScheduleConstraints.NAMES) {
      Text readable = Text.of(PlanTexts.constraintKey(name));
      assertThat(readable.english()).isEqualTo(name);
      assertThat(readable.in(Texts.VIETNAMESE)).isNotBlank().isNotEqualTo(name);
    }
    assertThat(PlanTexts.constraintKey("Team's visits per week"))
        .isEqualTo("schedules.constraint.teamsVisitsPerWeek");
  }

  @Test
  void priorityReasonsReadAsBeforeInEnglishAndInVietnamese() {
    VillagePriority.Priority p = VillagePriority.of("dead_zone", 10, 3, 12, 2);
    assertThat(p.reasons().english())
        .isEqualTo("dead zone; e-ID 30% done; last visit 12 days before; planner priority 2");
    assertThat(p.reasons().in(Texts.VIETNAMESE))
        .isEqualTo(
            "vùng lõm sóng; định danh điện tử mức 2 đạt 30%; chuyến đến gần nhất cách đây 12"
                + " ngày; cán bộ kế hoạch đặt mức ưu tiên 2");
    assertThat(VillagePriority.of(null, 0, 0, 1, 0).reasons().english())
        .isEqualTo("coverage unknown; e-ID 100% done; last visit 1 day before");
    assertThat(VillagePriority.of("weak", 4, 0, -1, 0).reasons().english())
        .isEqualTo("weak coverage; e-ID 0% done; no visit on record");
  }

  @Test
  void aVillageWithoutCensusFiguresWeighsAsNoneDoneAndSaysWhy() {
    VillagePriority.Priority unknown = VillagePriority.of("weak", null, null, -1, 0);
    // 200 weak coverage + 300 completion unknown (as none done) + 200 never visited
    assertThat(unknown.weight()).isEqualTo(700);
    assertThat(unknown.weight()).isEqualTo(VillagePriority.of("weak", 4, 0, -1, 0).weight());
    assertThat(unknown.reasons().english())
        .isEqualTo(
            "weak coverage; e-ID completion unknown (no census figures yet); no visit on record");
    assertThat(unknown.reasons().in(Texts.VIETNAMESE))
        .contains("chưa biết tỷ lệ định danh điện tử (chưa có số liệu điều tra)");
  }

  @Test
  void theReasonOfTheTeamsCapacityHasItsPluralForms() {
    Text many =
        LeftOutReasons.reason("capacity", 12, 20, Text.of("schedules.horizon.oneWeek"), 8, 5);
    assertThat(many.english())
        .isEqualTo(
            "12 villages need 20 visits this week; the teams can make 8; these 5 have the lowest"
                + " priority");
    Text one = LeftOutReasons.reason("capacity", 1, 1, Text.of("schedules.horizon.weeks", 2), 0, 1);
    assertThat(one.english())
        .isEqualTo(
            "1 village needs 1 visit in these 2 weeks; the teams can make 0; this one has the"
                + " lowest priority");
    assertThat(many.in(Texts.VIETNAMESE))
        .isEqualTo(
            "12 thôn, bản cần 20 lượt đến trong tuần này; các tổ chỉ đi được 8 lượt; 5 thôn, bản"
                + " này có mức ưu tiên thấp nhất");
  }

  @Test
  void aStoredExplanationIsWrittenInTheReadersLanguageAndKeepsItsMachineFields()
      throws IOException {
    Map<String, Object> leftOut = new java.util.LinkedHashMap<>();
    leftOut.put("village", "V1");
    leftOut.put("visits_needed", 2);
    leftOut.put("reason_code", "unreachable");
    leftOut.put(
        "reason",
        LeftOutReasons.reason("unreachable", Text.of("schedules.season.rainy")).toStored());
    leftOut.put(
        "priority_reasons", VillagePriority.of("dead_zone", 10, 5, -1, 0).reasons().toStored());
    Map<String, Object> stored =
        Map.of(
            "visits_needed",
            2,
            "constraints",
            List.of(
                Map.of("constraint", ScheduleConstraints.TRAVEL, "score", "0hard/0medium/-5soft")),
            "left_out",
            List.of(leftOut),
            "notes",
            List.of(Text.of("schedules.note.noCoverage").toStored()));
    String json = JSON.writeValueAsString(stored);

    ExplanationAnswer en = PlanTexts.explanation(json, Locale.ENGLISH);
    ExplanationAnswer vi = PlanTexts.explanation(json, Texts.VIETNAMESE);
    ExplanationAnswer.LeftOut enLeft = en.leftOut().get(0);
    ExplanationAnswer.LeftOut viLeft = vi.leftOut().get(0);
    assertThat(enLeft.reason()).isEqualTo("no team can reach it by road in the rainy season");
    assertThat(viLeft.reason()).isEqualTo("không tổ nào đến được bằng đường bộ vào mùa mưa");
    assertThat(enLeft.priorityReasons()).isEqualTo("dead zone; e-ID 50% done; no visit on record");
    assertThat(viLeft.reasonCode()).isEqualTo("unreachable");
    assertThat(viLeft.village()).isEqualTo("V1");
    assertThat(viLeft.visitsNeeded()).isEqualTo(2);
    assertThat(vi.visitsNeeded()).isEqualTo(2);
    ExplanationAnswer.Rule rule = vi.constraints().get(0);
    assertThat(rule.constraint()).isEqualTo("Travel time");
    assertThat(rule.name()).isEqualTo("Thời gian đi đường");
    assertThat(rule.score()).isEqualTo("0hard/0medium/-5soft");
    assertThat(vi.notes())
        .containsExactly(
            "chưa có dữ liệu phân loại sóng: các thôn, bản vùng lõm sóng chưa được ưu tiên trước");
  }

  @Test
  void anExplanationStoredWithPlainSentencesReadsAsItWas() {
    String old =
        """
        {"constraints": [{"constraint": "Travel time", "level": "soft", "score": "0hard/0medium/-5soft", "matches": 3}],
         "left_out": [{"village": "V1", "priority_reasons": "dead zone; e-ID 50% done",
                       "reason": "no team can reach it by road in the dry season"}],
         "notes": ["no coverage classes are known: dead-zone villages are not put first"]}
        """;
    ExplanationAnswer vi = PlanTexts.explanation(old, Texts.VIETNAMESE);
    ExplanationAnswer.LeftOut left = vi.leftOut().get(0);
    assertThat(left.reason()).isEqualTo("no team can reach it by road in the dry season");
    assertThat(left.priorityReasons()).isEqualTo("dead zone; e-ID 50% done");
    assertThat(left.reasonCode()).isNull();
    assertThat(vi.notes())
        .containsExactly("no coverage classes are known: dead-zone villages are not put first");
    assertThat(vi.constraints().get(0).matches()).isEqualTo(3);
    assertThat(vi.constraints().get(0).name()).isEqualTo("Thời gian đi đường");
    assertThat(PlanTexts.message("\"stopped before solving\"").in(Texts.VIETNAMESE))
        .isEqualTo("stopped before solving");
  }

  @Test
  void aRefusedSolveRequestSaysWhyInBothLanguages() {
    SolveRequest notMonday =
        new SolveRequest("18904", java.time.LocalDate.of(2026, 11, 25), 1, null, null);
    assertThat(notMonday.problem().english())
        .isEqualTo("the first week must start on a Monday: 2026-11-25 is a wednesday");
    assertThat(notMonday.problem().in(Texts.VIETNAMESE))
        .isEqualTo("tuần bắt đầu phải là ngày thứ Hai: 2026-11-25 là thứ Tư");
    SolveRequest tooLong =
        new SolveRequest("18904", java.time.LocalDate.of(2026, 11, 23), 1, 100_000, null);
    assertThat(tooLong.problem().english())
        .isEqualTo("the time limit must be between 1 and 86400 seconds, not 100000");
  }

  private static Properties bundle(String path) throws IOException {
    Properties p = new Properties();
    try (Reader in =
        new InputStreamReader(
            ScheduleTextsTest.class.getClassLoader().getResourceAsStream(path),
            StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
