package org.outreachplanner.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.outreachplanner.i18n.Text;

/**
 * Runs an external tool (GDAL and friends) within {@link ProcessLimits}: a processor-time limit set
 * by the kernel, a running-time limit watched here, and a bounded number at once. A tool stopped at
 * a limit is killed together with every process it started, and {@link ProcessLimitException} says
 * which limit it was and which setting raises it. Its output is captured, bounded.
 */
public final class ExternalProcess {

  private static final int MAX_OUTPUT = 4 << 20;
  private static final int MAX_ERRORS = 64 << 10;

  /** Exit codes of a process killed by SIGKILL or SIGXCPU (128 + the signal). */
  private static final int KILLED = 128 + 9;

  private static final int CPU_EXCEEDED = 128 + 24;

  /** One fair gate per configured number of running tools, shared by every caller. */
  private static final Map<Integer, Semaphore> GATES = new ConcurrentHashMap<>();

  /** What a finished tool printed and returned. */
  public record Finished(int exitCode, String stdout, String stderr) {}

  private ExternalProcess() {}

  /**
   * Runs {@code command} with {@code env} added to the environment, its limits scaled to a file of
   * {@code inputBytes}. Waits for its turn at most {@code limits.queueSeconds()}.
   *
   * @throws ProcessBusyException when it waited too long for its turn
   * @throws ProcessLimitException when it passed a limit
   * @throws IllegalStateException when the tool cannot be started
   */
  public static Finished run(
      List<String> command, Map<String, String> env, ProcessLimits limits, long inputBytes) {
    Semaphore gate = GATES.computeIfAbsent(limits.maxRunning(), n -> new Semaphore(n, true));
    try {
      if (!gate.tryAcquire(limits.queueSeconds(), TimeUnit.SECONDS)) {
        throw new ProcessBusyException(
            Text.of(
                "imports.process.busy",
                limits.maxRunning(),
                GdalCommand.readable(limits.queueTime())),
            limits.queueTime());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to run " + command.get(0), e);
    }
    try {
      return runLimited(command, env, limits, inputBytes);
    } finally {
      gate.release();
    }
  }

  private static Finished runLimited(
      List<String> command, Map<String, String> env, ProcessLimits limits, long inputBytes) {
    int cpuSeconds = limits.cpuSecondsFor(inputBytes);
    Duration wall = limits.wallTimeFor(inputBytes);
    // prlimit rather than "ulimit -t" in "sh -c": it sets RLIMIT_CPU and then executes the tool
    // itself, so the arguments (scratch paths, layer names from the file) never pass through a
    // shell's parsing, and the process we watch is the tool, not a shell around it. The limit is
    // inherited by whatever the tool starts. SIGXCPU at the soft limit, SIGKILL a second later.
    List<String> limited = new ArrayList<>();
    limited.addAll(List.of("prlimit", "--cpu=" + cpuSeconds + ":" + (cpuSeconds + 1), "--"));
    limited.addAll(command);
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(limited);
      builder.environment().putAll(env);
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new IllegalStateException(
          command.get(0) + " cannot be run (are GDAL and prlimit installed?): " + e.getMessage(),
          e);
    }
    Capture out = Capture.start(process.getInputStream(), MAX_OUTPUT);
    Capture err = Capture.start(process.getErrorStream(), MAX_ERRORS);
    try {
      if (!process.waitFor(wall.toMillis(), TimeUnit.MILLISECONDS)) {
        killWithDescendants(process);
        throw new ProcessLimitException(
            Text.of("imports.process.wall", GdalCommand.readable(wall)));
      }
      int exit = process.exitValue();
      if (exit == CPU_EXCEEDED || exit == KILLED) {
        throw new ProcessLimitException(
            Text.of("imports.process.cpu", GdalCommand.readable(Duration.ofSeconds(cpuSeconds))));
      }
      return new Finished(exit, out.text(), err.text());
    } catch (InterruptedException e) {
      killWithDescendants(process);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
    }
  }

  /**
   * Kills the process and everything it started. The descendants are listed first: once the process
   * is gone, its children belong to init and cannot be found from it any more.
   */
  static void killWithDescendants(Process process) {
    List<ProcessHandle> tree = process.descendants().toList();
    process.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    process.onExit().completeOnTimeout(process, 10, TimeUnit.SECONDS).join();
    for (ProcessHandle p : tree) {
      p.onExit().completeOnTimeout(p, 10, TimeUnit.SECONDS).join();
    }
  }

  /** Drains a stream on its own thread, keeping at most {@code limit} bytes. */
  private static final class Capture extends Thread {
    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private Capture(InputStream in, int limit) {
      super("process-output");
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
}
