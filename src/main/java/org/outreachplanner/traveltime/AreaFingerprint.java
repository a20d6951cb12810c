package org.outreachplanner.traveltime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.outreachplanner.network.Place;

/**
 * The fingerprint of everything an area's matrix depends on: its places and where they join the
 * network, the edges and costs (speeds, closures, climbs) of the network components they lie in,
 * the mode, season, closure set and time limit, and the imported rows among its places. Ways never
 * leave a component, so edges elsewhere cannot change the area's times.
 */
final class AreaFingerprint {

  /** Changes when the computation itself changes, so that stored matrices are recomputed. */
  private static final String VERSION = "travel-time matrix 1";

  private AreaFingerprint() {}

  static String of(
      PlanningArea area, NetworkSnapshot network, double maxSeconds, String importedMark) {
    MessageDigest digest = sha256();
    StringBuilder text = new StringBuilder(VERSION);
    text.append('|').append(area.kind().code()).append(' ').append(area.code());
    text.append('|').append(network.mode().code()).append('/').append(network.season().code());
    text.append('|').append(network.closureSet()).append('|').append(maxSeconds);
    text.append('|').append(importedMark);
    for (Place place : area.places()) {
      text.append('\n').append(place.ref().kind().code()).append(' ').append(place.ref().code());
      int vertex = network.vertexOf(place);
      if (vertex >= 0) {
        text.append(" @").append(place.nodeId());
        text.append(' ').append(network.componentFingerprint(network.component(vertex)));
      } else {
        text.append(" ! ").append(place.attached() ? "not on the network" : place.problem());
      }
      if (text.length() > 1 << 14) {
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
      }
    }
    digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
