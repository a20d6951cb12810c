package org.outreachplanner.vrpbench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs a suite of routing instances (Solomon or Cordeau PVRP) through our solver and any peer
 * solvers given, one after another, each with the same time limit, and prints one line per solver
 * and instance: vehicles, distance and gap to the best-known value, all from {@link VrpChecker}.
 */
public final class VrpSuite {

  /** Another solver, run on the same instances (benchmark-only, outside the application). */
  public interface Peer {
    String name();

    VrpSolution solve(VrpInstance instance, int seconds);
  }

  /** One solver's figures on one instance. */
  public record Row(
      String instance, String solver, VrpChecker.Report report, double bestKnown, long speed) {

    public double gapPercent() {
      return 100 * (report.distance() - bestKnown) / bestKnown;
    }
  }

  private VrpSuite() {}

  /** The instances of a suite in {@code data} (the folder holding solomon/ and pvrp-cordeau/). */
  public static List<Path> files(Path data, String suite, List<String> names) {
    Path dir = data.resolve(suite.equals("solomon") ? "solomon" : "pvrp-cordeau");
    if (!names.isEmpty()) {
      return names.stream().map(n -> dir.resolve(n + ".txt")).toList();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  public static VrpInstance read(String suite, Path file) {
    return suite.equals("solomon") ? SolomonReader.read(file) : CordeauPvrpReader.read(file);
  }

  /** Runs every solver on every instance; prints and returns the rows. */
  public static List<Row> run(
      String suite,
      List<Path> files,
      Map<String, Double> bestKnown,
      Path solverConfig,
      int seconds,
      List<Peer> peers,
      PrintStream out) {
    List<Row> rows = new ArrayList<>();
    out.printf(
        "%-8s %-10s %6s %10s %9s %9s %s%n",
        "instance", "solver", "veh", "distance", "bks", "gap%", "valid");
    for (Path file : files) {
      VrpInstance instance = read(suite, file);
      double bks = bestKnown.getOrDefault(instance.name(), Double.NaN);
      VrpSolve.Outcome ours = VrpSolve.solve(instance, solverConfig, seconds);
      rows.add(
          print(
              out,
              new Row(
                  instance.name(), "ours", ours.report(), bks, ours.scoreCalculationsPerSecond())));
      for (Peer peer : peers) {
        VrpSolution s = peer.solve(instance, seconds);
        rows.add(
            print(
                out,
                new Row(instance.name(), peer.name(), VrpChecker.check(instance, s), bks, -1)));
      }
    }
    summary(rows, out);
    return rows;
  }

  private static Row print(PrintStream out, Row r) {
    VrpChecker.Report rep = r.report();
    out.printf(
        "%-8s %-10s %6d %10.2f %9.2f %9.2f %s%s%n",
        r.instance(),
        r.solver(),
        rep.vehicles(),
        rep.distance(),
        r.bestKnown(),
        r.gapPercent(),
        rep.valid()
            ? "yes"
            : "NO: " + rep.violations().size() + " violations, first: " + rep.violations().get(0),
        r.speed() >= 0 ? "  (" + r.speed() + " score calculations/s)" : "");
    out.flush();
    return r;
  }

  /** Average gap per solver over the instances where it is valid. */
  private static void summary(List<Row> rows, PrintStream out) {
    rows.stream()
        .map(Row::solver)
        .distinct()
        .forEach(
            solver -> {
              List<Row> mine = rows.stream().filter(r -> r.solver().equals(solver)).toList();
              long valid = mine.stream().filter(r -> r.report().valid()).count();
              double gap =
                  mine.stream()
                      .filter(r -> r.report().valid())
                      .mapToDouble(Row::gapPercent)
                      .average()
                      .orElse(Double.NaN);
              out.printf(
                  "average %-10s gap %.2f%% over %d valid of %d%n",
                  solver, gap, valid, mine.size());
            });
  }
}
