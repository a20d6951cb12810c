package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.RoadTables;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.SmallNetwork;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Travel times through the network build, on the hand-checked roads of fixtures/small-network.sql
 * (edge lengths in {@link SmallNetwork}) with the speeds of fixtures/hand-speeds.sql: by motorbike
 * 10 m/s on the roads, 1 m/s walked off the road.
 */
@DatabaseTest
class BuiltNetworkTravelTimesIT {

  private static final PlaceRef CENTRE = PlaceRef.communeCentre("03451");
  private static final PlaceRef ON_ROAD = PlaceRef.village("V-ON");
  private static final PlaceRef OFF_ROAD = PlaceRef.village("V-200M");
  private static final PlaceRef TEAM = PlaceRef.teamBase("T1");

  @Autowired JdbcTemplate jdbc;
  @Autowired TravelTimeService service;
  SpeedProfileSnapshot speeds;

  @BeforeEach
  void roads() {
    RoadTestData.clear(jdbc);
    RoadTables.load(jdbc, "small-network.sql");
    speeds = RoadTestData.handSpeeds(jdbc);
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @Test
  void theNetworkIsBuiltFirstAndTimesFollowItsEdges() {
    TravelTimeSummary summary = compute(TravelMode.MOTORBIKE);
    assertThat(summary.networkBuild()).isNotNull();
    assertThat(summary.networkBuild().edges()).isEqualTo(SmallNetwork.EDGES.size());
    TravelTimeMatrix m = load(TravelMode.MOTORBIKE);

    // W → 4 → X (main) → N1 → V-ON (cross): 257.2406 + 257.2406 + 332.2113 + 110.7371 m
    double toOnRoad = 957.4296;
    assertTime(m, CENTRE, ON_ROAD, toOnRoad / 10, toOnRoad);
    assertTime(m, ON_ROAD, CENTRE, toOnRoad / 10, toOnRoad);
    // the team is based at the commune centre's vertex
    assertTime(m, TEAM, ON_ROAD, toOnRoad / 10, toOnRoad);
    // W → 4 by road (257.2406 m), then 199.3267 m walked to V-200M
    assertTime(m, CENTRE, OFF_ROAD, 25.72406 + 199.3267, 257.2406 + 199.3267);
    // walked to 4, then 4 → X → N1 → V-ON by road
    assertTime(m, OFF_ROAD, ON_ROAD, 199.3267 + 70.01890, 199.3267 + 700.1890);
    // V-5KM is 4.8 km from the nearest road
    assertThat(m.seconds(CENTRE, PlaceRef.village("V-5KM"))).isEmpty();
    assertThat(summary.outcomes().get(0).unreachablePlaces())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("V-5KM");
              assertThat(p.reason()).isEqualTo("not_attached");
              assertThat(p.explanation().english()).contains("no road within 3000 m");
            });
  }

  @Test
  void onFootTheWholeWayIsWalked() {
    compute(TravelMode.ON_FOOT);
    assertTime(load(TravelMode.ON_FOOT), CENTRE, ON_ROAD, 957.4296, 957.4296);
  }

  @Test
  void aChangedRoadSegmentRebuildsTheNetworkAndRecomputesTheArea() {
    compute(TravelMode.MOTORBIKE);
    TravelTimeSummary again = compute(TravelMode.MOTORBIKE);
    assertThat(again.networkBuild()).isNull();
    assertThat(again.computedAreas()).isZero();

    // the main road becomes a footway: no motorbikes from W to X
    jdbc.update(
        "UPDATE road_segment SET road_class = 'footway', updated_at = now() WHERE source_id = 'main'");
    TravelTimeSummary changed = compute(TravelMode.MOTORBIKE);
    assertThat(changed.networkBuild()).isNotNull();
    assertThat(changed.computedAreas()).isEqualTo(1);
    assertThat(load(TravelMode.MOTORBIKE).seconds(CENTRE, ON_ROAD)).isEmpty();
  }

  private TravelTimeSummary compute(TravelMode mode) {
    return service.compute(
        new TravelTimeService.Request("03451", List.of(mode), List.of(Season.DRY), null, false),
        TravelTimeService.Progress.NONE);
  }

  private TravelTimeMatrix load(TravelMode mode) {
    return service.storedMatrix(service.areasOf("03451").get(0), mode, Season.DRY, "");
  }

  private static void assertTime(
      TravelTimeMatrix m, PlaceRef from, PlaceRef to, double seconds, double metres) {
    int i = m.idOf(from);
    int j = m.idOf(to);
    assertThat(m.seconds(i, j)).as(from + " → " + to + " seconds").isCloseTo(seconds, within(0.01));
    assertThat(m.metres(i, j)).as(from + " → " + to + " metres").isCloseTo(metres, within(0.01));
  }
}
