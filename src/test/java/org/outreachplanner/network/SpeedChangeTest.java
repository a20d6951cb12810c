package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;

class SpeedChangeTest {

  @Test
  void aGoodEditIsReadInLowerCaseWithItsModeAndSeason() {
    assertThat(SpeedChange.of(" Track ", "Dirt", "motorbike", "RAINY", "8", " mud "))
        .isEqualTo(new SpeedChange("track", "dirt", TravelMode.MOTORBIKE, Season.RAINY, 8, "mud"));
    assertThat(SpeedChange.of("*", "*", "on_foot", "dry", "4.5", "").kmh()).isEqualTo(4.5);
    assertThat(SpeedChange.of("path", "*", "on_foot", "dry", "0", null).kmh()).isZero();
    assertThat(SpeedChange.of("trunk", "*", "motorbike", "dry", "130", null).kmh()).isEqualTo(130);
  }

  @Test
  void everyProblemIsListedAtOnce() {
    InvalidSpeedException e =
        catchThrowableOfType(
            () -> SpeedChange.of("", "dirt", "car", "monsoon", "131", null),
            InvalidSpeedException.class);
    assertThat(e.problems().stream().map(Text::english))
        .containsExactly(
            "road class is required ('*' for any)",
            "unknown mode 'car': expected motorbike or on_foot",
            "unknown season 'monsoon': expected dry or rainy",
            "kmh must be between 0 and 130 (0 closes the road to that mode), got 131");
  }

  @Test
  void aSpeedMustBeAPlainNumberInRange() {
    assertThat(problem("-5"))
        .isEqualTo("kmh must be between 0 and 130 (0 closes the road to that mode), got -5");
    assertThat(problem("NaN")).isEqualTo("kmh must be a number such as 40 or 4.5, got 'NaN'");
    assertThat(problem("1e2")).isEqualTo("kmh must be a number such as 40 or 4.5, got '1e2'");
    assertThat(problem("4,5")).isEqualTo("kmh must be a number such as 40 or 4.5, got '4,5'");
    assertThat(problem(" ")).isEqualTo("kmh is required");
  }

  private static String problem(String kmh) {
    return catchThrowableOfType(
            () -> SpeedChange.of("track", "dirt", "motorbike", "dry", kmh, null),
            InvalidSpeedException.class)
        .getMessage();
  }
}
