package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

  @ParameterizedTest
  @CsvSource({
    "-95, -95",
    "+12, 12",
    "-11.5, -11.5",
    "0.1, 0.1",
    "-95.125, -95.125",
    "5., 5",
    ".5, 0.5",
    "-1e1, -10",
    "2.5E-1, 0.25",
    "1234567890123456789, 1234567890123456789"
  })
  void readsDecimalNumbersExactlyAsTheJdkDoes(String text, double expected) {
    assertThat(DecimalText.parse(text, false)).isEqualTo(expected);
    assertThat(DecimalText.parse(text, false)).isEqualTo(Double.parseDouble(text));
  }

  @Test
  void readsADecimalCommaOnlyWhenAsked() {
    assertThat(DecimalText.parse("-95,5", true)).isEqualTo(-95.5);
    assertThat(DecimalText.parse("-95.5", true)).isEqualTo(-95.5);
    assertThat(DecimalText.parse("-95,5", false)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".",
        "NaN",
        "Infinity",
        "-Infinity",
        "0x1p3",
        "1d",
        "1f",
        "1,000.5",
        "1.2.3",
        "-95 dBm",
        "1e",
        "1e+",
        "e5",
        "--1",
        "1 000"
      })
  void refusesEverythingElse(String text) {
    assertThat(DecimalText.parse(text, false)).isNaN();
  }
}
