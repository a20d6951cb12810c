package org.outreachplanner.importer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;

/**
 * The outcome of one import: what changed, or every problem that stopped it.
 *
 * @param importId the import_run row that records it
 * @param problems the problems found, at most {@code outreach.import.max-reported-problems}
 * @param problemCount all problems found, including those not listed
 * @param outcome the one-line summary of a failed import, or null; {@code message} in JSON, in the
 *     request's language
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
    @JsonProperty("message") Text outcome) {

  public enum Status {
    SUCCEEDED,
    FAILED
  }

  public boolean succeeded() {
    return status == Status.SUCCEEDED;
  }

  /** The one-line summary in English, or null. */
  public String message() {
    return outcome == null ? null : outcome.english();
  }

  /** A few lines for a terminal, in the language of the command line. */
  public String summary() {
    return summary(Texts.currentLocale());
  }

  /** A few lines for a terminal, in the given language. */
  public String summary(Locale locale) {
    String seconds = String.format(Locale.ROOT, "%.1f", durationMillis / 1000.0);
    if (succeeded()) {
      String done =
          Text.of("imports.summary.succeeded", kind, file, inserted, updated, unchanged, seconds)
              .in(locale);
      return outcome == null ? done : done + "\n" + outcome.in(locale);
    }
    StringBuilder b =
        new StringBuilder(Text.of("imports.summary.failed", kind, file).in(locale))
            .append(System.lineSeparator())
            .append(outcome == null ? "" : outcome.in(locale))
            .append(System.lineSeparator());
    problems.forEach(p -> b.append("  ").append(p.in(locale)).append(System.lineSeparator()));
    if (problemCount > problems.size()) {
      b.append("  ")
          .append(Text.of("imports.summary.more", problemCount - problems.size()).in(locale));
    }
    return b.toString().stripTrailing();
  }
}
