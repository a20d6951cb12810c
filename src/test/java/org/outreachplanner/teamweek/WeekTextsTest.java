package org.outreachplanner.teamweek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Texts;

/**
 * The exports of a team's week read naturally: one visit, one household, one SIM card in the
 * singular in English (Vietnamese has no plural forms), days written the British way in English and
 * the Vietnamese way in Vietnamese.
 */
class WeekTextsTest {

  private static final WeekTexts EN = new WeekTexts(Texts.source(), Locale.ENGLISH);
  private static final WeekTexts VI = new WeekTexts(Texts.source(), Locale.forLanguageTag("vi"));
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private static final TeamWeek.Team TEAM =
      new TeamWeek.Team(
          "T1",
          "Tổ Dân Hóa",
          "Dân Hóa",
          "18904",
          17.7,
          105.9,
          LocalTime.of(7, 0),
          LocalTime.of(17, 0),
          1,
          1);

  private static TeamWeek.Visit visit(LocalDate day, int seq, int travel, int households) {
    return new TeamWeek.Visit(
        seq,
        day,
        seq,
        "V" + seq,
        "Bản " + seq,
        17.7,
        105.9,
        LocalTime.of(8, 0),
        LocalTime.of(8, 10),
        LocalTime.of(12, 0),
        travel,
        null,
        false,
        households,
        null);
  }

  @Test
  void daysAreBritishInEnglishAndVietnameseInVietnamese() {
    assertThat(EN.shortDate(MONDAY)).isEqualTo("Mon 23 Nov");
    assertThat(EN.mediumDate(MONDAY)).isEqualTo("23 Nov 2026");
    assertThat(VI.shortDate(MONDAY)).isEqualTo("T2 23/11");
    assertThat(VI.shortDate(MONDAY.plusDays(6))).isEqualTo("CN 29/11");
    assertThat(VI.mediumDate(MONDAY)).isEqualTo(Texts.date(MONDAY, Texts.VIETNAMESE));
  }

  @Test
  void theTextSaysOneHouseholdAndManyHouseholds() {
    TeamWeek week =
        new TeamWeek(
            TEAM, MONDAY, List.of(visit(MONDAY, 1, 1, 1), visit(MONDAY.plusDays(1), 1, 45, 1234)));
    List<String> en = WeekText.write(week, EN).lines().toList();
    assertThat(en)
        .containsExactly(
            "Tổ Dân Hóa · week of 23 Nov 2026",
            "Mon 23 Nov 1. Bản 1: arrive 08:00, leave 12:00, ride 1 min, 1 household",
            "Tue 24 Nov 1. Bản 1: arrive 08:00, leave 12:00, ride 45 min, 1,234 households");
    List<String> vi = WeekText.write(week, VI).lines().toList();
    assertThat(vi.get(1)).isEqualTo("T2 23/11 1. Bản 1: đến 08:00, rời 12:00, đi 1 phút, 1 hộ");
    assertThat(vi.get(2)).endsWith("đi 45 phút, 1.234 hộ");
  }

  @Test
  void thePrintedWeekAndTheCalendarUseTheSingularForOne() {
    TeamWeek week = new TeamWeek(TEAM, MONDAY, List.of(visit(MONDAY, 1, 30, 1)));
    String print = WeekPrint.write(week, EN);
    assertThat(print)
        .contains("1 visit, 1 household to help, 30 min on the road.")
        .contains("1 household to help · bring 1 SIM card and 1 loaner phone")
        .doesNotContain("1 visits", "1 households", "1 SIM cards", "1 loaner phones");
    assertThat(WeekPrint.write(week, VI)).contains("1 chuyến, 1 hộ cần hỗ trợ, 30 phút đi đường.");
    assertThat(EN.t("week.export.ics.description", 1, "08:10", 30))
        .isEqualTo("1 household to help; work starts at 08:10; 30 min ride.");
    assertThat(EN.t("week.export.totals", 0, 0, 0))
        .isEqualTo("0 visits, 0 households to help, 0 min on the road.");
  }

  @Test
  void aTeamWhoseStockIsNotSetIsToldSoNotToBringZero() {
    TeamWeek.Team unset =
        new TeamWeek.Team(
            "T1",
            "Tổ Dân Hóa",
            "Dân Hóa",
            "18904",
            17.7,
            105.9,
            LocalTime.of(7, 0),
            LocalTime.of(17, 0),
            null,
            null);
    TeamWeek week = new TeamWeek(unset, MONDAY, List.of(visit(MONDAY, 1, 30, 12)));
    assertThat(week.days().get(0).bring()).isNull();
    String print = WeekPrint.write(week, EN);
    assertThat(print)
        .contains("12 households to help · stock of SIM cards and loaner phones not set")
        .doesNotContain("0 SIM cards", "0 loaner phones");
    assertThat(WeekPrint.write(week, VI)).contains("chưa đặt số SIM");
  }

  @Test
  void theFreeDaysOfTheWeekArePrinted() {
    TeamWeek week = new TeamWeek(TEAM, MONDAY, List.of(visit(MONDAY.plusDays(1), 1, 30, 2)));
    String print = WeekPrint.write(week, EN);
    // Monday, and Wednesday to Sunday: six free days, one with visits
    assertThat(print.split("class=\"day free\"", -1)).hasSize(7);
    assertThat(print).contains("Monday, 23 November 2026", "Free day: no visit planned.");
  }

  @Test
  void theSketchNumbersTheStopsInsideItsBoxWithAScaleBarAndANorthArrow() {
    TeamWeek.Visit far =
        new TeamWeek.Visit(
            9L,
            MONDAY.plusDays(1),
            1,
            "V9",
            "Bản 9",
            17.75,
            105.95,
            LocalTime.of(8, 0),
            LocalTime.of(8, 10),
            LocalTime.of(12, 0),
            40,
            40,
            false,
            3,
            null);
    TeamWeek week =
        new TeamWeek(TEAM, MONDAY, List.of(visit(MONDAY, 1, 10, 1), visit(MONDAY, 2, 5, 1), far));
    String svg = RouteSketch.svg(week, EN);
    assertThat(svg)
        .startsWith("<svg class=\"sketch\"")
        .contains("viewBox=\"0 0 600.0 380.0\"", "<title id=\"sketch-title\">")
        .contains(">1</text>", ">2</text>", ">3</text>", "class=\"north\"", ">N</text>")
        .contains("class=\"scale-bar\"", " km</text>");
    // every stop and the base inside the box: x in [0, 600], y in [0, 380]
    java.util.regex.Matcher centre =
        java.util.regex.Pattern.compile("cx=\"([\\d.-]+)\" cy=\"([\\d.-]+)\"").matcher(svg);
    int stops = 0;
    while (centre.find()) {
      stops++;
      assertThat(Double.parseDouble(centre.group(1))).isBetween(10.0, 590.0);
      assertThat(Double.parseDouble(centre.group(2))).isBetween(10.0, 370.0);
    }
    assertThat(stops).isEqualTo(3);
  }
}
