package org.outreachplanner.vrpbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.outreachplanner.schedule.SolverConfigs;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;

/**
 * A small periodic instance with day capacity and time windows solved with FULL_ASSERT under the
 * planners' configuration: the ruin-and-recreate moves (which change whole day combinations and
 * empty routes) keep every shadow variable and score right, and their undo restores the plan.
 */
class RuinRecreateFullAssertTest {

  @Test
  void aPeriodicInstanceWithCapacitySolvesWithEveryScoreChecked() {
    VrpInstance instance = instance(new Random(7));
    SolverConfig config =
        SolverConfigs.load(VrpSolveTest.CONFIG, 4, 4)
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
            .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(4L));
    Solver<Schedule> solver = SolverFactory.<Schedule>create(config).buildSolver();
    Schedule problem = VrpProblems.schedule(instance);
    Initializer.initialize(problem);

    Schedule solved = solver.solve(problem);

    assertThat(solved.getScore().hardScore()).isZero();
    VrpChecker.Report report = VrpChecker.check(instance, VrpProblems.solution(solved));
    assertThat(report.violations()).isEmpty();
  }

  /** 16 customers over 3 days, 2 vehicles of capacity 12; some visited twice (days 0+2, 1+2). */
  static VrpInstance instance(Random random) {
    double open = 1000;
    List<VrpInstance.Node> nodes = new ArrayList<>();
    nodes.add(new VrpInstance.Node(0, 50, 50, 0, 0, 0, open, 0, new long[0]));
    for (int i = 1; i <= 16; i++) {
      boolean twice = i % 3 == 0;
      long[] combinations = twice ? new long[] {0b101, 0b110} : new long[] {0b001, 0b010, 0b100};
      double ready = i % 4 == 0 ? 100 : 0;
      nodes.add(
          new VrpInstance.Node(
              i,
              random.nextInt(100),
              random.nextInt(100),
              1 + random.nextInt(3),
              5,
              ready,
              open - 200,
              twice ? 2 : 1,
              combinations));
    }
    return new VrpInstance("random-16", 2, 12, 3, 0, nodes);
  }
}
