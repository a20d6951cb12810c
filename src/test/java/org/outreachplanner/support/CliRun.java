package org.outreachplanner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the command line in a process of its own ({@link CliProcess}), its output (standard
 * output and error together) kept in a file, for tests that wait for it, or kill it.
 */
public final class CliRun implements AutoCloseable {

  private final Process process;
  private final Path output;

  private CliRun(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code outreach ARGS} with {@code properties} besides this test's. */
  public static CliRun start(Map<String, String> properties, String... args) throws IOException {
    Path output = Files.createTempFile("outreach-cli-", ".txt");
    Process process =
        new ProcessBuilder(CliProcess.command(properties, args))
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    return new CliRun(process, output);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process as {@code kill -9} does, and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Its exit code, once it has ended (waiting at most {@code deadline}). */
  public int exitCode(Duration deadline) throws InterruptedException {
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "outreach (process " + pid() + ") still runs after " + deadline + ": " + output());
    }
    return process.exitValue();
  }

  /** What it has printed so far. */
  public String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (process.isAlive()) {
      kill();
    }
    Files.deleteIfExists(output);
  }
}
