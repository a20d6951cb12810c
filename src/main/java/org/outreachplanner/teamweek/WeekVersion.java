package org.outreachplanner.teamweek;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a team's week as its page shows it: a strong ETag of everything the answer carries
 * (the visits, their times and routes, the team's stock), so that a page left open asks with
 * If-None-Match and learns in a 304 that nothing was re-planned, or gets the new week.
 */
final class WeekVersion {

  private WeekVersion() {}

  /** The quoted ETag of the answer: the first 128 bits of the SHA-256 of its values. */
  static String of(WeekAnswer answer) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(answer.toString().getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether an If-None-Match header names this version (a list, or *, as HTTP allows). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
