package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps an uploaded file on disk while it is imported: in a fresh folder of its own under the
 * import scratch folder, under a sanitised name that keeps only the extension's meaning. The name
 * the user gave is kept for messages only, never used as a path.
 */
@Component
class UploadStore {

  private static final Logger log = LoggerFactory.getLogger(UploadStore.class);
  private static final int MAX_NAME_LENGTH = 120;

  private final Path base;

  UploadStore(ImportSettings settings) {
    this.base = settings.tempRoot();
  }

  /** An uploaded file on disk; closing it deletes it and its folder. */
  record Upload(Path folder, Path path, String originalName) implements AutoCloseable {
    @Override
    public void close() {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(UploadStore::deleteQuietly);
      } catch (IOException e) {
        log.warn("Could not remove the upload folder {}", folder, e);
      }
    }
  }

  Upload save(MultipartFile file) {
    String original = displayName(file.getOriginalFilename());
    try {
      Files.createDirectories(base);
      Path folder = Files.createTempDirectory(base, "upload-");
      Path target = folder.resolve(safeFileName(original));
      try (InputStream in = file.getInputStream()) {
        Files.copy(in, target);
      }
      return new Upload(folder, target, original);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the upload in " + base, e);
    }
  }

  /** The name the user's file had, for messages: no folders, no control characters. */
  static String displayName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    return name.isEmpty() ? "upload" : name;
  }

  /**
   * A file name safe to create in a folder of our own: ASCII letters, digits, dot, dash and
   * underscore, not starting with a dot, keeping the end of the name (its extensions).
   */
  static String safeFileName(String displayName) {
    String plain = Normalizer.normalize(displayName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String ascii = plain.replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._-]", "_");
    ascii = ascii.replaceAll("\\.{2,}", ".").replaceFirst("^[._-]+", "");
    if (ascii.length() > MAX_NAME_LENGTH) {
      ascii = ascii.substring(ascii.length() - MAX_NAME_LENGTH).replaceFirst("^[._-]+", "");
    }
    return ascii.isEmpty() || ascii.startsWith(".") ? "upload" + ascii : ascii;
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      log.warn("Could not remove {}", path, e);
    }
  }
}
