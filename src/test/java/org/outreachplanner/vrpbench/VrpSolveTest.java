package org.outreachplanner.vrpbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Routing instances solved with the planners' solver configuration, through the checker. */
class VrpSolveTest {

  static final Path CONFIG = Path.of("solver-config/schedule-solver.xml");

  @Test
  void aTinyPeriodicInstanceIsSolvedOnItsAllowedDays() {
    double open = Double.MAX_VALUE;
    VrpInstance tiny =
        new VrpInstance(
            "tiny",
            1,
            10,
            2,
            0,
            List.of(
                new VrpInstance.Node(0, 0, 0, 0, 0, 0, open, 0, new long[0]),
                new VrpInstance.Node(1, 3, 4, 5, 1, 0, open, 1, new long[] {0b01, 0b10}),
                new VrpInstance.Node(2, 6, 8, 5, 1, 0, open, 2, new long[] {0b11}),
                new VrpInstance.Node(3, -3, -4, 5, 1, 0, open, 1, new long[] {0b01, 0b10})));
    VrpSolve.Outcome o = VrpSolve.solve(tiny, CONFIG, 1);
    assertThat(o.report().violations()).isEmpty();
    assertThat(o.report().distance()).isEqualTo(50.0);
  }

  @Test
  void c101IsSolvedValidWithinAFewPercentOfTheBestKnown() {
    Path file = VrpReadersTest.DATA.resolve("solomon/C101.txt");
    Assumptions.assumeTrue(Files.isRegularFile(file), "../shared/data/vrp is absent");
    VrpSolve.Outcome o = VrpSolve.solve(SolomonReader.read(file), CONFIG, 3);
    assertThat(o.report().violations()).isEmpty();
    assertThat(o.report().distance()).isLessThan(828.94 * 1.25);
  }
}
