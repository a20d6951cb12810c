package org.outreachplanner.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@WebTest
class HealthIT {

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void healthReportsTheDatabaseAndPostgis() {
    // anyone may ask whether the server is up; only planners see what it runs on
    JsonNode anonymous = new ApiClient(port).json("/actuator/health");
    assertThat(anonymous.path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.has("components")).isFalse();

    JsonNode health = ApiClient.as(port, TestUsers.PLANNER).json("/actuator/health");

    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("details").path("database").asText())
        .isEqualTo("PostgreSQL");
    JsonNode postgis = health.path("components").path("postgis");
    assertThat(postgis.path("status").asText()).isEqualTo("UP");
    assertThat(postgis.path("details").path("postgis").asText())
        .isEqualTo(jdbc.queryForObject("SELECT postgis_lib_version()", String.class))
        .startsWith("3.");
    List<String> pgrouting =
        jdbc.queryForList(
            "SELECT extversion FROM pg_extension WHERE extname = 'pgrouting'", String.class);
    assertThat(postgis.path("details").path("pgrouting").asText())
        .isEqualTo(pgrouting.isEmpty() ? PostgisHealthIndicator.NOT_INSTALLED : pgrouting.get(0));
  }
}
