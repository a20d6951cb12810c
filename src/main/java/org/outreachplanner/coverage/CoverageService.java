package org.outreachplanner.coverage;

import static org.outreachplanner.coverage.Sql.execute;
import static org.outreachplanner.coverage.Sql.number;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.survey.SurveysImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Recomputes the coverage layer from the survey points and villages in ONE transaction: the cells,
 * their estimates, the dead zones and the village classes are deleted and written again before the
 * commit, so a reader sees the old layer until the new one is complete, and a failure leaves the
 * old layer as it was. After a survey import only the area its readings reach is recomputed ({@link
 * AreaLayer}), with the same result.
 */
@Service
public class CoverageService {

  private static final Logger log = LoggerFactory.getLogger(CoverageService.class);

  /** The operator (and technology) of the cells of any. */
  static final String ANY = "*";

  /** Steps of a recompute, for a progress bar. */
  public static final List<String> STEPS =
      List.of(
          "survey points to hexagons",
          "estimating unmeasured cells",
          "hexagon outlines",
          "dead zones",
          "village coverage",
          "saving");

  /** Told of each step as it starts (a test may throw to abort the recompute). */
  @FunctionalInterface
  public interface Progress {
    void step(int index, int total, String name);

    Progress NONE = (index, total, name) -> {};
  }

  /** What a recompute did. */
  public record Result(
      boolean computed,
      long surveyPoints,
      int cells,
      int estimatedCells,
      int deadZones,
      int villages,
      double agreementShare,
      int agreementCells,
      long millis) {}

  private final DataSource dataSource;
  private final CoverageSettings settings;
  private final CellStatements statements;

  public CoverageService(DataSource dataSource, CoverageSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.statements = new CellStatements(settings);
  }

  /**
   * After a survey import that changed readings, the layer is recomputed (unless {@code
   * outreach.coverage.recompute-after-import=false}). A failure here does not undo the import: it
   * is logged, the old layer stays, and {@code outreach coverage} recomputes it.
   */
  @EventListener
  public void afterSurveyImport(SurveysImported event) {
    ImportReport report = event.report();
    if (!settings.recomputeAfterImport || report.inserted() + report.updated() == 0) {
      return;
    }
    try {
      recomputeArea(ProvinceReadings.ofImport(dataSource, report.importId()), Progress.NONE);
    } catch (RuntimeException e) {
      log.warn("Coverage recompute after the survey import {} failed", report.importId(), e);
    }
  }

  /**
   * Recomputes the layer unless its inputs (survey points, villages, settings, the day) are those
   * of the current layer; {@code force} recomputes anyway.
   */
  public Result recompute(boolean force, Progress progress) {
    return inTransaction(c -> recompute(c, force, progress));
  }

  /**
   * Recomputes the layer where readings of {@code provinces} changed, leaving the rows of the cells
   * beyond as they are: the result is the layer a full recompute gives. A full recompute runs
   * instead when there is no layer yet, when {@code provinces} is null (readings outside every
   * province), or when anything but the readings changed since the layer was computed (villages,
   * settings, the day, the metric CRS).
   */
  public Result recomputeProvinces(Set<String> provinces, boolean force, Progress progress) {
    return inTransaction(
        c -> recomputeArea(c, new ProvinceReadings.Changes(provinces, null), force, progress));
  }

  /** {@link #recomputeProvinces}, of the provinces and the area outside every province given. */
  Result recomputeArea(ProvinceReadings.Changes changes, Progress progress) {
    return inTransaction(c -> recomputeArea(c, changes, false, progress));
  }

  @FunctionalInterface
  private interface Work {
    Result run(Connection c) throws SQLException;
  }

  private Result inTransaction(Work work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Result result = work.run(c);
        c.commit();
        if (result.computed()) {
          // fresh statistics for the readers' queries (the map's hexagons by bounding box), instead
          // of waiting for autovacuum: with the old ones the first query of a new layer can take
          // minutes
          c.setAutoCommit(true);
          try (Statement s = c.createStatement()) {
            // the tables are the schema owner's: its function analyses them
            s.execute("SELECT outreach_analyze_coverage()");
          }
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("coverage recompute failed: " + e.getMessage(), e);
    }
  }

  private Result recompute(Connection c, boolean force, Progress given) throws SQLException {
    Progress progress = given == null ? Progress.NONE : given;
    long start = System.nanoTime();
    prepare(c);
    String fingerprint = CoverageRuns.fingerprint(c, settings);
    if (!force && fingerprint.equals(CoverageRuns.latestFingerprint(c))) {
      return new Result(false, 0, 0, 0, 0, 0, Double.NaN, 0, 0);
    }
    return new CoverageLayer(c, settings, statements, progress, start).write(fingerprint);
  }

  private static void prepare(Connection c) throws SQLException {
    execute(c, "SELECT pg_advisory_xact_lock(hashtext('outreach.coverage'))");
    // the planner overrates ST_Transform and would spend seconds compiling with JIT
    execute(c, "SET LOCAL jit = off");
    execute(c, "SET LOCAL work_mem = '256MB'");
  }

  private Result recomputeArea(
      Connection c, ProvinceReadings.Changes changes, boolean force, Progress given)
      throws SQLException {
    Progress progress = given == null ? Progress.NONE : given;
    long start = System.nanoTime();
    prepare(c);
    String fingerprint = CoverageRuns.fingerprint(c, settings);
    String latest = CoverageRuns.latestFingerprint(c);
    if (!force && fingerprint.equals(latest) || changes.none()) {
      return new Result(false, 0, 0, 0, 0, 0, Double.NaN, 0, 0);
    }
    int srid = settings.srid != 0 ? settings.srid : (int) number(c, CoverageLayer.AREA_SRID);
    AreaLayer area = new AreaLayer(c, settings, statements, srid);
    AreaLayer.Box box = area.box(changes);
    if (box == null
        || !CoverageRuns.sameBesidesReadings(latest, fingerprint)
        || srid != CoverageRuns.latestSrid(c)) {
      return new CoverageLayer(c, settings, statements, progress, start).write(fingerprint);
    }
    return AreaRecompute.run(c, area, box, progress, start, fingerprint, settings, srid);
  }
}
