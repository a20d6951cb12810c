package org.outreachplanner.schedule;

import org.outreachplanner.i18n.Text;

/**
 * How far a solve is, as any instance can tell it: from the job when it runs in this process, else
 * from what its worker wrote to the database.
 *
 * @param phase what it does (waiting for a worker, loading, solving, storing)
 * @param elapsedSeconds seconds since a worker started it, to a tenth; null while it waits
 * @param best the best score so far, or null
 * @param history each new best score and when it was found (JSON array), or null
 */
record SolveProgress(Text phase, Double elapsedSeconds, String best, String history) {

  static SolveProgress of(SolveJob job) {
    return new SolveProgress(
        job.phase(),
        Math.round(job.elapsedSeconds() * 10) / 10.0,
        job.best() == null ? null : job.best().toString(),
        PlanRepository.json(job.history()));
  }
}
