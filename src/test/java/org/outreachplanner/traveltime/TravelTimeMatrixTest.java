package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;

/**
 * The scheduler's view of travel times: dense ids, lookups by place, no time where none is known.
 */
class TravelTimeMatrixTest {

  private static final PlaceRef CENTRE = PlaceRef.communeCentre("03439");
  private static final PlaceRef V1 = PlaceRef.village("03439-01");
  private static final PlaceRef V2 = PlaceRef.village("03439-02");

  @Test
  void timesAreLookedUpByDenseIdOrByPlace() {
    TravelTimeMatrix m =
        TravelTimeMatrix.empty(TravelMode.MOTORBIKE, Season.DRY, "", List.of(CENTRE, V1, V2));
    m.put(0, 1, 1260, 9800);
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.idOf(V1)).isEqualTo(1);
    assertThat(m.idOf(PlaceRef.village("elsewhere"))).isEqualTo(-1);
    assertThat(m.seconds(0, 1)).isEqualTo(1260);
    assertThat(m.metres(0, 1)).isEqualTo(9800);
    assertThat(m.seconds(CENTRE, V1)).hasValue(1260);
    // a place to itself is 0; a pair without a time has none, never a guess
    assertThat(m.seconds(V2, V2)).hasValue(0);
    assertThat(m.reachable(1, 0)).isFalse();
    assertThat(m.seconds(1, 0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(m.seconds(V1, CENTRE)).isEmpty();
    assertThat(m.seconds(V1, PlaceRef.village("elsewhere"))).isEmpty();
  }

  @Test
  void aPlaceListedTwiceIsRefused() {
    assertThatThrownBy(
            () -> TravelTimeMatrix.empty(TravelMode.ON_FOOT, Season.RAINY, "", List.of(V1, V1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bandsSplitAtHalfAnHourOneTwoAndFourHours() {
    assertThat(BandsRepository.band(0)).isEqualTo("under_30min");
    assertThat(BandsRepository.band(1799.9)).isEqualTo("under_30min");
    assertThat(BandsRepository.band(1800)).isEqualTo("30_60min");
    assertThat(BandsRepository.band(3600)).isEqualTo("1_2h");
    assertThat(BandsRepository.band(7200)).isEqualTo("2_4h");
    assertThat(BandsRepository.band(14400)).isEqualTo("over_4h");
  }

  @Test
  void durationsReadAsPlannersWriteThem() {
    assertThat(Durations.words(21600)).isEqualTo("6 h 00 min");
    assertThat(Durations.words(1260)).isEqualTo("21 min");
    assertThat(Durations.clock(185)).isEqualTo("3 min 05 s");
  }
}
