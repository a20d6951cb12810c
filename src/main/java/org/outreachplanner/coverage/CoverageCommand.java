package org.outreachplanner.coverage;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code outreach coverage}: recomputes the coverage layer, dead zones and village classes. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
      "Recompute the coverage hexagons, their estimates, the dead zones and the class of every"
          + " village from the survey points, in one transaction (readers keep the old layer"
          + " until the new one is complete).",
      "Nothing is done when the survey points, villages and settings are those of the current"
          + " layer, unless --force is given. Settings: outreach.coverage.* (docs/coverage.md)."
    })
public class CoverageCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--force", description = "recompute even when nothing has changed")
  boolean force;

  @Option(
      names = "--province",
      paramLabel = "CODE",
      description =
          "recompute only the cells that the readings of this province reach (the result equals a"
              + " full recompute; a full one runs when the villages or settings changed too)")
  String province;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "also write the ranked dead-zone report as GeoJSON, as GET /api/dead-zones serves it")
  Path report;

  /** Whether any commune of the province is loaded (a recompute of it has something to cover). */
  private static final String PROVINCE_HAS_COMMUNES =
      "SELECT EXISTS (SELECT 1 FROM commune WHERE province_code = ?)";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      if (province != null
          && !Boolean.TRUE.equals(
              context
                  .getBean(JdbcTemplate.class)
                  .queryForObject(PROVINCE_HAS_COMMUNES, Boolean.class, province))) {
        err.printf(
            "error: --province %s: no commune of that province is loaded; nothing was recomputed."
                + " Give the code of a province whose communes are imported (GET /api/provinces"
                + " lists them), or leave --province out to recompute everything.%n",
            province);
        err.flush();
        return 1;
      }
      StepBar bar = new StepBar(err, System.console() != null);
      CoverageService service = context.getBean(CoverageService.class);
      CoverageService.Result result =
          province == null
              ? service.recompute(force, bar)
              : service.recomputeProvinces(java.util.Set.of(province), force, bar);
      bar.finish();
      out.println(summary(result));
      if (report != null) {
        long start = System.nanoTime();
        byte[] json =
            context
                .getBean(DeadZoneReport.class)
                .geoJson(
                    null, null, DeadZoneReport.MAP_SIMPLIFY_M, DeadZoneReport.MAP_DECIMALS, false);
        Files.write(report, json);
        out.printf(
            "Dead-zone report: %,d bytes written to %s in %.2f s%n",
            json.length, report, (System.nanoTime() - start) / 1e9);
      }
      out.flush();
      return 0;
    }
  }

  /** The one-paragraph summary of a recompute, also printed by the demo. */
  public static String summary(CoverageService.Result r) {
    if (!r.computed()) {
      return "Coverage: unchanged (the survey points, villages and settings are those of the"
          + " current layer; --force recomputes)";
    }
    String agreement =
        r.agreementCells() == 0
            ? "no agreement check (too few measured cells)"
            : String.format(
                "estimates agree with %.0f%% of %,d held-back measured cells",
                100 * r.agreementShare(), r.agreementCells());
    return String.format(
        "Coverage: %,d survey points -> %,d hexagons (%,d estimated), %,d dead zones,"
            + " %,d villages classed, in %.1f s; %s",
        r.surveyPoints(),
        r.cells(),
        r.estimatedCells(),
        r.deadZones(),
        r.villages(),
        r.millis() / 1000.0,
        agreement);
  }

  /**
   * A progress bar of the recompute's steps: redrawn in place on a terminal, a line each off it.
   */
  static final class StepBar implements CoverageService.Progress {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private boolean open;

    StepBar(PrintWriter out, boolean terminal) {
      this.out = out;
      this.terminal = terminal;
    }

    @Override
    public void step(int index, int total, String name) {
      double seconds = (System.nanoTime() - started) / 1e9;
      if (terminal) {
        int filled = WIDTH * index / total;
        out.printf(
            "\rCoverage [%s%s] %d/%d %-32s %5.1f s",
            "#".repeat(filled), "-".repeat(WIDTH - filled), index + 1, total, name, seconds);
        open = true;
      } else {
        out.printf("Coverage %d/%d: %s (%.1f s)%n", index + 1, total, name, seconds);
      }
      out.flush();
    }

    void finish() {
      if (open) {
        out.println();
        out.flush();
        open = false;
      }
    }
  }
}
