package org.outreachplanner.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL's planner chooses for a query: {@code EXPLAIN (FORMAT JSON)} read into the scans
 * of its plan (node type and relation), and the body of a SQL function with its parameters given,
 * so that what a function runs can be explained too (a call of a function that returns one value
 * shows only the call).
 */
public final class QueryPlans {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryPlans() {}

  /** One scan of a plan: its node type ("Seq Scan", "Index Scan", ...) and the table it reads. */
  public record Scan(String node, String relation) {
    @Override
    public String toString() {
      return node + " on " + relation;
    }
  }

  /** The scans of relations in the plan of {@code sql} (which must not change anything). */
  public static List<Scan> scans(JdbcTemplate jdbc, String sql) {
    String plan = jdbc.queryForObject("EXPLAIN (FORMAT JSON) " + sql, String.class);
    List<Scan> scans = new ArrayList<>();
    try {
      collect(JSON.readTree(plan).get(0).get("Plan"), scans);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("EXPLAIN gave no JSON: " + plan, e);
    }
    return scans;
  }

  private static void collect(JsonNode node, List<Scan> scans) {
    if (node.has("Relation Name")) {
      scans.add(new Scan(node.get("Node Type").asText(), node.get("Relation Name").asText()));
    }
    for (JsonNode child : node.path("Plans")) {
      collect(child, scans);
    }
  }

  /**
   * The body of SQL function {@code name} (LANGUAGE sql) with each named parameter replaced by the
   * SQL literal given for it, e.g. {@code Map.of("p_z", "12")}.
   */
  public static String functionBody(JdbcTemplate jdbc, String name, Map<String, String> values) {
    String body =
        jdbc.queryForObject(
            "SELECT prosrc FROM pg_proc WHERE proname = ? AND prolang = "
                + "(SELECT oid FROM pg_language WHERE lanname = 'sql')",
            String.class,
            name);
    for (Map.Entry<String, String> v : values.entrySet()) {
      body =
          body.replaceAll(
              "\\b" + Pattern.quote(v.getKey()) + "\\b", Matcher.quoteReplacement(v.getValue()));
    }
    return body.strip().replaceAll(";$", "");
  }
}
