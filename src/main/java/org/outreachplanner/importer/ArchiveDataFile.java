package org.outreachplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.outreachplanner.i18n.Text;

/**
 * The data file of an unpacked archive: the only one, or the one {@code --layer} names by its base
 * name. A shapefile counts as one data file, its {@code .shp}.
 *
 * @param file the chosen file
 * @param displayName the archive's name and the file's path inside it, for messages
 * @param chosenByLayer whether {@code --layer} was needed to choose it (and so does not also name a
 *     layer inside it)
 */
record ArchiveDataFile(Path file, String displayName, boolean chosenByLayer) {

  static ArchiveDataFile choose(Path dir, String archiveName, String layer) {
    List<Path> candidates;
    try (Stream<Path> files = Files.walk(dir)) {
      candidates =
          files
              .filter(Files::isRegularFile)
              .filter(p -> isCandidate(p.getFileName().toString()))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (candidates.isEmpty()) {
      throw ImportRejectedException.ofFile(
          archiveName, Text.of("imports.archive.noDataFile", FileFormat.supportedList()));
    }
    if (candidates.size() == 1) {
      return of(dir, archiveName, candidates.get(0), false);
    }
    String listed = candidates.stream().map(p -> inside(dir, p)).collect(Collectors.joining(", "));
    if (layer == null) {
      throw ImportRejectedException.ofFile(
          archiveName, Text.of("imports.archive.severalDataFiles", listed));
    }
    List<Path> named =
        candidates.stream()
            .filter(p -> FileFormat.baseName(p.getFileName().toString()).equalsIgnoreCase(layer))
            .toList();
    if (named.size() != 1) {
      throw ImportRejectedException.ofFile(
          archiveName,
          named.isEmpty()
              ? Text.of("imports.archive.noneNamed", layer, listed)
              : Text.of("imports.archive.severalNamed", layer, listed));
    }
    return of(dir, archiveName, named.get(0), true);
  }

  private static boolean isCandidate(String fileName) {
    FileFormat f = FileFormat.of(fileName);
    return f != null && f != FileFormat.ZIP;
  }

  private static ArchiveDataFile of(Path dir, String archiveName, Path file, boolean byLayer) {
    return new ArchiveDataFile(file, archiveName + "/" + inside(dir, file), byLayer);
  }

  private static String inside(Path dir, Path file) {
    return dir.relativize(file).toString();
  }
}
