package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.outreachplanner.network.Place;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.springframework.jdbc.core.JdbcTemplate;

/** pgRouting's pgr_dijkstraCostMatrix on the network's own costs, the reference of the tests. */
final class PgRoutingMatrix {

  private static final String PGR_MATRIX =
      """
      SELECT start_vid, end_vid, agg_cost
        FROM pgr_dijkstraCostMatrix(
               'SELECT id, source, target, cost, reverse_cost FROM outreach_edge_costs('
                   || quote_literal(?) || ', ' || quote_literal(?) || ')',
               CAST(? AS bigint[]), directed => true)
      """;

  private final Map<List<Long>, Double> costs;

  private PgRoutingMatrix(Map<List<Long>, Double> costs) {
    this.costs = costs;
  }

  /** pgRouting's costs between every two of these vertices (road_node ids). */
  static PgRoutingMatrix of(JdbcTemplate jdbc, TravelMode mode, Season season, long[] nodes) {
    Map<List<Long>, Double> costs = new HashMap<>();
    Object array =
        jdbc.execute(
            (Connection c) ->
                c.createArrayOf("bigint", Arrays.stream(nodes).distinct().boxed().toArray()));
    jdbc.query(
        PGR_MATRIX,
        rs -> {
          costs.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getDouble(3));
        },
        mode.code(),
        season.code(),
        array);
    return new PgRoutingMatrix(costs);
  }

  /** The cost from one vertex to another, or null when pgRouting has no row (no way). */
  Double seconds(long from, long to) {
    return from == to ? Double.valueOf(0) : costs.get(List.of(from, to));
  }

  /** How the pairs of a stored matrix compare. */
  record Agreement(int pairs, int equal, int unreachable, int beyondLimit) {}

  /**
   * Asserts that every ordered pair of the area's attached places has pgRouting's time within a
   * second when that is within {@code limit}, and no time otherwise.
   */
  Agreement assertAgrees(PlanningArea area, TravelTimeMatrix stored, double limit) {
    int pairs = 0;
    int equal = 0;
    int unreachable = 0;
    int beyond = 0;
    for (Place a : area.places()) {
      for (Place b : area.places()) {
        if (a == b) {
          continue;
        }
        pairs++;
        OptionalDouble ours = stored.seconds(a.ref(), b.ref());
        Double expected = a.attached() && b.attached() ? seconds(a.nodeId(), b.nodeId()) : null;
        String pair = a.ref() + " → " + b.ref();
        if (expected == null || expected > limit) {
          assertThat(ours).as(pair).isEmpty();
          if (expected == null) {
            unreachable++;
          } else {
            beyond++;
          }
        } else {
          assertThat(ours).as(pair).isPresent();
          assertThat(Math.abs(ours.getAsDouble() - expected)).as(pair).isLessThanOrEqualTo(1.0);
          equal++;
        }
      }
    }
    return new Agreement(pairs, equal, unreachable, beyond);
  }
}
