package org.outreachplanner.schedule;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schedule step of {@code outreach demo}: plans and publishes the showcase plans of the coming
 * weeks (maps/README.md), where routing and priorities matter:
 *
 * <ul>
 *   <li>Dân Hóa: the team of the commune's public-service centre ({@code DH-C01}) makes two village
 *       trips a week across the commune; the 28 village teams help their own villages and get no
 *       trips (their most visits a week set to 0, unless a planner has set it already);
 *   <li>Thu Lũm (Lai Châu): the two teams at the commune centre and the two of the Ka Lăng border
 *       post.
 * </ul>
 *
 * <p>Both are solved at once; the start plan's score (the quick plan the solver starts from) and
 * the solved plan's are printed side by side. A plan published already is left as it is, so a
 * second demo run does not solve again.
 */
public final class DemoSchedules {

  /** The time limit of each of the demo's solves (they run at the same time). */
  static final int SECONDS = 10;

  /** Weeks planned from the coming Monday. */
  static final int WEEKS = 4;

  /** The showcase communes: Dân Hóa (Quảng Trị) and Thu Lũm (Lai Châu). */
  static final List<String> COMMUNES = List.of("18904", "03439");

  /** Dân Hóa's village teams get no trips: the centre's team makes them. */
  private static final String VILLAGE_TEAMS_STAY =
      """
      INSERT INTO team_schedule_settings (team_code, max_visits_per_week)
      SELECT code, 0 FROM team WHERE commune_code = '18904' AND code LIKE 'DH-T%'
      ON CONFLICT (team_code) DO NOTHING
      """;

  private static final String VISITS_AND_ROAD =
      """
      SELECT count(*) || ' visits by ' || count(DISTINCT team_code) || ' team(s) to '
             || count(DISTINCT village_code) || ' villages, '
             || sum(travel_minutes + coalesce(return_minutes, 0)) || ' min on the road'
        FROM schedule_visit WHERE plan_id = ?
      """;

  private DemoSchedules() {}

  /** A showcase solve started: its commune, plan id and the score of the plan it starts from. */
  private record Started(Area area, long id, HardMediumSoftLongScore start) {}

  /** Plans and publishes the showcase weeks; false when a plan could not be made. */
  public static boolean planComingWeek(ApplicationContext context, PrintStream out)
      throws InterruptedException {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    // the coming weeks: planners publish before they start (today's week, on a Monday)
    LocalDate monday = LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    PlanRepository repository = context.getBean(PlanRepository.class);
    List<Started> started = new ArrayList<>();
    for (String commune : COMMUNES) {
      Integer teams =
          jdbc.queryForObject(
              "SELECT count(*) FROM team WHERE commune_code = ?", Integer.class, commune);
      if (teams == null || teams == 0) {
        out.printf("Schedule: commune %s has no teams, so no visits to plan%n", commune);
        continue;
      }
      Area area = context.getBean(AreaLoader.class).area(commune);
      Optional<Plan> published = repository.published(area.kind(), area.code(), monday);
      if (published.isPresent()) {
        out.printf(
            "Schedule: the %d weeks from %s of %s (%s) are published already (schedule %d, %s)%n",
            published.get().weeks(),
            monday,
            area.name(),
            commune,
            published.get().id(),
            published.get().score());
        continue;
      }
      if (commune.equals("18904")) {
        int stay = jdbc.update(VILLAGE_TEAMS_STAY);
        out.printf(
            "Schedule: %d village team(s) of %s help their own villages (0 trips a week);"
                + " the public-service centre's team makes the trips%n",
            stay, area.name());
      }
      started.add(start(context, area, monday));
    }
    boolean ok = true;
    for (Started s : started) {
      ok &= finish(context, s, monday, out);
    }
    return ok;
  }

  /** Scores the plan the solve will start from, then starts the solve. */
  private static Started start(ApplicationContext context, Area area, LocalDate monday) {
    SolveRequest request = new SolveRequest(area.code(), monday, WEEKS, SECONDS, null);
    HardMediumSoftLongScore start = startScore(context, request, area);
    long id = context.getBean(SolveService.class).start(request);
    return new Started(area, id, start);
  }

  /**
   * The score of the quick plan the solver starts from (the same {@code Initializer} the solve
   * runs), or null when there is nothing to plan.
   */
  static HardMediumSoftLongScore startScore(
      ApplicationContext context, SolveRequest request, Area area) {
    ScheduleProblem problem = context.getBean(ProblemLoader.class).load(request, area);
    Schedule schedule = problem.schedule();
    if (schedule.getVisits().isEmpty() || schedule.realTeamDays() == 0) {
      return null;
    }
    Initializer.initialize(schedule);
    ScheduleSettings settings = context.getBean(ScheduleSettings.class);
    SolutionManager<Schedule, HardMediumSoftLongScore> manager =
        SolutionManager.create(
            SolverConfigs.factory(settings.solverConfig(), SECONDS, settings.defaultSeconds()));
    return manager.update(schedule);
  }

  /** Waits for a solve, publishes its plan and prints both scores. */
  private static boolean finish(
      ApplicationContext context, Started s, LocalDate monday, PrintStream out)
      throws InterruptedException {
    SolveService solves = context.getBean(SolveService.class);
    while (solves.solving(s.id())) {
      Thread.sleep(200);
    }
    PlanRepository repository = context.getBean(PlanRepository.class);
    Plan plan = repository.find(s.id()).orElseThrow();
    if (!plan.status().equals("DRAFT")) {
      out.printf(
          "Schedule: the %d weeks from %s of %s could not be planned: %s%n",
          WEEKS,
          monday,
          s.area().name(),
          plan.message() == null ? "" : plan.message().inCurrentLanguage());
      return false;
    }
    org.outreachplanner.i18n.Text problem = repository.publish(s.id());
    String summary =
        context.getBean(JdbcTemplate.class).queryForObject(VISITS_AND_ROAD, String.class, s.id());
    out.printf(
        "Schedule: the %d weeks from %s of %s (%s) planned in %d s and %s (schedule %d): %s;"
            + " GET /api/schedules/%d%n",
        WEEKS,
        monday,
        s.area().name(),
        s.area().code(),
        SECONDS,
        problem == null ? "published" : "not published: " + problem.inCurrentLanguage(),
        s.id(),
        summary,
        s.id());
    out.printf(
        "  score of the start plan %s, of the solved plan %s (%s)%n",
        s.start(), plan.score(), comparison(s.start(), plan.score()));
    return problem == null;
  }

  /** Whether the solver improved on the plan it started from, in words. */
  static String comparison(HardMediumSoftLongScore start, String solved) {
    if (start == null || solved == null) {
      return "nothing to compare";
    }
    int c = HardMediumSoftLongScore.parseScore(solved).compareTo(start);
    return c > 0 ? "better" : c == 0 ? "the same" : "worse";
  }
}
