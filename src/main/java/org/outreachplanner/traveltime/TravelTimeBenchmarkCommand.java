package org.outreachplanner.traveltime;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outreach travel-times-benchmark} (not listed in the help): our matrix against pgRouting on
 * the network in the database, for {@code benchmarks/run travel-times}. Prints name=value lines;
 * exit code 1 when any entry differs by more than a second or in reachability.
 */
@Command(
    name = "travel-times-benchmark",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Our travel-time matrix against pgr_dijkstraCostMatrix on the same network.")
public class TravelTimeBenchmarkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--villages", defaultValue = "1000", description = "villages in the matrix")
  int villages;

  @Option(names = "--runs", defaultValue = "5", description = "runs of ours")
  int runs;

  @Option(names = "--pgrouting-runs", defaultValue = "1", description = "runs of pgRouting")
  int pgRoutingRuns;

  @Option(names = "--mode", defaultValue = "motorbike", description = "motorbike or on_foot")
  String mode;

  @Option(names = "--season", defaultValue = "dry", description = "dry or rainy")
  String season;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      TravelTimeBenchmark.Result r =
          context
              .getBean(TravelTimeBenchmark.class)
              .run(TravelMode.parse(mode), Season.parse(season), villages, runs, pgRoutingRuns);
      out.printf("edges=%d%nvertices=%d%nthreads=%d%n", r.edges(), r.vertices(), r.threads());
      out.printf("ours_total_ms=%s%n", join(r.ours().stream().map(o -> o.totalMillis()).toList()));
      out.printf("ours_load_ms=%s%n", join(r.ours().stream().map(o -> o.loadMillis()).toList()));
      out.printf("ours_build_ms=%s%n", join(r.ours().stream().map(o -> o.buildMillis()).toList()));
      out.printf(
          "ours_search_ms=%s%n", join(r.ours().stream().map(o -> o.searchMillis()).toList()));
      out.printf("dijkstra_ms=%d%n", r.dijkstraMillis());
      out.printf("pgrouting_ms=%s%n", join(r.pgRoutingMillis()));
      out.printf(
          "pairs=%d%nreached=%d%nmismatched=%d%nlargest_difference_s=%.3g%n",
          r.pairs(), r.reached(), r.mismatched(), r.largestDifference());
      out.flush();
      return r.mismatched() == 0 ? 0 : 1;
    }
  }

  private static String join(List<Long> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }
}
