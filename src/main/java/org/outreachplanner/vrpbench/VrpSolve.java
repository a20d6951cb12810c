package org.outreachplanner.vrpbench;

import java.nio.file.Path;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.outreachplanner.schedule.SolverConfigs;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;

/**
 * Solves a routing instance with the planners' own solver configuration (the same file, the same
 * start plan), one thread, and checks the result with {@link VrpChecker}.
 */
public final class VrpSolve {

  private VrpSolve() {}

  /**
   * One solve's outcome.
   *
   * @param solution the routes
   * @param report the checker's verdict and figures
   * @param score the model's score
   * @param scoreCalculationsPerSecond the solver's speed
   */
  public record Outcome(
      VrpSolution solution,
      VrpChecker.Report report,
      String score,
      long scoreCalculationsPerSecond) {}

  public static Outcome solve(VrpInstance instance, Path solverConfig, int seconds) {
    Schedule problem = VrpProblems.schedule(instance);
    Initializer.initialize(problem);
    Solver<Schedule> solver = SolverConfigs.factory(solverConfig, seconds, seconds).buildSolver();
    long started = System.nanoTime();
    Schedule best = solver.solve(problem);
    long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
    long calculations =
        ((DefaultSolver<Schedule>) solver).getSolverScope().getScoreCalculationCount();
    VrpSolution solution = VrpProblems.solution(best);
    return new Outcome(
        solution,
        VrpChecker.check(instance, solution),
        String.valueOf(best.getScore()),
        calculations * 1000 / millis);
  }
}
