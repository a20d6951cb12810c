package org.outreachplanner.importer;

import java.util.List;
import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/**
 * A file cannot be imported. Thrown by the readers and importers with every problem found; the
 * import service turns it into a FAILED report after rolling back. Its message is the first problem
 * in English; {@link #text()} is that problem in the reader's language.
 */
public class ImportRejectedException extends RuntimeException implements LocalizedException {

  private final transient List<ImportProblem> problems;
  private final int problemCount;

  public ImportRejectedException(List<ImportProblem> problems, int problemCount) {
    super(firstProblem(problems).english());
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  public ImportRejectedException(ImportProblem problem) {
    this(List.of(problem), 1);
  }

  /** A file that cannot be imported at all, for {@code reason}. */
  static ImportRejectedException ofFile(String file, Text reason) {
    return new ImportRejectedException(ImportProblem.ofFile(file, reason));
  }

  private static Text firstProblem(List<ImportProblem> problems) {
    return problems.isEmpty() ? Text.of("imports.rejected") : problems.get(0).text();
  }

  @Override
  public Text text() {
    return firstProblem(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  public int problemCount() {
    return problemCount;
  }
}
