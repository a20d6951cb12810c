package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyIdentityTest {

  static SignalReading rsrp(double value) {
    double[] values = SignalReading.NOT_MEASURED.values().clone();
    values[SignalMeasure.RSRP.ordinal()] = value;
    return SignalReading.of(values);
  }

  private static final SurveyRow ROW =
      new SurveyRow(
          2, 106.5, 17.25, 1_778_724_720_000_000L, "Viettel", Technology.G4, rsrp(-95), "dev-1");

  @Test
  void dependsOnTheObservationNotOnTheSignalOrTheLine() {
    SurveyRow sameObservation =
        new SurveyRow(
            9,
            106.5,
            17.25,
            1_778_724_720_000_000L,
            "Viettel",
            Technology.G4,
            SignalReading.NOT_MEASURED,
            "dev-1");

    assertThat(SurveyIdentity.key(sameObservation)).isEqualTo(SurveyIdentity.key(ROW));
  }

  @Test
  void everyIdentityFieldChangesTheKey() {
    Set<Long> keys = new HashSet<>();
    keys.add(SurveyIdentity.key(ROW));
    keys.add(
        SurveyIdentity.key(
            with(
                106.50000000000001,
                17.25,
                1_778_724_720_000_000L,
                "Viettel",
                Technology.G4,
                "dev-1")));
    keys.add(
        SurveyIdentity.key(
            with(
                106.5,
                17.250000000000004,
                1_778_724_720_000_000L,
                "Viettel",
                Technology.G4,
                "dev-1")));
    keys.add(
        SurveyIdentity.key(
            with(106.5, 17.25, 1_778_724_720_000_001L, "Viettel", Technology.G4, "dev-1")));
    keys.add(
        SurveyIdentity.key(
            with(106.5, 17.25, 1_778_724_720_000_000L, "viettel", Technology.G4, "dev-1")));
    keys.add(
        SurveyIdentity.key(
            with(106.5, 17.25, 1_778_724_720_000_000L, "Viettel", Technology.G3, "dev-1")));
    keys.add(
        SurveyIdentity.key(
            with(106.5, 17.25, 1_778_724_720_000_000L, "Viettel", Technology.G4, "dev-2")));
    keys.add(
        SurveyIdentity.key(
            with(17.25, 106.5, 1_778_724_720_000_000L, "Viettel", Technology.G4, "dev-1")));

    assertThat(keys).hasSize(8);
  }

  @Test
  void fieldBoundariesCannotShift() {
    long a = SurveyIdentity.key(with(106.5, 17.25, 0, "ab", Technology.G4, "cd"));
    long b = SurveyIdentity.key(with(106.5, 17.25, 0, "abc", Technology.G4, "d"));
    long c = SurveyIdentity.key(with(106.5, 17.25, 0, "cd", Technology.G4, "ab"));

    assertThat(Set.of(a, b, c)).hasSize(3);
  }

  @Test
  void aMillionNeighbouringReadingsHaveDistinctKeys() {
    LongIntMap keys = new LongIntMap(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      SurveyRow row =
          with(
              106 + (i % 1000) * 1e-5,
              17 + (i / 1000) * 1e-5,
              1_778_724_720_000_000L + i,
              "Viettel",
              Technology.G4,
              "dev-" + (i % 7));
      assertThat(keys.putIfAbsent(SurveyIdentity.key(row), i)).isEqualTo(LongIntMap.ABSENT);
    }
  }

  private static SurveyRow with(
      double lon, double lat, long micros, String operator, Technology technology, String source) {
    return new SurveyRow(
        1, lon, lat, micros, operator, technology, SignalReading.NOT_MEASURED, source);
  }
}
