package org.outreachplanner.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.outreachplanner.schedule.domain.Schedule;

/**
 * The solver configuration, read from {@code solver-config/} (outreach.schedule.solver-config) each
 * time a solve starts. Termination is always set: a time limit asked for replaces the file's spent
 * limit; a file without a termination gets the default limit. A limit of unimproved steps, when
 * set, ends a solve as well (whichever comes first).
 */
public final class SolverConfigs {

  private SolverConfigs() {}

  /** The configuration in the file, with its termination set. */
  public static SolverConfig load(Path file, Integer seconds, int defaultSeconds) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "the solver configuration "
              + file.toAbsolutePath()
              + " is missing (outreach.schedule.solver-config)");
    }
    SolverConfig config = SolverConfig.createFromXmlFile(file.toFile());
    TerminationConfig termination = config.getTerminationConfig();
    if (seconds != null) {
      if (termination == null) {
        termination = new TerminationConfig();
      }
      termination.setSpentLimit(null);
      termination.setMillisecondsSpentLimit(null);
      termination.setMinutesSpentLimit(null);
      termination.setHoursSpentLimit(null);
      termination.setDaysSpentLimit(null);
      termination.setSecondsSpentLimit((long) seconds);
      config.setTerminationConfig(termination);
    } else if (termination == null || !termination.isConfigured()) {
      config.setTerminationConfig(
          new TerminationConfig().withSecondsSpentLimit((long) defaultSeconds));
    }
    return config;
  }

  /**
   * The same, ending as well after {@code unimprovedSteps} steps without a better plan (0: not).
   */
  public static SolverConfig load(
      Path file, Integer seconds, int defaultSeconds, int unimprovedSteps) {
    SolverConfig config = load(file, seconds, defaultSeconds);
    if (unimprovedSteps > 0 && config.getPhaseConfigList() != null) {
      // a count of steps ends a phase, not the solver: the local search phases get it
      for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
        if (phase instanceof LocalSearchPhaseConfig) {
          TerminationConfig own = phase.getTerminationConfig();
          phase.setTerminationConfig(
              (own == null ? new TerminationConfig() : own)
                  .withUnimprovedStepCountLimit(unimprovedSteps));
        }
      }
    }
    return config;
  }

  public static SolverFactory<Schedule> factory(Path file, Integer seconds, int defaultSeconds) {
    return SolverFactory.create(load(file, seconds, defaultSeconds));
  }
}
