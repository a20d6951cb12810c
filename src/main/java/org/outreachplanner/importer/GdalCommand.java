package org.outreachplanner.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;

/**
 * Runs a GDAL command line tool as a separate process with a time limit: stopped when it runs too
 * long, its output captured (bounded) and its error lines turned into a plain message that names
 * the file as the user knows it instead of the scratch path.
 */
final class GdalCommand {

  private static final int MAX_OUTPUT = 4 << 20;
  private static final int MAX_ERRORS = 64 << 10;

  /** What a finished command printed and returned. */
  record Result(int exitCode, String stdout, String stderr) {

    /** Failed: a non-zero exit, or an ERROR line (GDAL sometimes reports errors and exits 0). */
    boolean failed() {
      return exitCode != 0
          || stderr.lines().anyMatch(l -> l.startsWith("ERROR") || l.startsWith("FAILURE"));
    }
  }

  private GdalCommand() {}

  static Result run(List<String> command, Map<String, String> env, Duration timeout, String file) {
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new IllegalStateException(
          command.get(0) + " cannot be run (is GDAL installed?): " + e.getMessage(), e);
    }
    Capture out = Capture.start(process.getInputStream(), MAX_OUTPUT);
    Capture err = Capture.start(process.getErrorStream(), MAX_ERRORS);
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new ImportRejectedException(
            ImportProblem.ofFile(file, Text.of("imports.gdal.timeout", readable(timeout))));
      }
      return new Result(process.exitValue(), out.text(), err.text());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while GDAL read " + file, e);
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

  /** Drains a stream on its own thread, keeping at most {@code limit} bytes. */
  private static final class Capture extends Thread {
    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private Capture(InputStream in, int limit) {
      super("gdal-output");
      this.in = in;
      this.limit = limit;
      setDaemon(true);
    }

    static Capture start(InputStream in, int limit) {
      Capture c = new Capture(in, limit);
      c.start();
      return c;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          synchronized (kept) {
            kept.write(buffer, 0, Math.max(0, Math.min(n, limit - kept.size())));
          }
        }
      } catch (IOException e) {
        // the process is gone; what was read is kept
      }
    }

    String text() throws InterruptedException {
      join(10_000);
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8);
      }
    }
  }

  /** Joins non-blank lines, for logs. */
  static String lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).collect(Collectors.joining(" | "));
  }
}
