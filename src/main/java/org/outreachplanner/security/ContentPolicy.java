package org.outreachplanner.security;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of every answer: scripts, data and frames only from this server, so
 * that a name holding markup that slipped into a page could run nothing.
 */
final class ContentPolicy {

  private ContentPolicy() {}

  /**
   * The policy, with the map tile servers the pages may show images from.
   *
   * <p>Styles allow 'unsafe-inline': the printable week page carries its own {@code <style>} so it
   * stays whole when saved as one file, and Leaflet positions the map's panes, markers and tooltips
   * with inline styles. Inline styles cannot run script; inline scripts and event handler
   * attributes stay forbidden (script-src 'self').
   */
  static String of(List<String> tileSources) {
    String tiles =
        tileSources.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(s -> " " + s)
            .collect(Collectors.joining());
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        + " img-src 'self' data:"
        + tiles
        + "; connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self';"
        + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  }
}
