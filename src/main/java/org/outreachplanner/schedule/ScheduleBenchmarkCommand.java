package org.outreachplanner.schedule;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outreach schedule-benchmark}: the solver's figures for docs/benchmarks.md (run by {@code
 * benchmarks/schedules}). Prints {@code key=value} lines.
 */
@Command(
    name = "schedule-benchmark",
    hidden = true,
    mixinStandardHelpOptions = true,
    description =
        "Measure the schedule solver on an area of the database and a generated province.")
public class ScheduleBenchmarkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--area", description = "area of the database to solve (none: skip)")
  String area;

  @Option(names = "--week", defaultValue = "2026-11-23", description = "the Monday it starts")
  String week;

  @Option(names = "--seconds", defaultValue = "30", description = "the measured solve")
  int seconds;

  @Option(
      names = "--reference-seconds",
      defaultValue = "0",
      description = "the reference solve (0: none)")
  int referenceSeconds;

  @Mixin GeneratedProvinceOptions generated;

  /** One solve's figures. */
  record Run(
      HardMediumSoftLongScore best,
      long firstFeasibleMs,
      HardMediumSoftLongScore atTwoSeconds,
      long scoreCalculations,
      long millis,
      int visits,
      int teamDays) {

    long speed() {
      return millis == 0 ? 0 : scoreCalculations * 1000 / millis;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      ScheduleSettings settings = context.getBean(ScheduleSettings.class);
      if (area != null) {
        ProblemLoader loader = context.getBean(ProblemLoader.class);
        SolveRequest request = new SolveRequest(area, LocalDate.parse(week), 1, seconds, null);
        Run run = solve(loader.load(request).schedule(), seconds, settings, false);
        print(out, "demo", run);
        if (referenceSeconds > 0) {
          Run reference = solve(loader.load(request).schedule(), referenceSeconds, settings, false);
          print(out, "reference", reference);
        }
      }
      if (generated.wanted()) {
        Runtime.getRuntime().gc();
        Run run = solve(generated.problem(settings), generated.generatedSeconds, settings, true);
        print(out, "generated", run);
        Runtime rt = Runtime.getRuntime();
        out.printf("generated_heap_used_mb=%d%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        out.printf("max_heap_mb=%d%n", rt.maxMemory() >> 20);
      }
      out.flush();
      return 0;
    }
  }

  private static void print(PrintWriter out, String name, Run run) {
    out.printf("%s_visits=%d%n", name, run.visits());
    out.printf("%s_team_days=%d%n", name, run.teamDays());
    out.printf("%s_score=%s%n", name, run.best());
    out.printf("%s_first_feasible_ms=%d%n", name, run.firstFeasibleMs());
    out.printf("%s_score_at_2s=%s%n", name, run.atTwoSeconds());
    out.printf("%s_score_calculations_per_s=%d%n", name, run.speed());
    out.printf("%s_ms=%d%n", name, run.millis());
    out.flush();
  }

  private static Run solve(
      Schedule problem, int seconds, ScheduleSettings settings, boolean quiet) {
    Initializer.initialize(problem);
    Solver<Schedule> solver =
        SolverConfigs.factory(settings.solverConfig(), seconds, settings.defaultSeconds())
            .buildSolver();
    List<long[]> events = new ArrayList<>();
    List<HardMediumSoftLongScore> scores = new ArrayList<>();
    solver.addEventListener(
        e -> {
          events.add(new long[] {e.getTimeMillisSpent()});
          scores.add((HardMediumSoftLongScore) e.getNewBestScore());
        });
    long started = System.nanoTime();
    Schedule best = solver.solve(problem);
    long millis = (System.nanoTime() - started) / 1_000_000;
    long calculations =
        ((DefaultSolver<Schedule>) solver).getSolverScope().getScoreCalculationCount();
    long firstFeasible = -1;
    HardMediumSoftLongScore atTwo = null;
    for (int i = 0; i < events.size(); i++) {
      if (firstFeasible < 0 && scores.get(i).hardScore() == 0) {
        firstFeasible = events.get(i)[0];
      }
      if (events.get(i)[0] <= 2000) {
        atTwo = scores.get(i);
      }
    }
    return new Run(
        best.getScore(),
        firstFeasible,
        atTwo,
        calculations,
        millis,
        best.getVisits().size(),
        (int) best.realTeamDays());
  }
}
