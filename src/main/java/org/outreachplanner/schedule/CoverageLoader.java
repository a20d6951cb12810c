package org.outreachplanner.schedule;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coverage class of each village from the coverage layer ({@code village_coverage}, the best
 * operator's class, {@code dead_zone} in a dead zone). Empty when the layer has not been computed
 * or cannot be read: every village's coverage is then unknown.
 */
@Component
class CoverageLoader {

  private static final Logger log = LoggerFactory.getLogger(CoverageLoader.class);

  private static final String COVERAGE_TABLE =
      "SELECT to_regclass('public.village_coverage')::text";

  private static final String SELECT_CLASSES =
      """
      SELECT village_code, CASE WHEN dead_zone_id IS NOT NULL THEN 'dead_zone' ELSE class END
        FROM village_coverage WHERE operator = '*' AND class <> 'unknown'
      """;

  private final NamedParameterJdbcTemplate jdbc;

  /** A savepoint in the caller's transaction, so that a failed read does not abort it. */
  private final TransactionTemplate savepoint;

  CoverageLoader(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Coverage class by village code. */
  Map<String, String> load() {
    try {
      return savepoint.execute(s -> classes());
    } catch (DataAccessException e) {
      log.warn("village_coverage could not be read, coverage is unknown: {}", e.getMessage());
      return new HashMap<>();
    }
  }

  private Map<String, String> classes() {
    Map<String, String> classes = new HashMap<>();
    String table = jdbc.queryForObject(COVERAGE_TABLE, new MapSqlParameterSource(), String.class);
    if (table == null) {
      return classes;
    }
    jdbc.query(
        SELECT_CLASSES,
        rs -> {
          classes.put(rs.getString(1), rs.getString(2));
        });
    return classes;
  }
}
