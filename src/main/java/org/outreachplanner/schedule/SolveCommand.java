package org.outreachplanner.schedule;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;
import org.outreachplanner.traveltime.UnknownAreaException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code outreach solve}: plans the visits of an area's teams for whole weeks, showing the best
 * score as it improves, and prints the result. Exit code 0 when a plan is stored, 1 when it could
 * not be made (the reason is printed), 2 on bad usage.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = {
      "Plan the village visits of an area's teams (a commune or a province) for one or more weeks"
          + " and store the plan as a draft (docs/schedules.md).",
      "Published visits of the same weeks are kept unless released with --release.",
      "With --province CODE or --all: one solve per commune of the province or of the country,"
          + " shared by every worker (docs/deployment.md); exit code 1 when any failed."
    })
public class SolveCommand implements Callable<Integer> {

  /** What a plan without an explanation prints. */
  private static final ExplanationAnswer NO_EXPLANATION =
      new ExplanationAnswer(List.of(), 0, 0, List.of(), List.of(), 0, 0, 0, 0, 0);

  /** Most left-out villages listed. */
  private static final int MOST_LISTED = 15;

  @Spec CommandSpec spec;

  @Option(names = "--area", paramLabel = "CODE", description = "commune or province code")
  String area;

  @Option(
      names = "--province",
      paramLabel = "CODE",
      description = "plan every commune of this province, each on its own")
  String province;

  @Option(names = "--all", description = "plan every commune of the country, each on its own")
  boolean all;

  @Option(
      names = "--week",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "the Monday the plan starts")
  String week;

  @Option(
      names = "--weeks",
      defaultValue = "1",
      description = "weeks to plan, 1 to 8 (default: ${DEFAULT-VALUE})")
  int weeks;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "time limit (default: outreach.schedule.default-seconds, 30)")
  Integer seconds;

  @Option(
      names = "--release",
      split = ",",
      paramLabel = "VILLAGE",
      description = "villages whose published visits may be re-planned ('*' for all)")
  List<String> release;

  @Option(
      names = "--freeze-before",
      paramLabel = "YYYY-MM-DDTHH:MM",
      description = {
        "re-plan the rest of a week: a released visit that starts before this time (the field's"
            + " time of day, e.g. 2026-12-09T12:00) stays as published, like a visit its team"
            + " has reported"
      })
  String freezeBefore;

  @Option(names = "--publish", description = "publish the plan when it breaks no hard rule")
  boolean publish;

  @Override
  public Integer call() throws Exception {
    int scopes = (area != null ? 1 : 0) + (province != null ? 1 : 0) + (all ? 1 : 0);
    if (scopes != 1) {
      throw new ParameterException(
          spec.commandLine(), "give one of --area CODE, --province CODE or --all");
    }
    SolveRequest request = request();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ConfigurableApplicationContext context = SpringContexts.batchWorker()) {
      if (area == null) {
        return BatchFollow.run(context, province, request, out, err);
      }
      SolveService solves = context.getBean(SolveService.class);
      PlanRepository repository = context.getBean(PlanRepository.class);
      long id;
      try {
        id = solves.start(request);
      } catch (UnknownAreaException | ApiException e) {
        err.println("error: " + Text.from(e).inCurrentLanguage());
        err.flush();
        return 1;
      }
      boolean live = System.console() != null;
      err.printf(
          "Schedule %d: planning %s from %s for %d week(s)%n",
          id, area, request.firstWeek(), weeks);
      String last = "";
      long lastPrinted = 0;
      while (true) {
        var progress = solves.progress(id);
        if (progress.isEmpty()) {
          break;
        }
        SolveProgress p = progress.get();
        String line =
            String.format(
                "  %5.1f s  %-22s best %s",
                p.elapsedSeconds() == null ? 0.0 : p.elapsedSeconds(),
                p.phase().inCurrentLanguage(),
                p.best() == null ? "-" : p.best());
        long now = System.currentTimeMillis();
        if (live) {
          err.print("\r" + line + "   ");
          err.flush();
        } else if (!line.substring(9).equals(last) && now - lastPrinted > 2000) {
          err.println(line);
          err.flush();
          last = line.substring(9);
          lastPrinted = now;
        }
        Thread.sleep(250);
      }
      if (live) {
        err.println();
      }
      Plan plan = repository.find(id).orElseThrow();
      if (plan.status().equals("FAILED")) {
        err.println("error: the schedule could not be made: " + plan.message().inCurrentLanguage());
        err.flush();
        return 1;
      }
      print(plan, out);
      if (publish) {
        Text problem = repository.publish(id);
        out.println(
            problem == null ? "Published." : "Not published: " + problem.inCurrentLanguage());
      }
      out.flush();
      return 0;
    }
  }

  /** The request of the options; a bad option is a usage error (exit 2) with the API's text. */
  SolveRequest request() {
    LocalDate first;
    try {
      first = LocalDate.parse(week.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--week '" + week + "' is not a date (YYYY-MM-DD)");
    }
    LocalDateTime freeze;
    try {
      freeze = SolveRequest.freezeTime("--freeze-before", freezeBefore);
    } catch (ApiException e) {
      throw new ParameterException(spec.commandLine(), Text.from(e).inCurrentLanguage());
    }
    SolveRequest request =
        new SolveRequest(area == null ? "*" : area, first, weeks, seconds, release, freeze);
    if (request.problem() != null) {
      throw new ParameterException(spec.commandLine(), request.problem().inCurrentLanguage());
    }
    return request;
  }

  private static void print(Plan plan, PrintWriter out) {
    ExplanationAnswer e = PlanTexts.explanation(plan.explanation(), Texts.currentLocale());
    out.printf(
        "Schedule %d (%s %s, week of %s, %d week(s)): %s, score %s%n",
        plan.id(),
        plan.areaKind(),
        plan.areaCode(),
        plan.firstWeek(),
        plan.weeks(),
        plan.status(),
        plan.score());
    if (e == null) {
      e = NO_EXPLANATION;
    }
    out.printf(
        "  %d of %d visits planned (%d kept from the published plan) by %d teams;"
            + " %d villages have no work left%n",
        e.visitsPlanned(), e.visitsNeeded(), e.visitsKept(), e.teams(), e.villagesDone());
    for (ExplanationAnswer.Rule c : e.constraints()) {
      if (!String.valueOf(c.score()).matches("0hard/0medium/0soft")) {
        out.printf("  %-36s %s (%d)%n", c.constraint(), c.score(), c.matches());
      }
    }
    List<ExplanationAnswer.LeftOut> leftOut = e.leftOut();
    if (!leftOut.isEmpty()) {
      out.printf("  %d village(s) not fully visited:%n", leftOut.size());
      int n = 0;
      for (ExplanationAnswer.LeftOut l : leftOut) {
        if (n++ == MOST_LISTED) {
          out.printf(
              "    ... and %d more (GET /api/schedules/%d)%n",
              leftOut.size() - MOST_LISTED, plan.id());
          break;
        }
        out.printf("    %s %s: %s%n", l.village(), l.name(), l.reason());
      }
    }
    for (String note : e.notes()) {
      out.println("  note: " + note);
    }
  }
}
