package org.outreachplanner.importer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Writes zip archives for the tests, including hostile ones. */
final class TestZips {

  private TestZips() {}

  /** A zip of (name, text) pairs, names written exactly as given. */
  static Path zip(Path file, String... namesAndTexts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A zip of files from disk, stored under the given names. */
  static Path zipFiles(Path file, Path... files) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Path f : files) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A zip with a good entry and a symbolic link entry pointing at {@code target}. */
  static Path zipWithSymlink(Path file, String linkName, String target) throws IOException {
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
      ZipArchiveEntry good = new ZipArchiveEntry("villages.csv");
      zip.putArchiveEntry(good);
      zip.write("code,lon,lat\n".getBytes(StandardCharsets.US_ASCII));
      zip.closeArchiveEntry();
      ZipArchiveEntry link = new ZipArchiveEntry(linkName);
      link.setUnixMode(0120777);
      zip.putArchiveEntry(link);
      zip.write(target.getBytes(StandardCharsets.UTF_8));
      zip.closeArchiveEntry();
    }
    return file;
  }

  /** A zip whose one entry is {@code bytes} zero bytes, deflated. */
  static Path zeros(Path file, String name, long bytes) throws IOException {
    try (ZipOutputStream zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      zip.setLevel(Deflater.BEST_SPEED);
      zip.putNextEntry(new ZipEntry(name));
      byte[] block = new byte[1 << 20];
      for (long left = bytes; left > 0; left -= block.length) {
        zip.write(block, 0, (int) Math.min(left, block.length));
      }
      zip.closeEntry();
    }
    return file;
  }

  /** Overwrites the uncompressed size the central directory declares for the last entry. */
  static void declareSize(Path zip, int size) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = bytes.length - 46; i >= 0; i--) {
      if (b.getInt(i) == 0x02014b50) {
        b.putInt(i + 24, size);
        Files.write(zip, bytes);
        return;
      }
    }
    throw new IllegalStateException("no central directory in " + zip);
  }

  /** Bytes that do not compress. */
  static void writeNoise(OutputStream out, int bytes, long seed) throws IOException {
    java.util.Random random = new java.util.Random(seed);
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    out.write(b);
  }
}
