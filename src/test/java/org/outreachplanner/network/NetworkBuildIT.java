package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The network build on the hand-checked network of fixtures/small-network.sql. */
@DatabaseTest
class NetworkBuildIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired NetworkBuilder builder;

  @BeforeEach
  void loadSmallNetwork() {
    RoadTables.clear(jdbc);
    RoadTables.load(jdbc, "small-network.sql");
  }

  @Test
  void verticesAreWhereSegmentsMeetEndOrWereSnapped() {
    builder.rebuild();

    List<Map<String, Object>> nodes =
        jdbc.queryForList(
            "SELECT id, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM road_node ORDER BY id");
    assertThat(nodes).hasSize(SmallNetwork.NODES.size());
    for (int i = 0; i < nodes.size(); i++) {
      SmallNetwork.Node expected = SmallNetwork.NODES.get(i);
      Map<String, Object> node = nodes.get(i);
      assertThat(node.get("id")).isEqualTo(expected.id());
      // 1e-7 degrees is about 1 cm
      assertThat((Double) node.get("lon"))
          .as("lon of %d", expected.id())
          .isCloseTo(expected.lon(), within(1e-7));
      assertThat((Double) node.get("lat"))
          .as("lat of %d", expected.id())
          .isCloseTo(expected.lat(), within(1e-7));
    }
  }

  @Test
  void edgesRunBetweenVerticesWithTheirSegmentsAttributesAndGeodesicLengths() {
    builder.rebuild();

    List<Map<String, Object>> edges =
        jdbc.queryForList(
            "SELECT id, source, target, segment_id, road_class, surface, one_way, length_m,"
                + " component FROM road_edge ORDER BY id");
    assertThat(edges).hasSize(SmallNetwork.EDGES.size());
    for (int i = 0; i < edges.size(); i++) {
      SmallNetwork.Edge expected = SmallNetwork.EDGES.get(i);
      Map<String, Object> edge = edges.get(i);
      String id = "edge " + expected.id();
      assertThat(edge.get("id")).as(id).isEqualTo(expected.id());
      assertThat(List.of(edge.get("source"), edge.get("target")))
          .as(id)
          .containsExactly(expected.source(), expected.target());
      assertThat(edge.get("segment_id")).as(id).isEqualTo(expected.segment());
      assertThat(edge.get("road_class")).as(id).isEqualTo(expected.roadClass());
      assertThat(edge.get("surface")).as(id).isEqualTo(expected.surface());
      assertThat(edge.get("one_way")).as(id).isEqualTo(expected.oneWay());
      assertThat((Double) edge.get("length_m")).as(id).isCloseTo(expected.lengthM(), within(0.01));
      assertThat(edge.get("component")).as(id).isEqualTo(expected.component());
    }
    // every edge's geometry starts and ends exactly on its vertices
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM road_edge e JOIN road_node s ON s.id = e.source"
                    + " JOIN road_node t ON t.id = e.target"
                    + " WHERE ST_StartPoint(e.geom) = s.geom AND ST_EndPoint(e.geom) = t.geom",
                Integer.class))
        .isEqualTo(SmallNetwork.EDGES.size());
  }

  @Test
  void placesAreAttachedToTheNearestRoadOrSayWhyNot() {
    builder.rebuild();

    assertThat(
            jdbc.queryForList(
                "SELECT place_kind, place_code, node_id, road_node_id, round(offroad_m::numeric, 2)"
                    + " AS offroad_m, problem FROM place_attachment ORDER BY place_kind, place_code"))
        .containsExactly(
            attachment("commune_centre", "03451", 1L, 1L, "0.00", null),
            attachment("team_base", "T1", 1L, 1L, "0.00", null),
            attachment("village", "V-200M", 3L, 4L, "199.33", null),
            attachment("village", "V-5KM", null, null, null, "no road within 3000 m"),
            attachment("village", "V-ON", 8L, 8L, "0.00", null));
  }

  @Test
  void theReportNamesEveryPieceLeftOutOrGuessed() {
    NetworkReport r = builder.rebuild();

    assertThat(List.of(r.segments(), r.edges(), r.offroadEdges(), r.vertices(), r.components()))
        .containsExactly(6L, 11L, 1L, 13L, 2L);
    assertThat(r.roadLengthKm()).isEqualTo(3.062);
    assertThat(r.isolatedPieces())
        .containsExactly(new NetworkReport.IsolatedPiece(2, 1, 102.88, 103.0305, 22.52));
    assertThat(r.zeroLengthSegments())
        .containsExactly(new NetworkReport.ZeroLengthSegment(5, "tiny", 1.51));
    assertThat(r.unknownRoadClasses())
        .containsExactly(new NetworkReport.UnknownRoadClass("busway", 1));
    assertThat(List.of(r.placesAttached(), r.placesOffroad())).containsExactly(4L, 1L);
    assertThat(r.placesUnattached())
        .containsExactly(
            new NetworkReport.UnattachedPlace("village", "V-5KM", "no road within 3000 m"));
    assertThat(r.edgesWithElevation()).isZero();
    assertThat(List.of(r.snapToleranceM(), r.maxOffroadM())).containsExactly(5.0, 3000.0);
    assertThat(builder.lastReport()).contains(r.withMillis(0));
  }

  @Test
  void rebuildingTheSameInputGivesTheSameIdsAndRows() {
    builder.rebuild();
    List<Map<String, Object>> first = snapshot();
    builder.rebuild();
    assertThat(snapshot()).isEqualTo(first);
    assertThat(TestCounts.rows(jdbc, "road_network_build")).isEqualTo(2);
  }

  @Test
  void withASmallerToleranceTheGapStaysOpenAndTheNearPathIsAnIsolatedPiece() {
    NetworkReport r = builder.rebuild(2, 3000);

    assertThat(r.components()).isEqualTo(3);
    assertThat(r.isolatedPieces())
        .extracting(NetworkReport.IsolatedPiece::edges, NetworkReport.IsolatedPiece::lengthM)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 305.60),
            org.assertj.core.groups.Tuple.tuple(1L, 102.88));
    // 1.51 m is still within 2 m of E
    assertThat(r.zeroLengthSegments()).hasSize(1);
  }

  @Test
  void aShorterReachLeavesTheVillage200mOffTheRoadUnattachedWithTheReason() {
    NetworkReport r = builder.rebuild(5, 150);

    assertThat(r.placesUnattached())
        .containsExactly(
            new NetworkReport.UnattachedPlace("village", "V-200M", "no road within 150 m"),
            new NetworkReport.UnattachedPlace("village", "V-5KM", "no road within 150 m"));
    assertThat(r.offroadEdges()).isZero();
  }

  @Test
  void readersSeeTheOldNetworkUntilTheNewOneIsCommitted() throws Exception {
    builder.rebuild();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.executeQuery("SELECT outreach_build_network(5, 150)").close();
        // the new network is there for the builder's transaction...
        assertThat(count(st, "SELECT count(*) FROM road_edge")).isEqualTo(9);
        // ...while everyone else still sees the old one
        assertThat(TestCounts.rows(jdbc, "road_edge")).isEqualTo(11);
        assertThat(TestCounts.rows(jdbc, "place_attachment WHERE node_id IS NULL")).isEqualTo(1);
        c.commit();
      }
    }
    assertThat(TestCounts.rows(jdbc, "road_edge")).isEqualTo(9);
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<Map<String, Object>> snapshot() {
    return jdbc.queryForList(
        "SELECT 'node' AS t, id::text AS k, ST_AsText(geom) AS v FROM road_node"
            + " UNION ALL SELECT 'edge', id::text, concat_ws(' ', source, target, segment_id,"
            + " road_class, surface, one_way, length_m, component, ST_AsText(geom)) FROM road_edge"
            + " UNION ALL SELECT 'place', place_kind || ' ' || place_code, concat_ws(' ', node_id,"
            + " road_node_id, offroad_m, problem) FROM place_attachment"
            + " ORDER BY 1, 2");
  }

  private static Map<String, Object> attachment(
      String kind, String code, Long node, Long roadNode, String offroad, String problem) {
    Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("place_kind", kind);
    row.put("place_code", code);
    row.put("node_id", node);
    row.put("road_node_id", roadNode);
    row.put("offroad_m", offroad == null ? null : new java.math.BigDecimal(offroad));
    row.put("problem", problem);
    return row;
  }
}
