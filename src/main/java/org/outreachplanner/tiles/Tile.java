package org.outreachplanner.tiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One vector tile as served: its bytes (empty when nothing lies in it), the same gzipped (null when
 * empty), written once when the tile is, and a hash of the bytes for its entity tags. The gzipped
 * form has its own tag ({@link #gzipEtag()}): it is another representation of the tile.
 */
record Tile(byte[] body, byte[] gzipped, String hash) {

  static Tile of(byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Tile(
          bytes, bytes.length == 0 ? null : gzip(bytes), HexFormat.of().formatHex(digest, 0, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The entity tag of the tile's bytes as they are. */
  String etag() {
    return "\"" + hash + "\"";
  }

  /** The entity tag of the gzipped bytes. */
  String gzipEtag() {
    return "\"" + hash + "-gz\"";
  }

  /** What the cache holds of it, in bytes. */
  int weight() {
    return body.length + (gzipped == null ? 0 : gzipped.length) + 64;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip in memory", e);
    }
    return out.toByteArray();
  }
}
