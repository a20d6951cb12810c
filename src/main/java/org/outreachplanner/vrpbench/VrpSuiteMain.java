package org.outreachplanner.vrpbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code VrpSuiteMain --suite solomon|pvrp [--instances C101,R101] [--seconds N] [--data DIR]
 * [--solver-config FILE]}: our solver alone on a suite (the peers' main adds jsprit and OR-Tools).
 */
public final class VrpSuiteMain {

  private VrpSuiteMain() {}

  /** The options, parsed. */
  public record Options(
      String suite, List<String> instances, int seconds, Path data, Path solverConfig) {

    public static Options parse(String[] args) {
      String suite = "solomon";
      List<String> instances = new ArrayList<>();
      int seconds = 10;
      Path data = Path.of("../shared/data/vrp");
      Path config = Path.of("solver-config/schedule-solver.xml");
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--suite" -> suite = args[i + 1];
          case "--instances" -> instances.addAll(List.of(args[i + 1].split(",")));
          case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
          case "--data" -> data = Path.of(args[i + 1]);
          case "--solver-config" -> config = Path.of(args[i + 1]);
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + args[i]
                      + " (--suite, --instances, --seconds, --data,"
                      + " --solver-config)");
        }
      }
      if (!suite.equals("solomon") && !suite.equals("pvrp")) {
        throw new IllegalArgumentException("--suite is solomon or pvrp, not " + suite);
      }
      return new Options(suite, instances, seconds, data, config);
    }

    public List<VrpSuite.Row> run(List<VrpSuite.Peer> peers) {
      return VrpSuite.run(
          suite,
          VrpSuite.files(data, suite, instances),
          BestKnown.of(data, suite),
          solverConfig,
          seconds,
          peers,
          System.out);
    }
  }

  public static void main(String[] args) {
    Options.parse(args).run(List.of());
  }
}
