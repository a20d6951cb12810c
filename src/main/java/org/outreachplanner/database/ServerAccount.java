package org.outreachplanner.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS account the PostgreSQL server runs as. PostgreSQL refuses to run as root, so when this
 * process is root, server commands run as an unprivileged user (by default {@code postgres}) who
 * owns the cluster's files; otherwise they run as the current user.
 */
final class ServerAccount {

  private static final Logger log = LoggerFactory.getLogger(ServerAccount.class);

  private final String osUser;
  private final boolean switchesUser;

  ServerAccount(String osUser) {
    this.osUser = osUser;
    this.switchesUser = "root".equals(System.getProperty("user.name"));
  }

  /** True when server commands run as another user than this process. */
  boolean switchesUser() {
    return switchesUser;
  }

  /** The command line that runs {@code command} as the server's user. */
  List<String> command(String... command) {
    List<String> cmd = new ArrayList<>();
    if (switchesUser) {
      cmd.addAll(List.of("runuser", "-u", osUser, "--"));
    }
    cmd.addAll(List.of(command));
    return cmd;
  }

  /** Gives files and folders (recursively) to the server's user. */
  void give(Path... paths) {
    if (!switchesUser) {
      return;
    }
    List<String> cmd = new ArrayList<>(List.of("chown", "-R", osUser + ":"));
    for (Path p : paths) {
      cmd.add(p.toString());
    }
    ProcessRunner.run(cmd, Duration.ofSeconds(30), "chown");
  }

  /**
   * The server's user must be able to reach the work folder. A folder inside a private home or a
   * private temporary folder is out of its reach: then the cluster lives under
   * /var/lib/outreach-planner instead, one folder per requested folder.
   */
  Path reachableWorkDir(Path requested) {
    if (!switchesUser) {
      return requested;
    }
    Path probe = requested;
    while (probe != null && !Files.exists(probe)) {
      probe = probe.getParent();
    }
    if (probe != null && canReach(probe)) {
      return requested;
    }
    Path fallback = Path.of("/var/lib/outreach-planner", shortHash(requested.toString()));
    log.info(
        "The database user '{}' cannot reach {}; keeping the local cluster in {}",
        osUser,
        requested,
        fallback);
    return fallback;
  }

  private boolean canReach(Path dir) {
    try {
      Process p =
          new ProcessBuilder("runuser", "-u", osUser, "--", "test", "-x", dir.toString())
              .redirectErrorStream(true)
              .start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String shortHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
