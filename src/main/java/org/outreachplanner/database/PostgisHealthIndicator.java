package org.outreachplanner.database;

import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code postgis} part of {@code /actuator/health}: up with the PostGIS version when PostGIS
 * answers, and whether pgRouting is installed (the road network needs it; the map does not).
 */
@Component
class PostgisHealthIndicator implements HealthIndicator {

  static final String NOT_INSTALLED = "not installed";

  private static final String SELECT_VERSIONS =
      """
      SELECT postgis_lib_version() AS postgis,
             (SELECT extversion FROM pg_extension WHERE extname = 'pgrouting') AS pgrouting
      """;

  private final JdbcTemplate jdbc;

  PostgisHealthIndicator(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Health health() {
    try {
      Map<String, Object> row = jdbc.queryForMap(SELECT_VERSIONS);
      Object pgrouting = row.get("pgrouting");
      return Health.up()
          .withDetail("postgis", row.get("postgis"))
          .withDetail("pgrouting", pgrouting == null ? NOT_INSTALLED : pgrouting)
          .build();
    } catch (DataAccessException e) {
      return Health.down().withDetail("error", "PostGIS did not answer").build();
    }
  }
}
