package org.outreachplanner.schedule;

import org.outreachplanner.schedule.domain.Schedule;
import picocli.CommandLine.Option;

/**
 * The {@code --generated-*} options of {@code outreach schedule-benchmark}: the size of the
 * generated province it solves and for how long. A picocli mixin.
 */
final class GeneratedProvinceOptions {

  // the fields are named as the options are, for the help's labels

  @Option(
      names = "--generated-villages",
      defaultValue = "0",
      description = "villages of the generated province (0: none)")
  int generatedVillages;

  @Option(names = "--generated-teams", defaultValue = "100")
  int generatedTeams;

  @Option(names = "--generated-weeks", defaultValue = "4")
  int generatedWeeks;

  @Option(names = "--generated-seconds", defaultValue = "60")
  int generatedSeconds;

  /** Whether a generated province is asked for. */
  boolean wanted() {
    return generatedVillages > 0;
  }

  /** The generated province's problem (seed 1: the same on every run). */
  Schedule problem(ScheduleSettings settings) {
    return GeneratedProblem.of(generatedVillages, generatedTeams, generatedWeeks, 1, settings);
  }
}
