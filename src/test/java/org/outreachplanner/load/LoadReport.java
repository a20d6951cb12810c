package org.outreachplanner.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load benchmark's table in Markdown: per endpoint, the baseline (one client, nothing else
 * running) beside the load (many clients while solves and imports run), times in milliseconds; and
 * the reasons of the first errors, if any.
 */
final class LoadReport {

  private LoadReport() {}

  static String table(
      Map<String, EndpointStats.Summary> baseline,
      Map<String, EndpointStats.Summary> load,
      int clients) {
    Set<String> endpoints = new LinkedHashSet<>(baseline.keySet());
    endpoints.addAll(load.keySet());
    StringBuilder md = new StringBuilder();
    md.append("| endpoint | 1 client: requests | p50 | p95 | ")
        .append(clients)
        .append(" clients + solves + imports: requests | errors | p50 | p95 | p99 | max |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String endpoint : endpoints) {
      EndpointStats.Summary b = baseline.get(endpoint);
      EndpointStats.Summary l = load.get(endpoint);
      md.append("| `").append(endpoint).append("` | ");
      md.append(
          b == null
              ? "— | | | "
              : number(b.count()) + " | " + number(b.p50()) + " | " + number(b.p95()) + " | ");
      if (l == null) {
        md.append("— | | | | | |\n");
      } else {
        md.append(number(l.count()))
            .append(" | ")
            .append(number(l.errors()))
            .append(" | ")
            .append(number(l.p50()))
            .append(" | ")
            .append(number(l.p95()))
            .append(" | ")
            .append(number(l.p99()))
            .append(" | ")
            .append(number(l.max()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** The first reasons of each endpoint's errors, one line each; empty without errors. */
  static List<String> errors(String phase, Map<String, EndpointStats.Summary> summaries) {
    List<String> lines = new ArrayList<>();
    summaries.forEach(
        (endpoint, s) -> {
          if (s.errors() > 0) {
            lines.add(phase + ": " + endpoint + ": " + s.errors() + " errors, e.g. " + s.reasons());
          }
        });
    return lines;
  }

  /** Requests answered in all. */
  static long requests(Map<String, EndpointStats.Summary> summaries) {
    return summaries.values().stream().mapToLong(EndpointStats.Summary::count).sum();
  }

  /** A count or milliseconds with thousands separators; nothing for none. */
  private static String number(Long value) {
    return value == null ? "" : String.format("%,d", value);
  }
}
