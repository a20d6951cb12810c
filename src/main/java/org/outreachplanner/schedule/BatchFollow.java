package org.outreachplanner.schedule;

import java.io.PrintWriter;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code outreach solve --province CODE | --all}: starts the batch, then shows n of N done until
 * none is left solving (this instance solving some of them, any other worker the rest), and names
 * the failed ones. Exit code 0 when every plan is stored, 1 otherwise.
 */
final class BatchFollow {

  /** How often the whole's progress is read. */
  private static final long EVERY_MS = 500;

  private BatchFollow() {}

  static int run(
      ConfigurableApplicationContext context,
      String province,
      SolveRequest template,
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException {
    SolveBatches batches = context.getBean(SolveBatches.class);
    long id;
    try {
      id = batches.start(province, template);
    } catch (ApiException e) {
      err.println("error: " + Text.from(e).inCurrentLanguage());
      err.flush();
      return 1;
    }
    SolveBatches.Progress p = batches.progress(id, Texts.currentLocale()).orElseThrow();
    err.printf(
        "Batch %d: planning %d commune(s) of %s from %s (GET /api/schedule-batches/%d)%n",
        id, p.total(), province == null ? "the country" : province, template.firstWeek(), id);
    p.skipped()
        .forEach(
            s ->
                err.printf(
                    "  %s left out: being planned already (schedule %d)%n", s.area(), s.plan()));
    int shown = -1;
    while (p.solving() > 0) {
      if (p.done() + p.failed() != shown) {
        shown = p.done() + p.failed();
        err.printf("  %d of %d done, %d failed%n", p.done(), p.total(), p.failed());
        err.flush();
      }
      Thread.sleep(EVERY_MS);
      p = batches.progress(id, Texts.currentLocale()).orElseThrow();
    }
    out.printf("Batch %d: %d of %d planned, %d failed%n", id, p.done(), p.total(), p.failed());
    p.failures()
        .forEach(f -> out.printf("  %s (schedule %d): %s%n", f.area(), f.plan(), f.message()));
    out.flush();
    return p.failed() == 0 ? 0 : 1;
  }
}
