package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.outreachplanner.i18n.Text;

/**
 * Scans a GeoJSON file once, without building anything, before GDAL reads it: it must start as a
 * JSON object, and must not nest arrays and objects deeper than {@link #MAX_DEPTH} (a
 * GeometryCollection of MultiPolygons needs under ten), so that no parser is driven into deep
 * recursion.
 */
final class JsonGuard {

  static final int MAX_DEPTH = 64;

  private JsonGuard() {}

  static void check(Path file, String fileName) {
    byte[] buffer = new byte[1 << 16];
    int depth = 0;
    long offset = 0;
    boolean started = false;
    boolean inString = false;
    boolean escaped = false;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++, offset++) {
          int b = buffer[i] & 0xff;
          if (!started) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || (offset < 3 && b >= 0xbb)) {
              continue; // whitespace or the byte-order mark EF BB BF
            }
            if (b != '{') {
              throw ImportRejectedException.ofFile(fileName, Text.of("imports.json.notAnObject"));
            }
            started = true;
          }
          if (inString) {
            if (escaped) {
              escaped = false;
            } else if (b == '\\') {
              escaped = true;
            } else if (b == '"') {
              inString = false;
            }
          } else if (b == '"') {
            inString = true;
          } else if (b == '{' || b == '[') {
            if (++depth > MAX_DEPTH) {
              throw ImportRejectedException.ofFile(
                  fileName, Text.of("imports.json.tooDeep", MAX_DEPTH, offset));
            }
          } else if (b == '}' || b == ']') {
            depth--;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!started) {
      throw ImportRejectedException.ofFile(fileName, Text.of("imports.json.noObject"));
    }
  }
}
