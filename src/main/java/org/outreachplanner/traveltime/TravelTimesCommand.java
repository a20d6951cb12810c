package org.outreachplanner.traveltime;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.network.NetworkNotReadyException;
import org.outreachplanner.network.NetworkReport;
import org.outreachplanner.network.PlaceKind;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code outreach travel-times}: computes and stores the travel-time matrices of planning areas.
 * Exit code 0 when done, 1 when it could not be done (the reason is printed), 2 on bad usage.
 */
@Command(
    name = "travel-times",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the travel times between the villages, commune centres and team bases of each"
          + " planning area (a commune or a province) on the road network, and store them.",
      "Areas whose network, speeds, closures and places have not changed since are skipped"
          + " (--force recomputes them). Pairs no way joins are counted and their places listed"
          + " with the reason."
    })
public class TravelTimesCommand implements Callable<Integer> {

  /** Most areas and unreachable places listed one per line in the summary. */
  private static final int MOST_LISTED = 25;

  @Spec CommandSpec spec;

  @Option(
      names = "--area",
      paramLabel = "CODE",
      description = "a commune or province code (default: every province)")
  String area;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "all",
      description = "motorbike, on_foot or all (default: ${DEFAULT-VALUE})")
  String mode;

  @Option(
      names = "--season",
      paramLabel = "SEASON",
      description = "dry, rainy or all (default: all; with --date, the season of that date)")
  String season;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "apply the road closures in force on that day (default: none)")
  String date;

  @Option(names = "--force", description = "recompute areas whose inputs have not changed")
  boolean force;

  @Override
  public Integer call() {
    TravelTimeService.Request request =
        new TravelTimeService.Request(area, modes(), seasons(), parseDate(), force);
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      return compute(context, request, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  /**
   * The travel times of every province, both modes and seasons, without closures, as {@code
   * outreach travel-times} computes them: the network is built first if it is missing or stale, and
   * areas whose inputs have not changed are skipped. Prints the summary to {@code out}, the
   * progress bar and errors to {@code err}; returns 0 when done, 1 when it could not be done.
   */
  public static int computeAll(ApplicationContext context, PrintWriter out, PrintWriter err) {
    return compute(
        context,
        new TravelTimeService.Request(
            null, Arrays.asList(TravelMode.values()), Arrays.asList(Season.values()), null, false),
        out,
        err);
  }

  private static int compute(
      ApplicationContext context,
      TravelTimeService.Request request,
      PrintWriter out,
      PrintWriter err) {
    ProgressBar bar = new ProgressBar(err, System.console() != null);
    TravelTimeSummary summary;
    try {
      summary = context.getBean(TravelTimeService.class).compute(request, bar);
    } catch (UnknownAreaException | NetworkNotReadyException e) {
      bar.finish();
      err.println("error: " + e.text().inCurrentLanguage());
      err.flush();
      return 1;
    }
    bar.finish();
    double limit = context.getBean(TravelTimeEngine.class).maxSeconds();
    print(summary, limit, out);
    return 0;
  }

  private static void print(TravelTimeSummary summary, double limit, PrintWriter out) {
    NetworkReport build = summary.networkBuild();
    if (build != null) {
      out.printf(
          "Road network built first (it was missing or older than the roads and places):"
              + " %,d edges, %,d places attached, %,d not (%.1f s)%n",
          build.edges(),
          build.placesAttached(),
          build.placesUnattached().size(),
          build.millis() / 1000.0);
    }
    out.printf(
        "Travel times: %,d matrices computed, %,d unchanged, in %.1f s%n",
        summary.computedAreas(), summary.unchangedAreas(), summary.millis() / 1000.0);
    out.printf(
        "  %,d pairs stored, %,d unreachable, %,d beyond the limit of %s%n",
        summary.pairs(), summary.unreachable(), summary.beyondLimit(), Durations.words(limit));
    List<AreaOutcome> outcomes = summary.outcomes();
    if (outcomes.size() <= MOST_LISTED) {
      for (AreaOutcome o : outcomes) {
        out.printf(
            "  %-40s %s%n",
            o.area() + " " + o.key().mode().code() + "/" + o.key().season().code(),
            o.computed()
                ? String.format(
                    "%,d pairs, %,d unreachable, %,d beyond the limit (%.1f s)",
                    o.pairs(), o.unreachable(), o.beyondLimit(), o.millis() / 1000.0)
                : "unchanged");
      }
    }
    List<String> places =
        outcomes.stream()
            .flatMap(o -> o.unreachablePlaces().stream().map(p -> line(o.key(), p)))
            .distinct()
            .toList();
    if (!places.isEmpty()) {
      out.println("Places without a way, and why:");
      places.stream().limit(MOST_LISTED).forEach(out::println);
      if (places.size() > MOST_LISTED) {
        out.printf(
            "  … and %,d more (GET /api/travel-times/unreachable?area=CODE lists them all)%n",
            places.size() - MOST_LISTED);
      }
    }
    out.flush();
  }

  private static String line(AreaKey key, UnreachablePlace p) {
    String commune =
        p.kind().equals(PlaceKind.COMMUNE_CENTRE.code()) ? "" : ", commune " + p.communeCode();
    return String.format(
        "  %s/%s %s %s (%s%s): %s",
        key.mode().code(),
        key.season().code(),
        p.kind(),
        p.code(),
        p.name(),
        commune,
        p.explanation().inCurrentLanguage());
  }

  private List<TravelMode> modes() {
    if (mode.equalsIgnoreCase("all")) {
      return Arrays.asList(TravelMode.values());
    }
    try {
      return List.of(TravelMode.parse(mode));
    } catch (IllegalArgumentException e) {
      throw usage("--mode must be motorbike, on_foot or all, not " + mode);
    }
  }

  /** The seasons asked for, or null for the season of the date (both without a date). */
  private List<Season> seasons() {
    if (season == null) {
      return date == null ? Arrays.asList(Season.values()) : null;
    }
    if (season.equalsIgnoreCase("all")) {
      return Arrays.asList(Season.values());
    }
    try {
      return List.of(Season.parse(season));
    } catch (IllegalArgumentException e) {
      throw usage("--season must be dry, rainy or all, not " + season);
    }
  }

  private LocalDate parseDate() {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw usage("--date must be a day as YYYY-MM-DD, not " + date);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
