package org.outreachplanner.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and introduction of the OpenAPI description served at {@code /api/openapi}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  @Bean
  OpenAPI outreachOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Outreach Planner API")
                .version("0.1.0")
                .description(
                    "Villages, communes and provinces of remote border communes with their"
                        + " Level-2 e-ID progress. Map layers are GeoJSON (application/geo+json,"
                        + " coordinates in EPSG:4326 as [longitude, latitude]); every listing is"
                        + " paged with limit and offset and says how many features matched."));
  }
}
