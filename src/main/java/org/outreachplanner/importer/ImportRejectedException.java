package org.outreachplanner.importer;

import java.util.List;

/**
 * A file cannot be imported. Thrown by the readers and importers with every problem found; the
 * import service turns it into a FAILED report after rolling back.
 */
public class ImportRejectedException extends RuntimeException {

  private final transient List<ImportProblem> problems;
  private final int problemCount;

  public ImportRejectedException(List<ImportProblem> problems, int problemCount) {
    super(problems.isEmpty() ? "import rejected" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  public ImportRejectedException(ImportProblem problem) {
    this(List.of(problem), 1);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  public int problemCount() {
    return problemCount;
  }
}
