package org.outreachplanner.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of every endpoint in one phase of the load benchmark, in the order first asked. */
final class Recorder {

  private final Map<String, EndpointStats> endpoints = new LinkedHashMap<>();

  /** The figures of an endpoint (a label such as "GET /api/villages/layer"). */
  synchronized EndpointStats of(String endpoint) {
    return endpoints.computeIfAbsent(endpoint, e -> new EndpointStats());
  }

  /** The summary of every endpoint asked so far, in the order first asked. */
  synchronized Map<String, EndpointStats.Summary> summaries() {
    Map<String, EndpointStats.Summary> result = new LinkedHashMap<>();
    endpoints.forEach((endpoint, stats) -> result.put(endpoint, stats.summary()));
    return result;
  }
}
