package org.outreachplanner.importer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A file reader for tests of importers that read no files, until the file reader lands. */
@TestConfiguration
class InterimFeatureReaderConfig {

  @Bean
  FeatureReader featureReader() {
    return (file, kind, columns, options) -> {
      throw new ImportRejectedException(
          ImportProblem.ofFile(options.sourceName(), "no file reader in this build"));
    };
  }
}
