package org.outreachplanner.tiles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One vector tile as served: its bytes (empty when nothing lies in it) and its entity tag. */
record Tile(byte[] body, String etag) {

  static Tile of(byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Tile(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
