package org.outreachplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/apt-wait}, the launcher's package installs, run against a stand-in {@code apt-get}
 * that answers as apt does while another install holds its locks: a held lock is waited for, any
 * other failure ends at once with apt's own status.
 */
class AptWaitTest {

  private static final String HELD =
      "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)";

  @TempDir Path dir;

  @Test
  void aHeldLockIsWaitedForUntilItIsFree() throws Exception {
    fakeAptGet(2, HELD);

    Result result = run("600", "update", "-q");

    assertThat(result.status()).isZero();
    assertThat(calls()).hasSize(3).allMatch(c -> c.equals("-o DPkg::Lock::Timeout=600 update -q"));
    assertThat(result.output()).contains("another package install holds apt's lock");
  }

  @Test
  void anotherFailureEndsAtOnceWithAptsStatus() throws Exception {
    fakeAptGet(1, "E: Unable to locate package postgresql-99-postgis-3");

    Result result = run("600", "install", "-y", "postgresql-99-postgis-3");

    assertThat(result.status()).isEqualTo(100);
    assertThat(calls()).hasSize(1);
    assertThat(result.output()).contains("Unable to locate package");
  }

  @Test
  void aLockHeldPastTheWaitEndsWithAptsStatus() throws Exception {
    fakeAptGet(1_000, HELD);

    Result result = run("0", "update");

    assertThat(result.status()).isEqualTo(100);
    assertThat(calls()).hasSize(1);
  }

  /** An apt-get that fails {@code failures} times with {@code message} (status 100), then works. */
  private void fakeAptGet(int failures, String message) throws IOException {
    Path fake = dir.resolve("bin/apt-get");
    Files.createDirectories(fake.getParent());
    Files.writeString(
        fake,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "echo \"$*\" >> '" + dir.resolve("calls") + "'",
            "n=$(wc -l < '" + dir.resolve("calls") + "')",
            "if (( n <= " + failures + " )); then echo '" + message + "' >&2; exit 100; fi",
            "echo 'Reading package lists... Done'",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private List<String> calls() throws IOException {
    Path calls = dir.resolve("calls");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  private Result run(String lockWait, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/apt-wait"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().put("OUTREACH_APT_LOCK_WAIT", lockWait);
    builder.environment().put("OUTREACH_APT_RETRY_SECONDS", "0");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("apt-wait ended").isTrue();
    return new Result(process.exitValue(), output);
  }

  private record Result(int status, String output) {}
}
