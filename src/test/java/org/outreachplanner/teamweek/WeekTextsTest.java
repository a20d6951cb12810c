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
}
