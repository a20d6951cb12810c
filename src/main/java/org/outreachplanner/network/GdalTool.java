package org.outreachplanner.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ExternalProcess;
import org.outreachplanner.importer.ProcessLimitException;
import org.outreachplanner.importer.ProcessLimits;

/**
 * Runs a GDAL command line tool within the import's {@link ProcessLimits} (processor and running
 * time scaled to the file read, a bounded number at once).
 */
final class GdalTool {

  private GdalTool() {}

  /**
   * Runs {@code command}, which reads {@code input}; returns what it printed. A non-zero exit, an
   * ERROR line or a limit passed throws {@link DemRejectedException} naming {@code file}.
   */
  static String run(
      List<String> command, Path scratch, ProcessLimits limits, Path input, String file) {
    ExternalProcess.Finished f;
    try {
      f =
          ExternalProcess.run(
              command, Map.of("CPL_TMPDIR", scratch.toString()), limits, size(input));
    } catch (ProcessLimitException e) {
      throw new DemRejectedException(Text.of("roads.dem.gdalLimit", file, e.reason()));
    }
    List<String> errorLines =
        f.stderr()
            .lines()
            .filter(l -> l.startsWith("ERROR") || l.startsWith("FAILURE"))
            .map(l -> l.contains(":") ? l.substring(l.indexOf(':') + 1).strip() : l)
            .map(l -> l.replace(scratch.toString() + "/", ""))
            .toList();
    if (f.exitCode() != 0 || !errorLines.isEmpty()) {
      throw new DemRejectedException(
          errorLines.isEmpty()
              ? Text.of("roads.dem.gdalExit", file, command.get(0), String.valueOf(f.exitCode()))
              : Text.of(
                  "roads.dem.gdalErrors",
                  file,
                  Text.literal(errorLines.stream().distinct().collect(Collectors.joining("; ")))));
    }
    return f.stdout();
  }

  private static long size(Path input) {
    try {
      return Files.size(input);
    } catch (IOException e) {
      return 0;
    }
  }
}
