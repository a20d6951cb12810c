package org.outreachplanner.roads;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether the routable network is there to compute travel times on. */
@Component
class NetworkState {

  private static final String SELECT_COUNTS =
      """
      SELECT (SELECT count(*) FROM road_edge) AS edges,
             (SELECT count(*) FROM road_segment) AS segments
      """;

  private final JdbcTemplate jdbc;

  NetworkState(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Throws, saying what to do, when there is no network to route on. */
  void ensureBuilt() {
    jdbc.query(
        SELECT_COUNTS,
        rs -> {
          long edges = rs.getLong("edges");
          long segments = rs.getLong("segments");
          if (edges == 0) {
            throw new NetworkNotReadyException(
                segments == 0
                    ? "there are no roads: import them first (outreach import roads FILE)"
                    : "the road network has not been built from the "
                        + segments
                        + " road segments yet");
          }
        });
  }
}
