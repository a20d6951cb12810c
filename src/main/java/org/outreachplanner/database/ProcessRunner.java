package org.outreachplanner.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short external command of the database's own (initdb, pg_ctl, chown), failing with its
 * output when it fails or takes too long. These read no uploaded file, so unlike the import's tools
 * they run without a processor-time limit (a server started here must not inherit one).
 */
final class ProcessRunner {

  private ProcessRunner() {}

  static String run(List<String> command, Duration timeout, String what) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      StringBuilder out = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try (InputStream in = p.getInputStream()) {
                  out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                  // the process is gone; what was read is kept
                }
              });
      reader.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        // with everything it started (a half-started server, a shell's children): listed before
        // the process dies, since its orphans can no longer be found from it afterwards
        List<ProcessHandle> tree = p.descendants().toList();
        p.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        throw new DatabaseUnavailableException(what + " did not finish within " + timeout);
      }
      reader.join(5000);
      if (p.exitValue() != 0) {
        throw new DatabaseUnavailableException(
            what + " failed (exit " + p.exitValue() + "): " + out.toString().strip());
      }
      return out.toString();
    } catch (IOException e) {
      throw new DatabaseUnavailableException(what + " could not be run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatabaseUnavailableException(what + " was interrupted", e);
    }
  }
}
