package org.outreachplanner.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The installed PostgreSQL server binaries: the newest major version under /usr/lib/postgresql. */
record PgBinaries(Path binDir, int majorVersion) {

  Path initdb() {
    return binDir.resolve("initdb");
  }

  Path pgCtl() {
    return binDir.resolve("pg_ctl");
  }

  static PgBinaries find() {
    String explicit = System.getenv("OUTREACH_PG_BIN");
    if (explicit != null && !explicit.isBlank()) {
      Path dir = Path.of(explicit);
      return new PgBinaries(dir, versionOf(dir.getParent()));
    }
    Path root = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .max(Comparator.comparingInt(PgBinaries::versionOf))
          .map(v -> new PgBinaries(v.resolve("bin"), versionOf(v)))
          .orElseThrow(
              () ->
                  new DatabaseUnavailableException(
                      "No PostgreSQL server is installed (looked in /usr/lib/postgresql). "
                          + "Install it with: sudo apt-get install postgresql-15-postgis-3 "
                          + "postgresql-15-pgrouting, or set OUTREACH_DB_URL to an existing "
                          + "PostGIS database"));
    } catch (IOException e) {
      throw new DatabaseUnavailableException("cannot list /usr/lib/postgresql", e);
    }
  }

  private static int versionOf(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
