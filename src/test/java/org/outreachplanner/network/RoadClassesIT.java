package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default speed profile agrees with the class table: 0 km/h exactly where a mode may not go.
 */
@DatabaseTest
class RoadClassesIT {

  @Autowired JdbcTemplate jdbc;

  @Test
  void everyClassHasSpeedsClosedToTheModesThatMayNotUseIt() {
    for (Map.Entry<String, Set<TravelMode>> c : RoadClasses.MODES.entrySet()) {
      for (TravelMode mode : TravelMode.values()) {
        for (String season : new String[] {"dry", "rainy"}) {
          Double kmh =
              jdbc.queryForObject(
                  "SELECT kmh FROM speed_profile WHERE road_class = ? AND surface = '*'"
                      + " AND mode = ? AND season = ?",
                  Double.class,
                  c.getKey(),
                  mode.code(),
                  season);
          String what = c.getKey() + " " + mode.code() + " " + season;
          if (c.getValue().contains(mode)) {
            assertThat(kmh).as(what).isPositive();
          } else {
            assertThat(kmh).as(what).isZero();
          }
        }
      }
    }
  }

  @Test
  void classesThatAreNoRoadAreLeftOut() {
    assertThat(RoadClasses.notARoad("construction")).isTrue();
    assertThat(RoadClasses.notARoad("proposed")).isTrue();
    assertThat(RoadClasses.notARoad("abandoned")).isTrue();
    assertThat(RoadClasses.notARoad("steps")).isFalse();
    assertThat(RoadClasses.modes("steps")).containsExactly(TravelMode.ON_FOOT);
    assertThat(RoadClasses.modes("busway")).isNull();
  }
}
