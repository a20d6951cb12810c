package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TechnologyTest {

  @ParameterizedTest
  @CsvSource({
    "2G, 2G",
    "gsm, 2G",
    "EDGE, 2G",
    "Gprs, 2G",
    "3g, 3G",
    "UMTS, 3G",
    "wcdma, 3G",
    "HSPA, 3G",
    "HSPA+, 3G",
    "hsdpa, 3G",
    "HSUPA, 3G",
    "LTE+, 4G",
    "LTE-A, 4G",
    "lte-a, 4G",
    "NR NSA, 5G",
    "nr sa, 5G",
    "NR  SA, 5G",
    "4G, 4G",
    "LTE, 4G",
    "lte, 4G",
    "5G, 5G",
    "NR, 5G",
    "none, none",
    "NONE, none",
    "No Service, none",
    "no   service, none",
    "noservice, none",
    "0, none"
  })
  void readsTheNamesInUse(String text, String stored) {
    assertThat(Technology.parse(text).stored()).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XYZ", "6G", "4.5G", "LTE-M", "wifi", "1"})
  void knowsNoOtherName(String text) {
    assertThat(Technology.parse(text)).isNull();
  }
}
