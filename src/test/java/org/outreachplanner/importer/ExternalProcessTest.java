package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.Waits;

/** External tools under their limits: killed with their children, and a bounded number at once. */
class ExternalProcessTest {

  @TempDir Path dir;

  @Test
  void killsAToolWithItsChildrenAtTheRunningTimeLimit() throws IOException {
    Path childPid = dir.resolve("child.pid");
    String script = "sleep 1000 & echo $! > '" + childPid + "'; sleep 1000";
    ProcessLimits limits = new ProcessLimits(5, 2, 0, 2, 60);
    assertThatThrownBy(() -> ExternalProcess.run(List.of("sh", "-c", script), Map.of(), limits, 0))
        .isInstanceOf(ProcessLimitException.class)
        .hasMessage(
            "GDAL did not finish reading it within 2 s and was stopped; if the file is sound and"
                + " simply large, raise outreach.import.process.wall-seconds (or"
                + " seconds-per-gigabyte)");
    long child = Long.parseLong(Files.readString(childPid).strip());
    Waits.until("the tool's child " + child + " to be killed")
        .until(
            () -> ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false),
            alive -> !alive);
    assertThat(running(script)).isEmpty();
  }

  @Test
  void stopsAToolAtTheProcessorTimeLimit() {
    ProcessLimits limits = new ProcessLimits(1, 120, 0, 2, 60);
    assertThatThrownBy(
            () ->
                ExternalProcess.run(
                    List.of("sh", "-c", "while :; do :; done"), Map.of(), limits, 0))
        .isInstanceOf(ProcessLimitException.class)
        .hasMessage(
            "GDAL used 1 s of processor time on it and was stopped; if the file is sound and"
                + " simply large, raise outreach.import.process.cpu-seconds (or"
                + " seconds-per-gigabyte)");
  }

  @Test
  void stopsGdalListingAGeoPackageWhoseViewNeverEnds() {
    Path hostile =
        ReaderFixtures.hostileGeoPackage(
            dir.resolve("hostile.gpkg"), ReaderFixtures.sample("communes.geojson"));
    ProcessLimits limits = new ProcessLimits(2, 5, 0, 2, 60);
    assertThatThrownBy(
            () ->
                ExternalProcess.run(
                    List.of("ogrinfo", "-ro", "-q", hostile.toString()), Map.of(), limits, 0))
        .isInstanceOf(ProcessLimitException.class)
        .hasMessageContaining("and was stopped");
    Waits.until("no ogrinfo reading " + hostile + " left running")
        .until(() -> running(hostile.toString()), List::isEmpty);
  }

  @Test
  void runsABoundedNumberAtOnceAndRefusesWhoWaitsTooLong() throws IOException {
    Path started = dir.resolve("started");
    Path stop = dir.resolve("stop");
    String holder = "touch '" + started + "'; while [ ! -e '" + stop + "' ]; do sleep 0.1; done";
    ProcessLimits one = new ProcessLimits(60, 120, 0, 1, 1);
    CompletableFuture<ExternalProcess.Finished> first =
        CompletableFuture.supplyAsync(
            () -> ExternalProcess.run(List.of("sh", "-c", holder), Map.of(), one, 0));
    Waits.until("the first tool to run").until(() -> Files.exists(started));

    assertThatThrownBy(() -> ExternalProcess.run(List.of("true"), Map.of(), one, 0))
        .isInstanceOf(ProcessBusyException.class)
        .hasMessage(
            "not read: the server is already reading one file and none finished within 1 s; try"
                + " again in a few minutes (outreach.import.process.max-running, queue-seconds)");

    ProcessLimits patient = new ProcessLimits(60, 120, 0, 1, 120);
    CompletableFuture<ExternalProcess.Finished> queued =
        CompletableFuture.supplyAsync(
            () -> ExternalProcess.run(List.of("echo", "my turn"), Map.of(), patient, 0));
    Files.createFile(stop);
    assertThat(first.join().exitCode()).isZero();
    assertThat(queued.join().stdout()).isEqualTo("my turn\n");
  }

  @Test
  void scalesTheLimitsWithTheFileSize() {
    ProcessLimits limits = new ProcessLimits(60, 180, 600, 2, 60);
    assertThat(limits.cpuSecondsFor(0)).isEqualTo(60);
    // 2 GiB at 600 s per GiB: 1,200 s more
    assertThat(limits.cpuSecondsFor(2L << 30)).isEqualTo(1260);
    assertThat(limits.wallTimeFor(2L << 30).toSeconds()).isEqualTo(1380);
  }

  /** Command lines of processes still running that contain {@code text}. */
  static List<String> running(String text) {
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .map(p -> p.info().commandLine().orElse(""))
        .filter(c -> c.contains(text))
        .toList();
  }
}
