package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stretch of road that collapses into one vertex when its ends are snapped (fixture
 * collapsed-stretch.sql, taken from a generated province whose build failed on it): it is dropped
 * and reported, the rest of the road is kept, and no edge of zero length reaches road_edge.
 */
@DatabaseTest
class CollapsedStretchIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;

  @BeforeEach
  void roads() {
    RoadTables.clear(jdbc);
    RoadTables.load(jdbc, "collapsed-stretch.sql");
  }

  @Test
  void theCollapsedStretchIsDroppedAndReportedAndTheRoadIsKept() {
    NetworkReport r = builder.rebuild();

    assertThat(r.collapsedPieces()).hasSize(1);
    NetworkReport.CollapsedPieces c = r.collapsedPieces().get(0);
    assertThat(c.sourceId()).isEqualTo("road-90025-062");
    assertThat(c.pieces()).isEqualTo(1);
    // the junction: where road-90025-062 starts, moved onto road-90025-058 that runs past it
    assertThat(List.of(c.lon(), c.lat())).containsExactly(105.554903, 19.372011);
    assertThat(r.zeroLengthSegments()).isEmpty();
    assertThat(r.components()).isEqualTo(1);

    assertThat(TestCounts.rows(jdbc, "road_edge WHERE NOT (length_m > 0)")).isZero();
    assertThat(TestCounts.rows(jdbc, "road_edge WHERE source = target")).isZero();
    // every road still has edges, and road-90025-062 leaves the junction
    assertThat(
            jdbc.queryForObject("SELECT count(DISTINCT segment_id) FROM road_edge", Integer.class))
        .isEqualTo(6);
    assertThat(
            TestCounts.rows(
                jdbc,
                "road_edge e JOIN road_segment s ON s.id = e.segment_id"
                    + " WHERE s.source_id = 'road-90025-062'"
                    + " AND ST_DWithin(ST_StartPoint(e.geom)::geography,"
                    + " ST_SetSRID(ST_MakePoint(105.554903, 19.372011), 4326)::geography, 0.1)"))
        .isEqualTo(1);
    assertThat(NetworkReportText.lines(r))
        .contains(
            "  stretches collapsed into one vertex, dropped: 1",
            "    segment "
                + c.segmentId()
                + " (road-90025-062): 1 stretch at 105.554903,"
                + " 19.372011 (lon, lat)");
  }

  @Test
  void aSegmentLeftWithNothingButCollapsedStretchesIsAZeroLengthSegment() {
    // a 10.6 m road between the two points of the junction that collapsed: nothing of it is left
    jdbc.update(
        "INSERT INTO road_segment (source_id, road_class, surface, geom)"
            + " SELECT 'spur', 'path', 'dirt', ST_MakeLine(ST_StartPoint(geom),"
            + " ST_LineInterpolatePoint(geom, 0.008995199821322207))"
            + " FROM road_segment WHERE source_id = 'road-90025-062'");

    NetworkReport r = builder.rebuild();

    assertThat(r.zeroLengthSegments())
        .extracting(NetworkReport.ZeroLengthSegment::sourceId)
        .containsExactly("spur");
    assertThat(r.collapsedPieces())
        .extracting(NetworkReport.CollapsedPieces::sourceId)
        .containsExactly("road-90025-062");
    assertThat(TestCounts.rows(jdbc, "road_edge WHERE NOT (length_m > 0)")).isZero();
  }
}
