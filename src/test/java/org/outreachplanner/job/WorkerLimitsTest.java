package org.outreachplanner.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many solves a worker runs at once, from its settings, cores and heap. */
class WorkerLimitsTest {

  @Test
  void oneTaskPerCoreUnlessSet() {
    assertThat(WorkerLimits.tasksAtOnce(0, 0, 2, 1024)).isEqualTo(2);
    assertThat(WorkerLimits.tasksAtOnce(3, 0, 2, 1024)).isEqualTo(3);
  }

  @Test
  void neverMoreThanTheHeapHoldsAndAlwaysOne() {
    // 1,024 MB of heap at 400 MB a solve: 2, though 8 were asked for
    assertThat(WorkerLimits.tasksAtOnce(8, 400, 2, 1024)).isEqualTo(2);
    // a heap smaller than one solve's hint still runs one
    assertThat(WorkerLimits.tasksAtOnce(0, 400, 2, 256)).isEqualTo(1);
  }
}
