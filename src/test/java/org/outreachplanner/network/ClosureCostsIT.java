package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closures on the hand-checked network: in force on their dates only, no rebuild needed. */
@DatabaseTest
class ClosureCostsIT {

  private static final LocalDate JUNE_3 = LocalDate.of(2026, 6, 3);
  private static final LocalDate JUNE_4 = LocalDate.of(2026, 6, 4);

  /** A landslide on cross between the crossing X and N1 (edge 5), 1 to 3 June. */
  private static final String LANDSLIDE =
      "POLYGON((103.0049 22.501, 103.0051 22.501, 103.0051 22.502, 103.0049 22.502,"
          + " 103.0049 22.501))";

  /** Works along main from just east of X to just west of E (edge 3), 3 to 10 June. */
  private static final String WORKS = "LINESTRING(103.0051 22.50001, 103.0099 22.50001)";

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;
  @Autowired ClosureRepository closures;

  @BeforeEach
  void buildSmallNetwork() {
    RoadTables.clear(jdbc);
    RoadTables.load(jdbc, "small-network.sql");
    builder.rebuild();
  }

  @Test
  void aClosureClosesItsEdgesBothWaysOnItsDatesOnly() {
    long id = closures.add(closure("Sạt lở", LANDSLIDE, "2026-06-01", "2026-06-03"));

    assertThat(costs(5, JUNE_3)).containsExactly(-1.0, -1.0);
    double open = 332.2113 / (30 / 3.6);
    assertThat(costs(5, JUNE_4).get(0)).isCloseTo(open, within(0.01));
    assertThat(costs(5, null).get(1)).isCloseTo(open, within(0.01));
    assertThat(closures.closedEdges(JUNE_3)).containsExactly(new ClosedEdge(5, id));
    assertThat(closures.closedEdges(JUNE_4)).isEmpty();
    assertThat(TestCounts.rows(jdbc, "road_network_build")).isEqualTo(1);
  }

  @Test
  void aLineClosesTheEdgesRunningAlongItNotThoseItMeets() {
    long id = closures.add(closure("Thi công", WORKS, "2026-06-03", "2026-06-10"));

    assertThat(closures.closedEdges(JUNE_3)).containsExactly(new ClosedEdge(3, id));
    // with main closed east of the crossing, the east end cannot be reached from W
    assertThat(route(1, 11, JUNE_3)).isNull();
    assertThat(route(1, 11, LocalDate.of(2026, 6, 11)))
        .isCloseTo(
            (257.2406 + 257.2406 + 514.4812) / (40 / 3.6) + 514.4812 / (20 / 3.6), within(0.01));
  }

  @Test
  void theClosuresInForceAreNamedAndKeyedByDate() {
    long landslide = closures.add(closure("Sạt lở", LANDSLIDE, "2026-06-01", "2026-06-03"));
    long works = closures.add(closure("Thi công", WORKS, "2026-06-03", "2026-06-10"));

    assertThat(closures.closuresActiveOn(JUNE_3))
        .extracting(Closure::id, Closure::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(landslide, "Sạt lở"),
            org.assertj.core.groups.Tuple.tuple(works, "Thi công"));
    assertThat(closures.closureSetKey(LocalDate.of(2026, 6, 2))).isEqualTo(landslide + "");
    assertThat(closures.closureSetKey(JUNE_3)).isEqualTo(landslide + "," + works);
    assertThat(closures.closureSetKey(JUNE_4)).isEqualTo(works + "");
    assertThat(closures.closureSetKey(LocalDate.of(2026, 6, 11))).isEmpty();
  }

  @Test
  void aVillageCutOffByAClosureCanBeToldWhichClosureCutItOff() {
    long id = closures.add(closure("Sạt lở", LANDSLIDE, "2026-06-01", "2026-06-03"));

    // V-ON (vertex 8) is beyond the landslide: no route from the commune centre (vertex 1)
    assertThat(route(1, 8, JUNE_3)).isNull();
    assertThat(route(1, 8, JUNE_4)).isNotNull();
    // the landslide's closed edge ends at N1, 110.74 m south of V-ON
    List<PlaceClosure> blamed = closures.closuresAffecting("village", "V-ON", JUNE_3);
    assertThat(blamed).hasSize(1);
    PlaceClosure c = blamed.get(0);
    assertThat(List.of(c.closureId(), c.name(), c.closedEdges())).containsExactly(id, "Sạt lở", 1L);
    assertThat(c.distanceM()).isCloseTo(110.7371, within(0.01));
    assertThat(closures.closuresAffecting("village", "V-ON", JUNE_4)).isEmpty();
    // a place in another component is not affected; an unattached one has no component
    assertThat(closures.closuresAffecting("village", "V-5KM", JUNE_3)).isEmpty();
  }

  @Test
  void deletingAClosureReopensTheRoad() {
    long id = closures.add(closure("Sạt lở", LANDSLIDE, "2026-06-01", "2026-06-03"));

    assertThat(closures.delete(id)).isTrue();
    assertThat(closures.delete(id)).isFalse();
    assertThat(costs(5, JUNE_3).get(0)).isPositive();
  }

  private List<Double> costs(long edge, LocalDate date) {
    return jdbc.queryForObject(
        "SELECT cost, reverse_cost FROM outreach_edge_costs('motorbike', 'dry', ?) WHERE id = ?",
        (rs, n) -> List.of(rs.getDouble(1), rs.getDouble(2)),
        date,
        edge);
  }

  /** The motorbike time in the dry season from one vertex to another on a date, or null. */
  private Double route(long from, long to, LocalDate date) {
    String edges = "SELECT * FROM outreach_edge_costs('motorbike', 'dry', '" + date + "')";
    return jdbc.queryForObject(
        "SELECT sum(cost) FROM pgr_dijkstra(?, ?::bigint, ?::bigint)",
        Double.class,
        edges,
        from,
        to);
  }

  private static ClosureInput closure(String name, String wkt, String from, String to) {
    try {
      Geometry g = new WKTReader().read(wkt);
      g.setSRID(4326);
      return new ClosureInput(name, null, LocalDate.parse(from), LocalDate.parse(to), g);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
