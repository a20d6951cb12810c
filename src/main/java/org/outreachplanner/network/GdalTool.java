package org.outreachplanner.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;

/** Runs a GDAL command line tool with a time limit, its output and errors kept in files. */
final class GdalTool {

  private GdalTool() {}

  /**
   * Runs {@code command} in {@code scratch}; returns what it printed. A non-zero exit, an ERROR
   * line or running past {@code timeout} throws {@link DemRejectedException} naming {@code file}.
   */
  static String run(List<String> command, Path scratch, Duration timeout, String file) {
    Path out = scratch.resolve("gdal.out");
    Path err = scratch.resolve("gdal.err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        throw new DemRejectedException(
            Text.of("roads.dem.gdalTimeout", file, String.valueOf(timeout.toMinutes())));
      }
      String errors = Files.readString(err, StandardCharsets.UTF_8);
      List<String> errorLines =
          errors
              .lines()
              .filter(l -> l.startsWith("ERROR") || l.startsWith("FAILURE"))
              .map(l -> l.contains(":") ? l.substring(l.indexOf(':') + 1).strip() : l)
              .map(l -> l.replace(scratch.toString() + "/", ""))
              .toList();
      if (process.exitValue() != 0 || !errorLines.isEmpty()) {
        throw new DemRejectedException(
            errorLines.isEmpty()
                ? Text.of(
                    "roads.dem.gdalExit", file, command.get(0), String.valueOf(process.exitValue()))
                : Text.of(
                    "roads.dem.gdalErrors",
                    file,
                    Text.literal(
                        errorLines.stream().distinct().collect(Collectors.joining("; ")))));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          command.get(0) + " cannot be run (is GDAL installed?): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while GDAL read " + file, e);
    }
  }
}
