package org.outreachplanner;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who runs a solve or an import: this machine, this process and a random id drawn when the process
 * started (a process id can be reused, the random id cannot). Stored with the row and kept fresh by
 * a heartbeat, it lets any process tell a solve or import whose owner died from one that runs.
 *
 * @param host the machine's name
 * @param pid the process id
 * @param instance a random id of this run of the process
 */
public record ProcessOwner(String host, long pid, String instance) {

  private static final Logger log = LoggerFactory.getLogger(ProcessOwner.class);

  /** This process. */
  public static final ProcessOwner CURRENT =
      new ProcessOwner(hostName(), ProcessHandle.current().pid(), UUID.randomUUID().toString());

  /**
   * Whether a row owned by {@code host}, {@code pid} and {@code instance} was left by an earlier
   * process of this machine that is gone: same host, another instance, and its process no longer
   * runs (or is this one, which reused its id).
   */
  public boolean predecessorGone(String host, long pid, String instance) {
    if (!this.host.equals(host) || this.instance.equals(instance)) {
      return false;
    }
    return pid == this.pid || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  /** The name of the one thread that runs every heartbeat of this process. */
  public static final String HEARTBEAT_THREAD = "outreach-heartbeat";

  /**
   * Runs {@code task} now and then every {@code period} until the returned future is cancelled; a
   * run that fails is logged under {@code name} and the next one runs all the same. Every heartbeat
   * of the process (the imports', the solves') runs in turn on one daemon thread, {@value
   * #HEARTBEAT_THREAD}: each is a short update of the database, so none keeps another waiting long.
   * Cancel with {@code cancel(false)}, which leaves the thread to the others.
   */
  public static ScheduledFuture<?> every(Duration period, String name, Runnable task) {
    return Heartbeats.EXECUTOR.scheduleWithFixedDelay(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            log.warn("{} failed: {}", name, e.getMessage());
          }
        },
        0,
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** The heartbeats' thread, started when the first heartbeat is scheduled. */
  private static final class Heartbeats {
    static final ScheduledThreadPoolExecutor EXECUTOR =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, HEARTBEAT_THREAD);
              t.setDaemon(true);
              return t;
            });

    static {
      // a cancelled heartbeat leaves the queue at once rather than at its next time
      EXECUTOR.setRemoveOnCancelPolicy(true);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String env = System.getenv("HOSTNAME");
      return env != null ? env : "unknown";
    }
  }
}
