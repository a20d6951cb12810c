package org.outreachplanner.importer;

import java.util.List;
import org.outreachplanner.i18n.Text;

/** Problems compared by their English wording, as a reader of the English report sees them. */
public final class EnglishProblems {

  private EnglishProblems() {}

  /** A problem of feature {@code feature} whose reason reads {@code english} in English. */
  public static ImportProblem problem(String file, long feature, String column, String english) {
    return new ImportProblem(file, feature, column, Text.literal(english));
  }

  /** A problem of the whole file (no feature) whose reason reads {@code english} in English. */
  public static ImportProblem fileProblem(String file, String column, String english) {
    return new ImportProblem(file, null, column, Text.literal(english));
  }

  /** The problems with their reasons written in English, to compare with {@link #problem}. */
  public static List<ImportProblem> inEnglish(List<ImportProblem> problems) {
    return problems.stream()
        .map(
            p ->
                new ImportProblem(
                    p.file(), p.feature(), p.column(), Text.literal(p.reason().english())))
        .toList();
  }

  /** Texts (notices) in English. */
  public static List<String> texts(List<Text> texts) {
    return texts.stream().map(Text::english).toList();
  }
}
