package org.outreachplanner.importer;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.database.ConnectionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-up the reader tests share: a {@link FileFeatureReader} whose scratch folder is {@code
 * scratch} in a fresh {@link #dir}, and after each test the check that neither a staging table nor
 * a scratch file was left behind. Subclasses are {@code DatabaseTest}s.
 */
abstract class FileReaderTestBase {

  @Autowired ConnectionInfo database;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path dir;
  FileFeatureReader reader;

  @BeforeEach
  void reader() {
    reader = new FileFeatureReader(ImportSettings.defaults(dir.resolve("scratch")), database);
  }

  @AfterEach
  void nothingLeft() throws IOException {
    StagingAssertions.assertNothingLeft(jdbc, dir.resolve("scratch"));
  }
}
