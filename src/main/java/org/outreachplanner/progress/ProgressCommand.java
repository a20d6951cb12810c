package org.outreachplanner.progress;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.i18n.LocalizedException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outreach progress AREA}: the weekly series of GET /api/progress on the command line; with
 * {@code --runs N} it times N reads (the benchmark of docs/benchmarks.md).
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Print the weekly progress of a commune, province or village: e-ID done from the latest"
          + " imports and from the reports after them, completion, visits planned and made,"
          + " households expected and helped (docs/progress.md).",
      "With --runs N, read the series N times more and print the median and slowest time."
    })
public class ProgressCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "AREA", description = "a commune, province or village code")
  String area;

  @Option(names = "--weeks", paramLabel = "N", description = "weeks (default 12)")
  Integer weeks;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "a day of the last week")
  LocalDate until;

  @Option(names = "--runs", paramLabel = "N", description = "time N more reads", defaultValue = "0")
  int runs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      ProgressService progress = context.getBean(ProgressService.class);
      ProgressSeries s;
      try {
        s = progress.series(area, weeks, until);
      } catch (RuntimeException e) {
        if (e instanceof LocalizedException l) {
          spec.commandLine().getErr().println("progress: " + l.text().inCurrentLanguage());
          return 1;
        }
        throw e;
      }
      out.printf(
          "%s %s (%s), %d weeks from %s%n",
          s.kind(), s.code(), s.name(), s.weeks().size(), s.firstWeek());
      out.println(
          "week        villages  no figures  eligible  done(import)  +reported  completion  visits planned/made/not made  households expected/helped");
      for (ProgressSeries.Week w : s.weeks()) {
        out.printf(
            "%s  %8d  %10d  %8s  %12s  %9s  %10s  %6d/%d/%d  %8d/%s%n",
            w.weekStart(),
            w.villages(),
            w.villagesWithoutFigures(),
            n(w.eligible()),
            n(w.fromImports()),
            n(w.fromReports()),
            w.completion() == null ? "unknown" : String.format("%.1f %%", 100 * w.completion()),
            w.visitsPlanned(),
            w.visitsMade(),
            w.visitsNotMade(),
            w.householdsExpected(),
            n(w.householdsHelped()));
      }
      if (runs > 0) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
          long start = System.nanoTime();
          progress.series(area, weeks, until);
          ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(
            "Read %d times: median %.1f ms, slowest %.1f ms (%d villages, %d weeks)%n",
            runs,
            ms[runs / 2],
            ms[runs - 1],
            s.weeks().isEmpty() ? 0 : s.weeks().get(0).villages(),
            s.weeks().size());
      }
      out.flush();
      return 0;
    }
  }

  private static String n(Long value) {
    return value == null ? "unknown" : String.format("%,d", value);
  }
}
