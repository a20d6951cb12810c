package org.outreachplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;

/** What the command line prints when a disk is full: the words and what to do, no stack trace. */
class OutreachCliFailureTest {

  @Test
  void aFullDatabaseDiskIsToldInWords() {
    SQLException full = new SQLException("could not extend file", "53100");
    String printed = OutreachCli.failure(new UncategorizedSQLException("import", "INSERT …", full));
    assertThat(printed).startsWith("the database's disk is full: nothing was changed.");
  }

  @Test
  void aFullLocalDiskIsToldInWords() {
    String printed =
        OutreachCli.failure(
            new IllegalStateException("staging file", new IOException("No space left on device")));
    assertThat(printed).startsWith("the server's disk is full, so the file could not be written");
  }
}
