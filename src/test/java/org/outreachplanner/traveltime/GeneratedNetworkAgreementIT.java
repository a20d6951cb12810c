package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every stored travel time of realistic scenarios against pgRouting, with the default speeds: a
 * generated province of 300 villages with loops, and the demo in maps/demo, each imported, its
 * network built, its matrices computed for every province.
 */
@DatabaseTest
class GeneratedNetworkAgreementIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @Autowired TravelTimeService service;
  @Autowired TravelTimeEngine engine;
  @TempDir Path dir;

  @BeforeEach
  void empty() {
    RoadTestData.clear(jdbc);
  }

  @ParameterizedTest
  @CsvSource({"MOTORBIKE, DRY", "ON_FOOT, RAINY"})
  void aGeneratedProvince(TravelMode mode, Season season) {
    RoadTestData.generateProvince(dir, 7, 300, 1.5);
    load(dir);
    PgRoutingMatrix.Agreement agreement = computeAndCompare("90", mode, season);
    if (mode == TravelMode.MOTORBIKE) {
      assertThat(agreement.equal()).as("most pairs joined").isGreaterThan(agreement.pairs() / 2);
    } else {
      // walking in the rain, many pairs of the province are more than 6 h apart
      assertThat(agreement.equal()).isPositive();
      assertThat(agreement.beyondLimit()).isPositive();
    }
  }

  @Test
  void theDemo() {
    load(Path.of("maps", "demo"));
    int equal = 0;
    for (String province : List.of("12", "44")) {
      PgRoutingMatrix.Agreement agreement =
          computeAndCompare(province, TravelMode.MOTORBIKE, Season.DRY);
      equal += agreement.equal();
    }
    assertThat(equal).isPositive();
  }

  private PgRoutingMatrix.Agreement computeAndCompare(
      String province, TravelMode mode, Season season) {
    TravelTimeSummary summary =
        service.compute(
            new TravelTimeService.Request(province, List.of(mode), List.of(season), null, true),
            TravelTimeService.Progress.NONE);
    PlanningArea area = service.areasOf(province).get(0);
    TravelTimeMatrix stored = service.storedMatrix(area, mode, season, "");
    long[] nodes =
        area.places().stream().filter(Place::attached).mapToLong(Place::nodeId).toArray();
    PgRoutingMatrix.Agreement agreement =
        PgRoutingMatrix.of(jdbc, mode, season, nodes)
            .assertAgrees(area, stored, engine.maxSeconds());
    assertThat(summary.unreachable()).isEqualTo(agreement.unreachable());
    assertThat(summary.beyondLimit()).isEqualTo(agreement.beyondLimit());
    return agreement;
  }

  private void load(Path scenario) {
    RoadTestData.importScenario(imports, scenario);
  }
}
