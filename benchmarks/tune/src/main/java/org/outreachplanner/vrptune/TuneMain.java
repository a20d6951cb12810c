package org.outreachplanner.vrptune;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.benchmark.api.PlannerBenchmark;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.SingleBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SolverBenchmarkResult;

/**
 * Runs OptaPlanner's benchmarker on the committed benchmark configuration (a FreeMarker template,
 * benchmarks/tune/schedule-benchmark.xml.ftl): {@code --seconds N} per solve (default 10),
 * {@code --data DIR} (the folder holding solomon/ and pvrp-cordeau/, default ../shared/data/vrp),
 * {@code --instances C101,p01} (default the template's), {@code --config FILE} (the template),
 * {@code --out DIR} (the report's folder, default target/benchmarks/tune). Prints each
 * configuration's rank and scores, and where the report is.
 */
public final class TuneMain {

  private TuneMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    options.put("--seconds", "10");
    options.put("--data", "../shared/data/vrp");
    options.put("--config", "benchmarks/tune/schedule-benchmark.xml.ftl");
    options.put("--out", "target/benchmarks/tune");
    options.put("--instances", "");
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!options.containsKey(args[i])) {
        throw new IllegalArgumentException(
            "unknown option " + args[i] + " (" + String.join(", ", options.keySet()) + ")");
      }
      options.put(args[i], args[i + 1]);
    }
    Path data = Path.of(options.get("--data")).toAbsolutePath().normalize();
    if (!Files.isDirectory(data.resolve("solomon"))) {
      throw new IllegalArgumentException(
          "no solomon/ folder in " + data + ": give the instances' folder with --data DIR");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("seconds", Integer.parseInt(options.get("--seconds")));
    model.put("data", data.toString());
    model.put("out", options.get("--out"));
    model.put("instances", instances(options.get("--instances"), data));
    PlannerBenchmark benchmark =
        PlannerBenchmarkFactory.createFromFreemarkerXmlFile(
                new File(options.get("--config")), model)
            .buildPlannerBenchmark();
    benchmark.benchmark();
    print((DefaultPlannerBenchmark) benchmark);
    File report =
        ((DefaultPlannerBenchmark) benchmark)
            .getPlannerBenchmarkResult()
            .getBenchmarkReportDirectory();
    System.out.println("OptaPlanner's report: " + new File(report, "index.html"));
  }

  /** The instances given, as files: Solomon names (C101) or Cordeau ones (p01). */
  private static List<String> instances(String names, Path data) {
    if (names.isBlank()) {
      return List.of();
    }
    return Arrays.stream(names.split(","))
        .map(n -> data.resolve(n.startsWith("p") ? "pvrp-cordeau" : "solomon").resolve(n + ".txt"))
        .map(Path::toString)
        .toList();
  }

  private static void print(DefaultPlannerBenchmark benchmark) {
    for (SolverBenchmarkResult s :
        benchmark.getPlannerBenchmarkResult().getSolverBenchmarkResultList()) {
      System.out.printf(
          "%-28s rank %s, average %s%n", s.getName(), s.getRanking(), s.getAverageScore());
      for (SingleBenchmarkResult r : s.getSingleBenchmarkResultList()) {
        System.out.printf(
            "  %-10s %s  (%,d score calculations/s)%n",
            r.getProblemBenchmarkResult().getName(),
            r.getAverageScore(),
            r.getScoreCalculationSpeed());
      }
    }
  }
}
