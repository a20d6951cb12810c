package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Travel times on the hand-checkable network of fixtures/hand-network.sql, with the speeds of
 * fixtures/hand-speeds.sql (motorbike 10 m/s dry, 5 m/s rainy, no footways; on foot 1 m/s; off-road
 * legs walked at 1 m/s), through the network's own cost function. Speeds are stored as reals, so
 * walked stretches are within a millisecond of the round figures.
 */
@DatabaseTest
class TravelTimeServiceIT {

  private static final PlaceRef C1 = PlaceRef.communeCentre("C1");
  private static final PlaceRef V1 = PlaceRef.village("V1");
  private static final PlaceRef V2 = PlaceRef.village("V2");
  private static final PlaceRef V3 = PlaceRef.village("V3");
  private static final PlaceRef V4 = PlaceRef.village("V4");
  private static final PlaceRef V5 = PlaceRef.village("V5");
  private static final PlaceRef TB1 = PlaceRef.teamBase("TB1");

  @Autowired JdbcTemplate jdbc;
  SpeedProfileSnapshot speeds;
  @Autowired TravelTimeService service;

  @BeforeEach
  void network() {
    RoadTestData.handNetwork(jdbc);
    speeds = RoadTestData.handSpeeds(jdbc);
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @Test
  void motorbikeInTheDrySeasonGivesTheHandComputedTimesAndMetres() {
    TravelTimeMatrix m = computeAndLoad(TravelMode.MOTORBIKE, Season.DRY, null);
    // C1 -e101 1000- 2 -e102 2000- 3 -offroad 50- V1: 100 + 200 + 50 s
    assertTime(m, C1, V1, 350, 3050);
    assertTime(m, V1, C1, 350, 3050);
    // 3 → 4 only one way: C1 → V2 = 100 + 200 + 300 + 100 (walk) = 700 s; back by e104 (600 s)
    assertTime(m, C1, V2, 700, 6100);
    assertTime(m, V2, C1, 800, 7100);
    assertTime(m, V1, V2, 450, 3150);
    assertTime(m, V2, V1, 950, 8150);
    // the team base is 10 m (10 s on foot) off junction 2
    assertTime(m, TB1, V1, 260, 2060);
    // V3 lies beyond a footway (no motorbikes), V4 is not attached, V5 in another component
    for (PlaceRef p : List.of(V3, V4, V5)) {
      assertThat(m.seconds(C1, p)).as(p.toString()).isEmpty();
      assertThat(m.seconds(p, C1)).as(p.toString()).isEmpty();
    }
  }

  @Test
  void onFootAndInTheRainyTimesFollowTheirSpeeds() {
    TravelTimeMatrix foot = computeAndLoad(TravelMode.ON_FOOT, Season.DRY, null);
    assertTime(foot, C1, V1, 3050, 3050);
    // the footway is open on foot: C1 → 2 → 5 → V3
    assertTime(foot, C1, V3, 1420, 1420);
    TravelTimeMatrix rainy = computeAndLoad(TravelMode.MOTORBIKE, Season.RAINY, null);
    // roads at 5 m/s, the walk still 1 m/s: 200 + 400 + 50
    assertTime(rainy, C1, V1, 650, 3050);
  }

  @Test
  void storesEveryOrderedPairWithATimeAndCountsThoseWithout() {
    TravelTimeSummary summary = compute(TravelMode.MOTORBIKE, Season.DRY, null, false);
    // C1, V1, V2, TB1 are joined both ways (4 × 3 = 12 pairs); V3 and V5 reach nothing else
    // and are reached by nothing; V4 is not on the network
    assertThat(summary.pairs()).isEqualTo(12);
    assertThat(summary.unreachable()).isEqualTo(7 * 6 - 12);
    assertThat(summary.beyondLimit()).isZero();
    Integer rows =
        jdbc.queryForObject(
            "SELECT count(*) FROM travel_time WHERE mode = 'motorbike' AND season = 'dry'",
            Integer.class);
    assertThat(rows).isEqualTo(12);
  }

  @Test
  void anUnchangedAreaIsNotComputedAgainUnlessForced() {
    assertThat(compute(TravelMode.MOTORBIKE, Season.DRY, null, false).computedAreas()).isEqualTo(1);
    assertThat(compute(TravelMode.MOTORBIKE, Season.DRY, null, false).computedAreas()).isZero();
    assertThat(compute(TravelMode.MOTORBIKE, Season.DRY, null, true).computedAreas()).isEqualTo(1);
    // a longer road changes the area's inputs
    jdbc.update("UPDATE road_edge SET length_m = 2500 WHERE id = 102");
    assertThat(compute(TravelMode.MOTORBIKE, Season.DRY, null, false).computedAreas()).isEqualTo(1);
    TravelTimeMatrix m = load(TravelMode.MOTORBIKE, Season.DRY, "");
    assertTime(m, C1, V1, 400, 3550);
  }

  @Test
  void aChangeInAnotherComponentOnlyLeavesTheAreaAlone() {
    compute(TravelMode.MOTORBIKE, Season.DRY, null, false);
    // a new road in a component none of the area's places lies in
    jdbc.update(
        "INSERT INTO road_node (id, geom) VALUES (20, ST_SetSRID(ST_MakePoint(104.5, 21.5), 4326)),"
            + " (21, ST_SetSRID(ST_MakePoint(104.51, 21.5), 4326))");
    jdbc.update(
        "INSERT INTO road_edge (id, source, target, road_class, length_m, geom) VALUES (120, 20,"
            + " 21, 'track', 900, ST_MakeLine((SELECT geom FROM road_node WHERE id = 20),"
            + " (SELECT geom FROM road_node WHERE id = 21)))");
    assertThat(compute(TravelMode.MOTORBIKE, Season.DRY, null, false).computedAreas()).isZero();
    // but the same road joined to the area's component counts
    jdbc.update("UPDATE road_edge SET source = 4 WHERE id = 120");
    assertThat(compute(TravelMode.MOTORBIKE, Season.DRY, null, false).computedAreas()).isEqualTo(1);
  }

  @Test
  void closuresChangeTimesOnlyOnTheirDates() {
    jdbc.update(
        "INSERT INTO road_closure (name, reason, closed_from, closed_to, geom) VALUES"
            + " ('Landslide at Km 12', 'landslide', '2026-03-01', '2026-03-10',"
            + " ST_MakeEnvelope(104.019, 20.999, 104.021, 21.001, 4326))");
    TravelTimeMatrix open = computeAndLoad(TravelMode.MOTORBIKE, Season.DRY, null);
    compute(TravelMode.MOTORBIKE, Season.DRY, LocalDate.of(2026, 3, 5), false);
    TravelTimeMatrix closed = load(TravelMode.MOTORBIKE, Season.DRY, "1");
    // e102 is closed: V1 cannot be reached (3 → 4 is one way), V2 only by e104
    assertThat(closed.seconds(C1, V1)).isEmpty();
    assertTime(closed, C1, V2, 800, 7100);
    // on a date outside the closure the times are those without closures
    compute(TravelMode.MOTORBIKE, Season.DRY, LocalDate.of(2026, 4, 1), true);
    TravelTimeMatrix after = load(TravelMode.MOTORBIKE, Season.DRY, "");
    for (int i = 0; i < open.size(); i++) {
      for (int j = 0; j < open.size(); j++) {
        assertThat(after.seconds(i, j)).isEqualTo(open.seconds(i, j));
      }
    }
  }

  @Test
  void withADateAndNoSeasonTheSeasonOfTheDateIsUsed() {
    TravelTimeSummary summary =
        service.compute(
            new TravelTimeService.Request(
                "C1", List.of(TravelMode.MOTORBIKE), null, LocalDate.of(2026, 7, 1), false),
            TravelTimeService.Progress.NONE);
    assertThat(summary.outcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.key().season()).isEqualTo(Season.RAINY));
  }

  @Test
  void communesWhoseCentresDoNotJoinAreNamedInAProvinceArea() {
    // a second commune whose centre is on the other component (vertex 6), with no villages
    jdbc.update(
        "INSERT INTO commune (code, province_code, name, boundary, centre) VALUES ('C2', 'T1',"
            + " 'Xã Bên', ST_Multi(ST_MakeEnvelope(104.19, 21.09, 104.3, 21.2, 4326)),"
            + " ST_SetSRID(ST_MakePoint(104.2, 21.1), 4326))");
    jdbc.update(
        "INSERT INTO place_attachment (place_kind, place_code, node_id, road_node_id, offroad_m)"
            + " VALUES ('commune_centre', 'C2', 6, 6, 0)");
    TravelTimeSummary summary =
        service.compute(
            new TravelTimeService.Request(
                "T1", List.of(TravelMode.MOTORBIKE), List.of(Season.DRY), null, false),
            TravelTimeService.Progress.NONE);
    // C2 reaches V5 (its component) and V5 reaches C2: those two pairs join; C1's four joined
    // places still make 12 pairs
    assertThat(summary.pairs()).isEqualTo(14);
    assertThat(summary.outcomes().get(0).unreachablePlaces())
        .extracting(UnreachablePlace::code, UnreachablePlace::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("V3", "no_passage"),
            org.assertj.core.groups.Tuple.tuple("V4", "not_attached"),
            org.assertj.core.groups.Tuple.tuple("V5", "other_component"),
            org.assertj.core.groups.Tuple.tuple("C2", "other_component"),
            org.assertj.core.groups.Tuple.tuple("C1", "other_component"));
    assertThat(summary.outcomes().get(0).unreachablePlaces().get(3).explanation().english())
        .startsWith("cannot be reached from the commune centre of Xã Thử (C1): ");
  }

  private TravelTimeSummary compute(TravelMode mode, Season season, LocalDate date, boolean force) {
    return service.compute(
        new TravelTimeService.Request("C1", List.of(mode), List.of(season), date, force),
        TravelTimeService.Progress.NONE);
  }

  private TravelTimeMatrix computeAndLoad(TravelMode mode, Season season, LocalDate date) {
    compute(mode, season, date, false);
    return load(mode, season, "");
  }

  private TravelTimeMatrix load(TravelMode mode, Season season, String closureSet) {
    PlanningArea area = service.areasOf("C1").get(0);
    return service.storedMatrix(area, mode, season, closureSet);
  }

  private static void assertTime(
      TravelTimeMatrix m, PlaceRef from, PlaceRef to, double seconds, double metres) {
    int i = m.idOf(from);
    int j = m.idOf(to);
    assertThat(m.seconds(i, j)).as(from + " → " + to + " seconds").isCloseTo(seconds, within(1e-3));
    assertThat(m.metres(i, j)).as(from + " → " + to + " metres").isCloseTo(metres, within(1e-6));
  }
}
