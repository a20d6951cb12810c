package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/** What must be true after every read: no staging table and no scratch file is left. */
final class StagingAssertions {

  private StagingAssertions() {}

  static int stagingTables(JdbcTemplate jdbc) {
    Integer n =
        jdbc.queryForObject(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'staging'", Integer.class);
    return n == null ? 0 : n;
  }

  static void assertNothingLeft(JdbcTemplate jdbc, Path scratchRoot) throws IOException {
    assertThat(stagingTables(jdbc)).as("staging tables left").isZero();
    if (Files.exists(scratchRoot)) {
      try (Stream<Path> files = Files.list(scratchRoot)) {
        assertThat(files).as("scratch files left").isEmpty();
      }
    }
  }
}
