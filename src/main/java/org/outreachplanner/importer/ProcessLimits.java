package org.outreachplanner.importer;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code outreach.import.process.*} settings: how much an external tool (GDAL) may take.
 *
 * @param cpuSeconds processor time a tool may use on a small file
 * @param wallSeconds time a tool may run on a small file
 * @param secondsPerGigabyte added to both limits for each GiB of the file read
 * @param maxRunning most tools running at once (the others wait their turn, first come first
 *     served)
 * @param queueSeconds longest a file waits for its turn before it is refused as "busy"
 */
public record ProcessLimits(
    @DefaultValue("60") int cpuSeconds,
    @DefaultValue("180") int wallSeconds,
    @DefaultValue("600") int secondsPerGigabyte,
    @DefaultValue("2") int maxRunning,
    @DefaultValue("60") int queueSeconds) {

  public ProcessLimits {
    if (cpuSeconds < 1 || wallSeconds < 1 || secondsPerGigabyte < 0) {
      throw new IllegalArgumentException("process limits must be at least 1 second");
    }
    if (maxRunning < 1 || queueSeconds < 0) {
      throw new IllegalArgumentException("at least one process must be allowed to run");
    }
  }

  /** The defaults of application.properties. */
  public static ProcessLimits defaults() {
    return new ProcessLimits(60, 180, 600, 2, 60);
  }

  /** Processor seconds for a file of {@code bytes}. */
  public int cpuSecondsFor(long bytes) {
    return cpuSeconds + extraSeconds(bytes);
  }

  /** Running time for a file of {@code bytes}. */
  public Duration wallTimeFor(long bytes) {
    return Duration.ofSeconds(wallSeconds + (long) extraSeconds(bytes));
  }

  public Duration queueTime() {
    return Duration.ofSeconds(queueSeconds);
  }

  private int extraSeconds(long bytes) {
    double gigabytes = Math.max(0, bytes) / (double) (1L << 30);
    return (int) Math.min(Integer.MAX_VALUE / 2, Math.ceil(gigabytes * secondsPerGigabyte));
  }
}
