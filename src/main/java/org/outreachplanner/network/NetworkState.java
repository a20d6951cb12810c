package org.outreachplanner.network;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.outreachplanner.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the routable network is there and up to date: built after the road segments and places
 * last changed. A network written without road segments (not by the network build) is used as it
 * is.
 */
@Component
public class NetworkState {

  private static final Logger log = LoggerFactory.getLogger(NetworkState.class);

  private static final String SELECT_STATE =
      """
      SELECT (SELECT count(*) FROM road_edge) AS edges,
             (SELECT count(*) FROM road_segment) AS segments,
             (SELECT max(built_at) FROM road_network_build) AS built_at,
             greatest((SELECT max(updated_at) FROM road_segment),
                      (SELECT max(updated_at) FROM village),
                      (SELECT max(updated_at) FROM commune),
                      (SELECT max(updated_at) FROM team)) AS changed_at
      """;

  private final JdbcTemplate jdbc;
  private final NetworkBuilder builder;

  NetworkState(JdbcTemplate jdbc, NetworkBuilder builder) {
    this.jdbc = jdbc;
    this.builder = builder;
  }

  private record State(
      long edges, long segments, OffsetDateTime builtAt, OffsetDateTime changedAt) {

    boolean stale() {
      if (segments == 0) {
        return false;
      }
      return edges == 0 || builtAt == null || (changedAt != null && changedAt.isAfter(builtAt));
    }
  }

  private State read() {
    return jdbc.queryForObject(
        SELECT_STATE,
        (rs, i) ->
            new State(
                rs.getLong("edges"),
                rs.getLong("segments"),
                rs.getObject("built_at", OffsetDateTime.class),
                rs.getObject("changed_at", OffsetDateTime.class)));
  }

  /** Throws, saying what to do, when there is no network to route on; a stale one is used. */
  public void ensureBuilt() {
    State state = read();
    if (state.edges() == 0) {
      throw new NetworkNotReadyException(
          state.segments() == 0
              ? Text.of("roads.network.noRoads")
              : Text.of("roads.network.notBuilt", state.segments()));
    }
  }

  /**
   * Builds the network first when it is missing or older than the road segments or places; returns
   * the build's report when it did.
   */
  public Optional<NetworkReport> rebuildIfStale() {
    State state = read();
    if (state.segments() == 0 && state.edges() == 0) {
      throw new NetworkNotReadyException(Text.of("roads.network.noRoads"));
    }
    if (!state.stale()) {
      return Optional.empty();
    }
    log.info(
        state.edges() == 0
            ? "The road network has not been built: building it first"
            : "Road segments or places changed since the network was built: rebuilding it first");
    return Optional.of(builder.rebuild());
  }
}
