package org.outreachplanner.importer;

import java.util.List;

/**
 * The outcome of one import: what changed, or every problem that stopped it.
 *
 * @param importId the import_run row that records it
 * @param problems the problems found, at most {@code outreach.import.max-reported-problems}
 * @param problemCount all problems found, including those not listed
 */
public record ImportReport(
    long importId,
    String kind,
    String file,
    Status status,
    int inserted,
    int updated,
    int unchanged,
    List<ImportProblem> problems,
    int problemCount,
    long durationMillis,
    String message) {

  public enum Status {
    SUCCEEDED,
    FAILED
  }

  public boolean succeeded() {
    return status == Status.SUCCEEDED;
  }

  /** A few lines for a terminal. */
  public String summary() {
    if (succeeded()) {
      return String.format(
          "%s: imported %s from %s: %d inserted, %d updated, %d unchanged (%.1f s)%s",
          status,
          kind,
          file,
          inserted,
          updated,
          unchanged,
          durationMillis / 1000.0,
          message == null ? "" : "\n" + message);
    }
    StringBuilder b =
        new StringBuilder(
            String.format(
                "%s: %s from %s was not imported; nothing in the database changed.%n%s%n",
                status, kind, file, message == null ? "" : message));
    problems.forEach(p -> b.append("  ").append(p).append(System.lineSeparator()));
    if (problemCount > problems.size()) {
      b.append("  … and ").append(problemCount - problems.size()).append(" more problems");
    }
    return b.toString().stripTrailing();
  }
}
