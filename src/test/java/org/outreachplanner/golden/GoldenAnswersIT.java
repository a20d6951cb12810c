package org.outreachplanner.golden;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.outreachplanner.OutreachApplication;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.CliProcess;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Golden answers: what the API and the command line answer on the demo data, recorded once and
 * compared byte for byte on every run, so that a change meant to keep the behaviour as it is (such
 * as moving classes to other packages) shows every answer it changes.
 *
 * <p>The demo communes, villages, teams and roads of maps/demo are loaded as the team-week tests
 * load them; the demo surveys are imported (which recomputes the coverage layer) and the road
 * network is rebuilt by the command line, run as the launcher runs it: a process of its own started
 * at the application's entry point, on this test's classes and database. Then, as a planner over
 * HTTP: the villages of one commune, the dead zones, one travel time, and the visits of the
 * commune's week planned (its travel times computed on the way) and published.
 *
 * <p>The golden files are in src/test/resources/golden. A missing one is recorded and the test
 * fails saying so; {@code -Dgolden.update=true} records them all again on purpose. On a difference
 * the answer received is written to target/golden-actual, for a diff.
 */
@SpringBootTest(
    classes = OutreachApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class GoldenAnswersIT {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL = Path.of("target", "golden-actual");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /**
   * The local search of the golden plan ends after this many steps, not after a time: a time limit
   * ends it after as many steps as the machine had time for, so the plan would change from run to
   * run. The request's time limit is only a safety net.
   */
  private static final int SOLVER_STEPS = 1000;

  private static final int SOLVE_SECONDS = 170;

  /** Mù Cả, a demo commune whose three teams travel to its villages by motorbike and on foot. */
  private static final String MU_CA = "03451";

  @Autowired ApplicationContext context;
  @LocalServerPort int port;

  private final List<String> problems = new ArrayList<>();

  /**
   * The solver configuration of solver-config/ with a step limit on its local search and the
   * reproducible environment (one random seed, no multithreaded moves): the same plan on every run.
   */
  @DynamicPropertySource
  static void stepLimitedSolver(DynamicPropertyRegistry registry) throws IOException {
    String config = Files.readString(Path.of("solver-config", "schedule-solver.xml"));
    String limited =
        once(
            once(
                config,
                "(<solver\\b[^>]*>)",
                "$1\n  <environmentMode>REPRODUCIBLE</environmentMode>"),
            "(<localSearch>)",
            "$1\n    <termination><stepCountLimit>"
                + SOLVER_STEPS
                + "</stepCountLimit></termination>");
    Path file = Path.of("target", "golden-solver", "schedule-solver.xml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, limited);
    registry.add("outreach.schedule.solver-config", file::toString);
  }

  /** The text with the one match of the pattern replaced. */
  private static String once(String text, String pattern, String replacement) {
    String[] parts = text.split(pattern, -1);
    if (parts.length != 2) {
      throw new IllegalStateException(
          "the solver configuration should have one " + pattern + ", has " + (parts.length - 1));
    }
    return text.replaceFirst(pattern, replacement);
  }

  @Test
  void theAnswersAreThoseRecorded() throws Exception {
    PublishedDemoWeek.load(context);
    String importReport = outreach("import", "surveys", "maps/demo/surveys.csv");
    String networkReport = outreach("network");

    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    String villages = get(planner, "/api/villages?commune=" + MU_CA);
    String deadZones = get(planner, "/api/dead-zones");
    String travelTime = get(planner, "/api/travel-times?from=MC-T01&to=03451-15");
    long plan = PublishedDemoWeek.planAndPublish(planner, MU_CA, SOLVE_SECONDS);
    String visits = get(planner, "/api/schedules/" + plan + "/visits");

    // how long the import and the build took: a duration, different on every run
    check("import-surveys.txt", importReport.replaceAll("\\([0-9.]+ s\\)$", "(<seconds> s)"));
    check(
        "network-report.txt",
        networkReport.replaceFirst("^Network built in [0-9.]+ s", "Network built in <seconds> s"));
    // the listing's links name the server's port, a random one
    check(
        "villages-03451.geojson",
        villages.replaceAll("//localhost:[0-9]+/", "//localhost:<port>/"));
    // when the coverage layer was computed: the time of this run; the zones' ids are the
    // database's serials, which depend on what ran before (which zone has which id is kept)
    check(
        "dead-zones.geojson",
        renumbered(deadZones.replaceAll(timestamp("computed_at"), "$1\"<timestamp>\""), "id"));
    check("travel-time-MC-T01-03451-15.geojson", travelTime);
    // the visits' ids are serials as well
    check("plan-visits-03451-2026-11-23.json", renumbered(visits, "id"));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  /** A pattern of a JSON field holding a text: the field's name and colon are group 1. */
  private static String timestamp(String field) {
    return "(\"" + field + "\"\\s*:\\s*)\"[^\"]*\"";
  }

  /**
   * The JSON text with each value of a number field replaced by the order of its first appearance
   * (1, 2, …): the same value always by the same number.
   */
  private static String renumbered(String json, String field) {
    Map<String, Integer> numbers = new HashMap<>();
    return Pattern.compile("(\"" + field + "\"\\s*:\\s*)([0-9]+)")
        .matcher(json)
        .replaceAll(
            m ->
                Matcher.quoteReplacement(
                    m.group(1) + numbers.computeIfAbsent(m.group(2), v -> numbers.size() + 1)));
  }

  /** The body of a GET that must answer 200. */
  private static String get(ApiClient client, String path) {
    ApiClient.Response response = client.get(path);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  /**
   * Runs {@code outreach ARGS} as the launcher does: a process of its own from the application's
   * entry point, on this test's classes and database (the outreach.* properties), in English and
   * without log lines; answers what it printed.
   */
  private static String outreach(String... args) throws IOException, InterruptedException {
    List<String> command = CliProcess.command(args);
    Path out = Files.createTempFile("golden-out-", ".txt");
    Path err = Files.createTempFile("golden-err-", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("outreach " + String.join(" ", args) + " still running after 5 minutes");
      }
      assertThat(process.exitValue())
          .as("outreach " + String.join(" ", args) + ": " + Files.readString(err))
          .isZero();
      return Files.readString(out);
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  /**
   * Compares an answer with its golden file byte for byte; records it when the file is missing or
   * when recording on purpose.
   */
  private void check(String name, String answer) throws IOException {
    Path golden = GOLDEN.resolve(name);
    byte[] actual = answer.getBytes(UTF_8);
    if (UPDATE || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.write(golden, actual);
      if (!UPDATE) {
        problems.add(golden + " was missing: recorded now; check it and commit it");
      }
      return;
    }
    byte[] expected = Files.readAllBytes(golden);
    if (!Arrays.equals(expected, actual)) {
      Path received = ACTUAL.resolve(name);
      Files.createDirectories(ACTUAL);
      Files.write(received, actual);
      int at = Arrays.mismatch(expected, actual);
      problems.add(
          name
              + " differs from "
              + golden
              + " from byte "
              + at
              + ": expected …"
              + around(expected, at)
              + "…, got …"
              + around(actual, at)
              + "… (the answer received is in "
              + received
              + ")");
    }
  }

  /** Up to 60 bytes of text either side of a position. */
  private static String around(byte[] text, int at) {
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length, at + 60);
    return new String(text, from, to - from, UTF_8);
  }
}
