package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.outreachplanner.i18n.Text;

/**
 * Unpacks a zip archive without trusting it. Every entry is checked before a single byte is
 * written: no absolute paths, no {@code ..} segments, no backslashes, no symbolic links, no
 * archives inside the archive, and the entry count, each declared size, the total and the
 * compression ratio within the configured limits. Then the data files are unpacked into a fresh
 * scratch folder while the real bytes are counted, since declared sizes can lie. Any failure
 * deletes the folder.
 */
final class SafeArchive {

  /** Entries smaller than this are not held to the compression ratio: they cannot do harm. */
  static final long RATIO_CHECK_MIN_BYTES = 1 << 20;

  private static final Set<String> ARCHIVE_EXTENSIONS =
      Set.of(
          "zip", "kmz", "jar", "gz", "tgz", "tar", "bz2", "xz", "7z", "rar", "zst", "lz", "lzma");

  /** What a data file may be, with its parts: only these entries are unpacked. */
  private static final Set<String> DATA_EXTENSIONS =
      Set.of(
          "csv", "geojson", "json", "gpkg", "kml", "osm", "pbf", "shp", "shx", "dbf", "prj", "cpg");

  private final ImportSettings limits;

  SafeArchive(ImportSettings limits) {
    this.limits = limits;
  }

  /** Checks the whole archive, then unpacks its data files into a new scratch folder. */
  ScratchDirectory unpack(Path zipPath, String displayName) {
    try (ZipFile zip = ZipFile.builder().setPath(zipPath).get()) {
      List<ZipArchiveEntry> toUnpack = check(zip, displayName);
      ScratchDirectory scratch = ScratchDirectory.create(limits.tempRoot(), "archive-");
      try {
        extract(zip, toUnpack, scratch.path(), displayName);
        return scratch;
      } catch (RuntimeException | IOException e) {
        scratch.close();
        throw e;
      }
    } catch (IOException e) {
      throw ImportRejectedException.ofFile(
          displayName, Text.of("imports.archive.cannotUnpack", Text.literal(e.getMessage())));
    }
  }

  /** Checks every entry; returns the entries to unpack (data files and shapefile parts). */
  private List<ZipArchiveEntry> check(ZipFile zip, String file) throws IOException {
    List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
    if (entries.size() > limits.maxArchiveEntries()) {
      throw ImportRejectedException.ofFile(
          file,
          Text.of("imports.archive.tooManyEntries", entries.size(), limits.maxArchiveEntries()));
    }
    Set<String> names = new HashSet<>();
    long total = 0;
    List<ZipArchiveEntry> data = new ArrayList<>();
    for (ZipArchiveEntry e : entries) {
      String name = e.getName();
      byte[] raw = e.getRawName();
      String written = raw == null ? name : new String(raw, StandardCharsets.UTF_8);
      if (written.indexOf('\\') >= 0 || name.indexOf('\\') >= 0) {
        // some readers turn backslashes into slashes when the archive comes from Windows
        throw ImportRejectedException.ofFile(file, Text.of("imports.archive.backslashes", written));
      }
      checkName(file, name);
      if (!names.add(name)) {
        throw ImportRejectedException.ofFile(file, Text.of("imports.archive.twoEntries", name));
      }
      if (e.isUnixSymlink()) {
        throw ImportRejectedException.ofFile(file, Text.of("imports.archive.symlink", name));
      }
      if (e.isDirectory()) {
        continue;
      }
      if (ARCHIVE_EXTENSIONS.contains(extension(name))) {
        throw nested(file, name);
      }
      long size = Math.max(e.getSize(), 0);
      if (size > limits.maxEntryBytes()) {
        throw ImportRejectedException.ofFile(file, entryTooBig(name, limits.maxEntryBytes()));
      }
      long packed = Math.max(e.getCompressedSize(), 1);
      if (size >= RATIO_CHECK_MIN_BYTES && size / packed > limits.maxCompressionRatio()) {
        throw ImportRejectedException.ofFile(
            file,
            Text.of("imports.archive.ratio", name, size / packed, limits.maxCompressionRatio()));
      }
      total += size;
      if (total > limits.maxUnpackedBytes()) {
        throw ImportRejectedException.ofFile(file, tooBig());
      }
      if (isData(name)) {
        data.add(e);
      }
    }
    for (ZipArchiveEntry e : data) {
      if (!zip.canReadEntryData(e)) {
        throw ImportRejectedException.ofFile(
            file, Text.of("imports.archive.unreadableEntry", e.getName()));
      }
      if (looksLikeArchive(zip, e)) {
        throw nested(file, e.getName());
      }
    }
    return data;
  }

  private static void checkName(String file, String name) {
    if (name.isEmpty() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw ImportRejectedException.ofFile(file, Text.of("imports.archive.badName", name.strip()));
    }
    if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
      throw ImportRejectedException.ofFile(file, Text.of("imports.archive.absolute", name));
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw ImportRejectedException.ofFile(file, Text.of("imports.archive.escapes", name));
      }
    }
  }

  private void extract(ZipFile zip, List<ZipArchiveEntry> entries, Path dir, String file)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (ZipArchiveEntry e : entries) {
      Path target;
      try {
        target = dir.resolve(e.getName()).normalize();
      } catch (InvalidPathException ex) {
        throw ImportRejectedException.ofFile(file, Text.of("imports.archive.badName", e.getName()));
      }
      if (!target.startsWith(dir) || target.equals(dir)) {
        throw ImportRejectedException.ofFile(file, Text.of("imports.archive.escapes", e.getName()));
      }
      Files.createDirectories(target.getParent());
      long declared = e.getSize();
      long written = 0;
      try (InputStream in = zip.getInputStream(e);
          OutputStream out =
              Files.newOutputStream(
                  target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          written += n;
          total += n;
          if (declared >= 0 && written > declared) {
            throw ImportRejectedException.ofFile(
                file, Text.of("imports.archive.moreThanDeclared", e.getName(), declared));
          }
          if (written > limits.maxEntryBytes()) {
            throw ImportRejectedException.ofFile(
                file, entryTooBig(e.getName(), limits.maxEntryBytes()));
          }
          if (total > limits.maxUnpackedBytes()) {
            throw ImportRejectedException.ofFile(file, tooBig());
          }
          out.write(buffer, 0, n);
        }
      }
    }
  }

  /** Whether an entry's first bytes are those of a compressed file or archive. */
  private static boolean looksLikeArchive(ZipFile zip, ZipArchiveEntry e) throws IOException {
    byte[] head = new byte[6];
    int n;
    try (InputStream in = zip.getInputStream(e)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return (n >= 4 && head[0] == 'P' && head[1] == 'K' && isSmall(head[2]) && isSmall(head[3]))
        || (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b)
        || (n >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1')
        || (n >= 4 && head[0] == 'R' && head[1] == 'a' && head[2] == 'r' && head[3] == '!')
        || (n >= 6 && head[0] == '7' && head[1] == 'z' && (head[2] & 0xff) == 0xbc)
        || (n >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z')
        || (n >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5);
  }

  private static boolean isSmall(byte b) {
    return b >= 1 && b <= 8;
  }

  /** Whether an entry is a data file or a shapefile part (not a macOS resource-fork copy). */
  private static boolean isData(String name) {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    if (name.startsWith("__MACOSX/") || fileName.startsWith("._")) {
      return false;
    }
    return DATA_EXTENSIONS.contains(extension(name));
  }

  private static String extension(String name) {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Text entryTooBig(String name, long limit) {
    return Text.of("imports.archive.entryTooBig", name, limit);
  }

  private Text tooBig() {
    return Text.of("imports.archive.tooBig", limits.maxUnpackedBytes());
  }

  private static ImportRejectedException nested(String file, String name) {
    return ImportRejectedException.ofFile(file, Text.of("imports.archive.nested", name));
  }
}
