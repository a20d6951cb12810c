package org.outreachplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebTest
class OpenApiIT {

  @LocalServerPort int port;

  @Test
  void openApiDescribesTheReadApi() {
    JsonNode doc = ApiClient.as(port, TestUsers.PLANNER).json("/api/openapi");

    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("info").path("title").asText()).isEqualTo("Outreach Planner API");
    JsonNode paths = doc.path("paths");
    assertThat(paths.path("/api/villages").path("get").path("summary").asText())
        .isEqualTo("List villages as GeoJSON");
    assertThat(paths.path("/api/villages/{code}").path("get").path("summary").asText())
        .isEqualTo("One village as a GeoJSON Feature");
    assertThat(paths.path("/api/communes").path("get").path("summary").asText())
        .isEqualTo("List communes as GeoJSON");
    assertThat(paths.path("/api/provinces").path("get").path("summary").asText())
        .isEqualTo("List provinces with totals");
    assertThat(
            paths
                .path("/api/villages")
                .path("get")
                .path("responses")
                .path("200")
                .path("content")
                .has("application/geo+json"))
        .isTrue();
  }

  @Test
  void theLimitClampIsDocumentedWithTheConfiguredValues() {
    JsonNode parameters =
        ApiClient.as(port, TestUsers.PLANNER)
            .json("/api/openapi")
            .path("paths")
            .path("/api/villages")
            .path("get")
            .path("parameters");

    String limit = null;
    for (JsonNode parameter : parameters) {
      if (parameter.path("name").asText().equals("limit")) {
        limit = parameter.path("description").asText();
      }
    }
    // the test application's limits (see WebTest): default 5, maximum 6
    assertThat(limit).contains("default 5;").contains("than 6 is reduced to 6");
  }
}
