package org.outreachplanner.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A fresh folder for one import's scratch files, deleted with everything in it on close. */
final class ScratchDirectory implements AutoCloseable {

  private final Path path;
  private boolean closed;

  private ScratchDirectory(Path path) {
    this.path = path;
  }

  /** Creates a new folder under {@code root} (created too if missing). */
  static ScratchDirectory create(Path root, String prefix) {
    try {
      Files.createDirectories(root);
      return new ScratchDirectory(Files.createTempDirectory(root, prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder in " + root, e);
    }
  }

  Path path() {
    return path;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    deleteRecursively(path);
  }

  /** Deletes a folder and its contents; symbolic links are removed, never followed. */
  static void deleteRecursively(Path dir) {
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException e) {
      // already gone
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the scratch folder " + dir, e);
    }
  }
}
