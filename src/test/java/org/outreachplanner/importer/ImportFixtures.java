package org.outreachplanner.importer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The small files in {@code src/test/resources/imports}, read by the end-to-end import tests. */
final class ImportFixtures {

  private ImportFixtures() {}

  static Path file(String name) {
    URL url = ImportFixtures.class.getResource("/imports/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
