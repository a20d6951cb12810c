package org.outreachplanner.vrpbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of the routing benchmark: {@code --suite solomon|pvrp [--instances C101,R101]
 * [--seconds N] [--data DIR] [--solver-config FILE] [--peers all|none]} (the peers' main in
 * benchmarks/peers reads them).
 */
public record VrpSuiteOptions(
    String suite,
    List<String> instances,
    int seconds,
    Path data,
    Path solverConfig,
    boolean peers) {

  public static VrpSuiteOptions parse(String[] args) {
    String suite = "solomon";
    List<String> instances = new ArrayList<>();
    int seconds = 10;
    Path data = Path.of("../shared/data/vrp");
    Path config = Path.of("solver-config/schedule-solver.xml");
    boolean peers = true;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--suite" -> suite = args[i + 1];
        case "--instances" -> instances.addAll(List.of(args[i + 1].split(",")));
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--data" -> data = Path.of(args[i + 1]);
        case "--solver-config" -> config = Path.of(args[i + 1]);
        case "--peers" -> peers = !args[i + 1].equals("none");
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + " (--suite, --instances, --seconds, --data,"
                    + " --solver-config, --peers)");
      }
    }
    if (!suite.equals("solomon") && !suite.equals("pvrp")) {
      throw new IllegalArgumentException("--suite is solomon or pvrp, not " + suite);
    }
    return new VrpSuiteOptions(suite, instances, seconds, data, config, peers);
  }

  /** Runs ours and, unless --peers none, these peers. */
  public List<VrpSuite.Row> run(List<VrpSuite.Peer> others) {
    return VrpSuite.run(
        suite,
        VrpSuite.files(data, suite, instances),
        BestKnown.of(data, suite),
        solverConfig,
        seconds,
        peers ? others : List.of(),
        System.out);
  }
}
