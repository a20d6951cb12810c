package org.outreachplanner.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the routable network (road_node, road_edge, place_attachment) from the road segments and
 * the places, in one transaction: readers see the old network until the new one is complete. The
 * work is done by the SQL function outreach_build_network; the same input gives the same ids.
 */
@Service
public class NetworkBuilder {

  private static final Logger log = LoggerFactory.getLogger(NetworkBuilder.class);

  private static final String BUILD = "SELECT outreach_build_network(?, ?)::text";

  private static final String LAST_REPORT =
      "SELECT report::text FROM road_network_build ORDER BY id DESC LIMIT 1";

  private static final String FILL_CLIMB = "SELECT outreach_fill_climb()";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ObjectMapper json;
  private final double snapToleranceM;
  private final double maxOffroadM;

  NetworkBuilder(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      ObjectMapper json,
      @Value("${outreach.network.snap-tolerance-m:5}") double snapToleranceM,
      @Value("${outreach.network.max-offroad-m:3000}") double maxOffroadM) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.snapToleranceM = snapToleranceM;
    this.maxOffroadM = maxOffroadM;
  }

  /** The configured snapping tolerance in metres (outreach.network.snap-tolerance-m). */
  public double snapToleranceM() {
    return snapToleranceM;
  }

  /** The configured off-road reach in metres (outreach.network.max-offroad-m). */
  public double maxOffroadM() {
    return maxOffroadM;
  }

  /** Rebuilds the network with the configured snapping tolerance and off-road reach. */
  public NetworkReport rebuild() {
    return rebuild(snapToleranceM, maxOffroadM);
  }

  /**
   * Rebuilds the network: segment ends within {@code snapToleranceM} metres are joined, places
   * within {@code maxOffroadM} metres of a road are attached to it.
   */
  public NetworkReport rebuild(double snapToleranceM, double maxOffroadM) {
    long start = System.nanoTime();
    String report =
        tx.execute(status -> jdbc.queryForObject(BUILD, String.class, snapToleranceM, maxOffroadM));
    NetworkReport parsed = parse(report).withMillis((System.nanoTime() - start) / 1_000_000);
    log.info(
        "Network built in {} ms: {} edges, {} vertices, {} components, {} places attached, {}"
            + " not",
        parsed.millis(),
        parsed.edges(),
        parsed.vertices(),
        parsed.components(),
        parsed.placesAttached(),
        parsed.placesUnattached().size());
    return parsed;
  }

  /** The report of the latest build, if the network was ever built. */
  public Optional<NetworkReport> lastReport() {
    return jdbc.query(LAST_REPORT, (rs, n) -> rs.getString(1)).stream()
        .findFirst()
        .map(this::parse);
  }

  /**
   * Fills the climb and descent of every edge from the elevation model loaded now, in the caller's
   * transaction if there is one; returns how many edges have them.
   */
  public long refreshElevation() {
    Long edges = jdbc.queryForObject(FILL_CLIMB, Long.class);
    return edges == null ? 0 : edges;
  }

  private NetworkReport parse(String report) {
    try {
      return json.readValue(report, NetworkReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read the network report: " + e.getMessage(), e);
    }
  }
}
