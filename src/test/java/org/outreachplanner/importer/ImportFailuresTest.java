package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ImportFailuresTest {

  @Test
  void databaseErrorsAreExplainedByTheirState() {
    assertThat(ImportFailures.describe(new SQLException("I/O error", "08006")).english())
        .isEqualTo("the connection to the database was lost during the import");
    assertThat(ImportFailures.describe(new SQLException("canceling statement", "57014")).english())
        .isEqualTo(
            "the import was cancelled: a step took longer than the database statement timeout"
                + " (outreach.db.statement-timeout), or it was cancelled by an administrator");
    assertThat(ImportFailures.describe(new SQLException("deadlock detected", "40P01")).english())
        .isEqualTo("the import collided with another change to the same rows; try again");
    assertThat(
            ImportFailures.describe(new SQLException("could not extend file\nDETAIL: x", "53100"))
                .english())
        .isEqualTo(
            "the database ran out of resources (disk space, memory or connections): could not"
                + " extend file");
    assertThat(ImportFailures.describe(new SQLException("odd", (String) null)).english())
        .isEqualTo("the database reported an error: odd");
  }

  @Test
  void otherErrorsNameTheirKindAndFirstLineOnly() {
    assertThat(
            ImportFailures.describe(new IllegalStateException("disk gone\n\tat x.y(Z.java:1)"))
                .english())
        .isEqualTo("the import failed unexpectedly (IllegalStateException: disk gone)");
    assertThat(ImportFailures.describe(new StackOverflowError()).english())
        .isEqualTo("the import failed unexpectedly (StackOverflowError)");
  }
}
