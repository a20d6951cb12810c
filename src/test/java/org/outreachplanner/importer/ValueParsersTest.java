package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.i18n.Text;

class ValueParsersTest {

  @Test
  void countsAreWholeNumbers() {
    assertThat(english(ValueParsers.count("47", 0))).isEqualTo(Parsed.of(47));
    assertThat(english(ValueParsers.count("0", 0))).isEqualTo(Parsed.of(0));
    assertThat(english(ValueParsers.count("007", 0))).isEqualTo(Parsed.of(7));
    assertThat(english(ValueParsers.count("2147483647", 0)))
        .isEqualTo(Parsed.of(Integer.MAX_VALUE));
  }

  @Test
  void countsAreRefusedNeverTruncated() {
    String separators = "; write whole numbers without decimal or thousands separators";
    assertRefused("47,5", "'47,5' is not a whole number" + separators);
    assertRefused("47.5", "'47.5' is not a whole number" + separators);
    assertRefused("1.234", "'1.234' is not a whole number" + separators);
    assertRefused("-3", "-3 is negative; it must be 0 or more");
    assertRefused("abc", "'abc' is not a whole number");
    assertRefused("+5", "'+5' is not a whole number");
    assertRefused("1e3", "'1e3' is not a whole number");
    assertRefused("2147483648", "2147483648 is too large");
    assertRefused("99999999999999999999", "99999999999999999999 is too large");
  }

  private static void assertRefused(String count, String reason) {
    assertThat(english(ValueParsers.count(count, 0))).isEqualTo(refused(reason));
  }

  @Test
  void membersStartAtOne() {
    assertThat(english(ValueParsers.count("0", 1)))
        .isEqualTo(refused("0 is too small; it must be at least 1"));
    assertThat(english(ValueParsers.count("-2", 1)))
        .isEqualTo(refused("-2 is negative; it must be at least 1"));
  }

  @Test
  void decimals() {
    assertThat(english(ValueParsers.decimal("106.25", false))).isEqualTo(Parsed.of(106.25));
    assertThat(english(ValueParsers.decimal("-0.5", false))).isEqualTo(Parsed.of(-0.5));
    assertThat(english(ValueParsers.decimal("106,25", true))).isEqualTo(Parsed.of(106.25));
    assertThat(english(ValueParsers.decimal("106,25", false)))
        .isEqualTo(
            refused("'106,25' is not a number (a decimal comma needs the decimal-comma option)"));
    assertThat(english(ValueParsers.decimal("1.106,25", true)))
        .isEqualTo(refused("'1.106,25' is not a number"));
    assertThat(english(ValueParsers.decimal("NaN", false)))
        .isEqualTo(refused("'NaN' is not a finite number"));
    assertThat(english(ValueParsers.decimal("-Infinity", false)))
        .isEqualTo(refused("'-Infinity' is not a finite number"));
    assertThat(english(ValueParsers.decimal("1e400", false)))
        .isEqualTo(refused("'1e400' is not a finite number"));
    assertThat(english(ValueParsers.decimal("1.5d", false)))
        .isEqualTo(refused("'1.5d' is not a number"));
    assertThat(english(ValueParsers.decimal("17°30'N", false)))
        .isEqualTo(refused("'17°30'N' is not a number"));
  }

  @Test
  void gridPower() {
    assertThat(english(ValueParsers.gridPower("Yes"))).isEqualTo(Parsed.of("yes"));
    assertThat(english(ValueParsers.gridPower("có"))).isEqualTo(Parsed.of("yes"));
    assertThat(english(ValueParsers.gridPower("Không"))).isEqualTo(Parsed.of("no"));
    assertThat(english(ValueParsers.gridPower("0"))).isEqualTo(Parsed.of("no"));
    assertThat(english(ValueParsers.gridPower("unknown"))).isEqualTo(Parsed.of("unknown"));
    assertThat(english(ValueParsers.gridPower("solar")))
        .isEqualTo(
            refused("'solar' is not one of yes, no, unknown (also co, khong, true, false, 1, 0)"));
  }

  @Test
  void transportMode() {
    assertThat(english(ValueParsers.transportMode("motorbike"))).isEqualTo(Parsed.of("motorbike"));
    assertThat(english(ValueParsers.transportMode("On foot"))).isEqualTo(Parsed.of("on_foot"));
    assertThat(english(ValueParsers.transportMode("xe máy"))).isEqualTo(Parsed.of("motorbike"));
    assertThat(english(ValueParsers.transportMode("đi bộ"))).isEqualTo(Parsed.of("on_foot"));
    assertThat(english(ValueParsers.transportMode("car")))
        .isEqualTo(refused("'car' is not one of motorbike, on_foot (also xe_may, di_bo)"));
  }

  @Test
  void oneWay() {
    assertThat(english(ValueParsers.oneWay("yes")))
        .isEqualTo(Parsed.of(ValueParsers.Direction.ONE_WAY));
    assertThat(english(ValueParsers.oneWay("-1")))
        .isEqualTo(Parsed.of(ValueParsers.Direction.ONE_WAY_REVERSED));
    assertThat(english(ValueParsers.oneWay("no")))
        .isEqualTo(Parsed.of(ValueParsers.Direction.BOTH_WAYS));
    assertThat(english(ValueParsers.oneWay("reversible")))
        .isEqualTo(Parsed.of(ValueParsers.Direction.BOTH_WAYS));
    assertThat(english(ValueParsers.oneWay("sometimes")))
        .isEqualTo(
            refused("'sometimes' is not one of yes, no, -1 (also true, false, 1, 0, co, khong)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Mon-Fri => 1,2,3,4,5",
        "Mon,Wed,Fri => 1,3,5",
        "T2-T6 => 1,2,3,4,5",
        "T7;CN => 6,7",
        "Thứ 2 - Thứ 4, CN => 1,2,3,7",
        "monday - tuesday => 1,2",
        "Sat-Sun, Mon => 1,6,7",
        "Mon-Sun => 1,2,3,4,5,6,7",
      })
  void workingDays(String text, String isoDays) {
    List<Integer> expected =
        java.util.Arrays.stream(isoDays.split(",")).map(Integer::valueOf).toList();
    assertThat(english(ValueParsers.workingDays(text))).isEqualTo(Parsed.of(expected));
  }

  @Test
  void workingDaysRefused() {
    assertThat(english(ValueParsers.workingDays("Mon-Funday")))
        .isEqualTo(
            refused(
                "'Funday' in 'Mon-Funday' is not a day; expected days like Mon-Fri, Mon,Wed,Fri"
                    + " or T2-T6"));
    assertThat(english(ValueParsers.workingDays("Fri-Mon")))
        .isEqualTo(
            refused(
                "'Fri-Mon' runs backwards; write a range of days from the first to the last,"
                    + " e.g. Mon-Fri"));
    assertThat(english(ValueParsers.workingDays("Mon,,Tue")))
        .isEqualTo(
            refused(
                "'Mon,,Tue' is not a list of days; expected days like Mon-Fri, Mon,Wed,Fri or"
                    + " T2-T6"));
    assertThat(english(ValueParsers.workingDays("Mon-Wed-Fri")))
        .isEqualTo(
            refused(
                "'Mon-Wed-Fri' is not a list of days; expected days like Mon-Fri, Mon,Wed,Fri or"
                    + " T2-T6"));
  }

  @Test
  void timesOfDay() {
    assertThat(english(ValueParsers.timeOfDay("07:30"))).isEqualTo(Parsed.of(LocalTime.of(7, 30)));
    assertThat(english(ValueParsers.timeOfDay("7:30"))).isEqualTo(Parsed.of(LocalTime.of(7, 30)));
    assertThat(english(ValueParsers.timeOfDay("23:59"))).isEqualTo(Parsed.of(LocalTime.of(23, 59)));
    for (String bad : List.of("24:00", "7h30", "07:60", "0730", "07:30:00")) {
      assertThat(english(ValueParsers.timeOfDay(bad)))
          .isEqualTo(refused("'" + bad + "' is not a time of day written HH:MM, e.g. 07:30"));
    }
  }

  @Test
  void lists() {
    assertThat(ValueParsers.list("Bru-Vân Kiều; Kinh ;;")).containsExactly("Bru-Vân Kiều", "Kinh");
    assertThat(ValueParsers.list(null)).isEmpty();
  }

  /** The value, or its problem in English (as a literal), for comparing with {@link #refused}. */
  private static <T> Parsed<T> english(Parsed<T> parsed) {
    return parsed.ok() ? parsed : Parsed.refused(Text.literal(parsed.problem().english()));
  }

  private static <T> Parsed<T> refused(String english) {
    return Parsed.refused(Text.literal(english));
  }
}
