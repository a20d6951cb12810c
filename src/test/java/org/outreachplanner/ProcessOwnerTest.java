package org.outreachplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.Waits;

/**
 * The heartbeats of a process (the imports', the solves') share one thread: each runs at once and
 * then again and again, a failing run does not stop the next, and cancelling one leaves the others
 * beating.
 */
class ProcessOwnerTest {

  @Test
  void heartbeatsShareOneThreadAndOneCancelledLeavesTheOthersBeating() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    AtomicInteger imports = new AtomicInteger();
    AtomicInteger solves = new AtomicInteger();
    ScheduledFuture<?> importBeat =
        ProcessOwner.every(
            Duration.ofMillis(10),
            "test import heartbeat",
            () -> {
              threads.add(Thread.currentThread().getName());
              imports.incrementAndGet();
            });
    ScheduledFuture<?> solveBeat =
        ProcessOwner.every(
            Duration.ofMillis(10),
            "test solve heartbeat",
            () -> {
              threads.add(Thread.currentThread().getName());
              if (solves.incrementAndGet() % 2 == 0) {
                throw new IllegalStateException("the database is away");
              }
            });
    try {
      Waits.until("both heartbeats beat, the solves' again after a failed run")
          .until(() -> imports.get() >= 3 && solves.get() >= 3);
      assertThat(threads).containsExactly(ProcessOwner.HEARTBEAT_THREAD);

      importBeat.cancel(false);
      int importsThen = imports.get();
      int solvesThen = solves.get();
      Waits.until("the solves' heartbeat beating on after the imports' was cancelled")
          .until(() -> solves.get() >= solvesThen + 3);
      assertThat(imports.get()).isLessThanOrEqualTo(importsThen + 1);
    } finally {
      importBeat.cancel(false);
      solveBeat.cancel(false);
    }
  }
}
