package org.outreachplanner.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a cluster's {@code postmaster.pid} says: the server's process id and port. */
record PostmasterPid(long pid, int port) {

  static PostmasterPid read(Path dataDir) {
    Path file = dataDir.resolve("postmaster.pid");
    try {
      if (!Files.exists(file)) {
        return null;
      }
      List<String> lines = Files.readAllLines(file);
      if (lines.size() < 4) {
        return new PostmasterPid(Long.parseLong(lines.get(0).trim()), -1);
      }
      return new PostmasterPid(
          Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim()));
    } catch (IOException | RuntimeException e) {
      return new PostmasterPid(-1, -1);
    }
  }

  /** True when the process exists and is a PostgreSQL server (not a reused process id). */
  boolean isAlivePostgres() {
    if (pid <= 0 || port <= 0) {
      return false;
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(this::isPostgres).orElse(false);
  }

  private boolean isPostgres(ProcessHandle handle) {
    try {
      String comm = Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).trim();
      return comm.startsWith("postgres");
    } catch (IOException e) {
      return handle.info().command().map(c -> c.contains("postgres")).orElse(true);
    }
  }
}
