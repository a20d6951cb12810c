package org.outreachplanner.importer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;

/**
 * Runs a GDAL command line tool through {@link ExternalProcess} (processor and running time limits,
 * a bounded number at once) and turns its error lines into a plain message that names the file as
 * the user knows it instead of the scratch path.
 */
final class GdalCommand {

  /** What a finished command printed and returned. */
  record Result(int exitCode, String stdout, String stderr) {

    /** Failed: a non-zero exit, or an ERROR line (GDAL sometimes reports errors and exits 0). */
    boolean failed() {
      return exitCode != 0
          || stderr.lines().anyMatch(l -> l.startsWith("ERROR") || l.startsWith("FAILURE"));
    }
  }

  private GdalCommand() {}

  /**
   * Runs {@code command} within {@code limits} scaled to {@code file}'s {@code inputBytes}; a limit
   * passed rejects the import of {@code file}; too many tools running makes it busy (not the file's
   * fault: try again later).
   */
  static Result run(
      List<String> command,
      Map<String, String> env,
      ProcessLimits limits,
      long inputBytes,
      String file) {
    try {
      ExternalProcess.Finished f = ExternalProcess.run(command, env, limits, inputBytes);
      return new Result(f.exitCode(), f.stdout(), f.stderr());
    } catch (ProcessBusyException e) {
      throw new ImportBusyException(e.reason(), e.waited());
    } catch (ProcessLimitException e) {
      throw ImportRejectedException.ofFile(file, e.reason());
    }
  }

  /**
   * GDAL's error lines in plain words: without "ERROR n:" prefixes, driver lists or scratch paths.
   */
  static Text plainErrors(String stderr, Path path, String fileName, Text fallback) {
    Set<String> messages = new LinkedHashSet<>();
    for (String line : stderr.lines().toList()) {
      String l = line.strip();
      if (l.startsWith("ERROR")) {
        int colon = l.indexOf(':');
        messages.add(colon > 0 ? l.substring(colon + 1).strip() : l);
      }
    }
    if (messages.isEmpty()) {
      return fallback;
    }
    String text = String.join("; ", messages);
    String absolute = path.toAbsolutePath().toString();
    text = text.replace(absolute, fileName);
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      text = text.replace(parent + "/", "");
    }
    return Text.literal(text.length() > 600 ? text.substring(0, 600) + "…" : text);
  }

  static Text readable(Duration d) {
    if (d.toMillis() < 1000) {
      return Text.of("imports.duration.ms", d.toMillis());
    }
    return d.toSeconds() < 120
        ? Text.of("imports.duration.s", d.toSeconds())
        : Text.of("imports.duration.min", d.toMinutes());
  }

  /** Joins non-blank lines, for logs. */
  static String lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).collect(Collectors.joining(" | "));
  }
}
