package org.outreachplanner.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Spring context's message bundles are those of {@link Texts}. */
@Configuration
class MessagesConfig {

  @Bean
  MessageSource messageSource() {
    return Texts.source();
  }
}
