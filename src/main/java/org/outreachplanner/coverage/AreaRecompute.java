package org.outreachplanner.coverage;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a recompute of the provinces whose readings changed, for {@link CoverageService}.
 */
final class AreaRecompute {

  private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

  private AreaRecompute() {}

  static CoverageService.Result run(
      Connection c,
      AreaLayer area,
      AreaLayer.Box box,
      CoverageService.Progress progress,
      long start,
      String fingerprint,
      CoverageSettings settings,
      int srid)
      throws SQLException {
    int steps = CoverageService.STEPS.size();
    progress.step(0, steps, CoverageService.STEPS.get(0));
    long points = area.measure(box);
    progress.step(1, steps, CoverageService.STEPS.get(1));
    area.estimate(box);
    Idw.Agreement agreement = area.agreement();
    progress.step(2, steps, CoverageService.STEPS.get(2));
    progress.step(3, steps, CoverageService.STEPS.get(3));
    int deadZones = area.zonesAndVillages();
    progress.step(4, steps, CoverageService.STEPS.get(4));
    int villages = area.villages();
    progress.step(5, steps, CoverageService.STEPS.get(5));
    long millis = (System.nanoTime() - start) / 1_000_000;
    CoverageService.Result result =
        new CoverageService.Result(
            true,
            Sql.number(c, "SELECT count(*) FROM survey_point"),
            area.cells(),
            (int)
                Sql.number(
                    c,
                    "SELECT count(*) FROM coverage_cell WHERE operator = '*' AND technology = '*'"
                        + " AND estimated"),
            deadZones,
            villages,
            agreement.cellShare(),
            agreement.testedCells(),
            millis);
    CoverageRuns.insert(c, fingerprint, settings, srid, result, agreement);
    log.info(
        "Coverage of cells {}..{} x {}..{}: {} survey points read there, {} dead zones in {} ms",
        box.i0(),
        box.i1(),
        box.j0(),
        box.j1(),
        points,
        deadZones,
        millis);
    return result;
  }
}
