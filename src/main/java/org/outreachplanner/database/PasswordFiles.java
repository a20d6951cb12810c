package org.outreachplanner.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The passwords of the local cluster's roles, made at random when first needed and kept in the work
 * folder, readable by this process's user alone: {@code superuser.password} for the superuser,
 * {@code ROLE.password} for the others.
 */
final class PasswordFiles {

  private final Path workDir;

  PasswordFiles(Path workDir) {
    this.workDir = workDir;
  }

  Path file(String role) {
    String name = LocalCluster.SUPERUSER.equals(role) ? "superuser" : role;
    return workDir.resolve(name + ".password");
  }

  /** The role's password; fails if it was never made. */
  String read(String role) {
    try {
      return Files.readString(file(role)).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file(role), e);
    }
  }

  /** Makes the role's password unless there is one; the caller holds the cluster's lock. */
  void ensure(String role) throws IOException {
    if (!Files.exists(file(role))) {
      write(role, random());
    }
  }

  /** Writes a new password for the role and returns it. */
  String renew(String role) throws IOException {
    String password = random();
    write(role, password);
    return password;
  }

  private void write(String role, String password) throws IOException {
    Path file = file(role);
    Path part = file.resolveSibling(file.getFileName() + ".part");
    Files.writeString(part, password + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
  }

  /** 36 hexadecimal digits: safe to quote in SQL as they are. */
  static String random() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
