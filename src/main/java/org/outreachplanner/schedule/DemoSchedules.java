package org.outreachplanner.schedule;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.outreachplanner.i18n.Text;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schedule step of {@code outreach demo}: plans and publishes the coming week's visits of the
 * demo commune with the most teams. A week published already is left as it is, so a second demo run
 * does not solve again.
 */
public final class DemoSchedules {

  /** The time limit of the demo's solve. */
  static final int SECONDS = 10;

  private DemoSchedules() {}

  /** Plans and publishes the week; false when the plan could not be made. */
  public static boolean planComingWeek(ApplicationContext context, PrintStream out)
      throws InterruptedException {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    List<String> communes =
        jdbc.queryForList(
            "SELECT commune_code FROM team GROUP BY commune_code"
                + " ORDER BY count(*) DESC, commune_code LIMIT 1",
            String.class);
    if (communes.isEmpty()) {
      out.println("Schedule: there are no teams, so no visits to plan");
      return true;
    }
    String commune = communes.get(0);
    // the coming week: planners publish a week before it starts (today's, on a Monday)
    LocalDate monday =
        LocalDate.now()
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
    PlanRepository repository = context.getBean(PlanRepository.class);
    Area area = context.getBean(AreaLoader.class).area(commune);
    Optional<Plan> published = repository.published(area.kind(), area.code(), monday);
    if (published.isPresent()) {
      out.printf(
          "Schedule: the week of %s of %s (%s) is published already (schedule %d, %s)%n",
          monday, area.name(), commune, published.get().id(), published.get().score());
      return true;
    }
    SolveService solves = context.getBean(SolveService.class);
    long id = solves.start(new SolveRequest(commune, monday, 1, SECONDS, null));
    while (solves.solving(id)) {
      Thread.sleep(200);
    }
    Plan plan = repository.find(id).orElseThrow();
    if (!plan.status().equals("DRAFT")) {
      out.printf(
          "Schedule: the week of %s of %s could not be planned: %s%n",
          monday, commune, plan.message() == null ? "" : plan.message().inCurrentLanguage());
      return false;
    }
    Text problem = repository.publish(id);
    out.printf(
        "Schedule: the week of %s of %s (%s) planned in %d s and %s (schedule %d, %s);"
            + " GET /api/schedules/%d%n",
        monday,
        area.name(),
        commune,
        SECONDS,
        problem == null ? "published" : "not published: " + problem.inCurrentLanguage(),
        id,
        plan.score(),
        id);
    return problem == null;
  }
}
