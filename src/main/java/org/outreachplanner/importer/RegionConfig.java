package org.outreachplanner.importer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The planning region of the configuration ({@code outreach.region.*}), read once for all. */
@Configuration(proxyBeanMethods = false)
class RegionConfig {

  @Bean
  RegionBounds regionBounds(
      @Value("${outreach.region.name:Vietnam}") String name,
      @Value("${outreach.region.bbox}") String bbox) {
    return RegionBounds.parse(name, bbox);
  }
}
