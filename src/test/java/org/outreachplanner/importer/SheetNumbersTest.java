package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers written as text in a Vietnamese or an English sheet. */
class SheetNumbersTest {

  private static String whole(String text) {
    return SheetNumbers.read(text, true).value();
  }

  private static String decimal(String text) {
    return SheetNumbers.read(text, false).value();
  }

  @Test
  void wholeNumbersInEitherLocale() {
    assertThat(whole("1.202")).isEqualTo("1202");
    assertThat(whole("1,202")).isEqualTo("1202");
    assertThat(whole("1 202")).isEqualTo("1202");
    assertThat(whole("1.202.303")).isEqualTo("1202303");
    assertThat(whole("60")).isEqualTo("60");
  }

  @Test
  void decimalsInEitherLocale() {
    assertThat(decimal("1,202.5")).isEqualTo("1202.5");
    assertThat(decimal("1.202,5")).isEqualTo("1202.5");
    assertThat(decimal("106,3")).isEqualTo("106.3");
    assertThat(decimal("-95.5")).isEqualTo("-95.5");
    assertThat(decimal("0.123")).isEqualTo("0.123");
    assertThat(decimal("1.202.303")).isEqualTo("1202303");
  }

  @Test
  void aNumberThatReadsTwoWaysIsRefusedWithBothReadings() {
    Parsed<String> p = SheetNumbers.read("1.202", false);
    assertThat(p.ok()).isFalse();
    assertThat(p.problem().english())
        .isEqualTo(
            "'1.202' reads two ways: 1202 (dot or comma separating thousands) or 1.202 (a"
                + " decimal); write it as 1202 or 1.202 without the other separator");
    assertThat(SheetNumbers.read("17,500", false).problem().english()).contains("17500", "17.500");
  }

  @Test
  void otherTextIsLeftForTheColumnsReader() {
    assertThat(whole("nhiều")).isEqualTo("nhiều");
    assertThat(decimal("1.2.3,4,5")).isEqualTo("1.2.3,4,5");
  }
}
