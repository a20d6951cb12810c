package org.outreachplanner.schedule;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The scheduling settings of application.properties (outreach.schedule.*). */
@Component
public class ScheduleSettings {

  private volatile Path solverConfig;

  private final int defaultSeconds;
  private final int minutesPerHousehold;
  private final int minVisitMinutes;
  private final int maxVisitsPerVillageWeek;
  private final int unknownFiguresHouseholds;
  private final int phoneReturnDays;
  private final int solverThreads;
  private final Duration heartbeatEvery;
  private final Duration staleAfter;
  private volatile int unimprovedStepLimit;

  ScheduleSettings(
      @Value("${outreach.schedule.solver-config:solver-config/schedule-solver.xml}")
          Path solverConfig,
      @Value("${outreach.schedule.default-seconds:30}") int defaultSeconds,
      @Value("${outreach.schedule.minutes-per-household:10}") int minutesPerHousehold,
      @Value("${outreach.schedule.min-visit-minutes:60}") int minVisitMinutes,
      @Value("${outreach.schedule.max-visits-per-village-week:1}") int maxVisitsPerVillageWeek,
      @Value("${outreach.workers.solver-threads:1}") int solverThreads,
      @Value("${outreach.schedule.unknown-figures-households:25}") int unknownFiguresHouseholds,
      @Value("${outreach.recovery.heartbeat-every:10s}") Duration heartbeatEvery,
      @Value("${outreach.recovery.stale-after:60s}") Duration staleAfter,
      @Value("${outreach.schedule.unimproved-step-limit:0}") int unimprovedStepLimit,
      @Value("${outreach.schedule.phone-return-days:14}") int phoneReturnDays) {
    this.solverConfig = solverConfig;
    this.defaultSeconds = defaultSeconds;
    this.minutesPerHousehold = minutesPerHousehold;
    this.minVisitMinutes = minVisitMinutes;
    this.maxVisitsPerVillageWeek = Math.max(1, maxVisitsPerVillageWeek);
    this.solverThreads = Math.max(1, solverThreads);
    this.unknownFiguresHouseholds = Math.max(1, unknownFiguresHouseholds);
    this.heartbeatEvery = heartbeatEvery;
    this.staleAfter = staleAfter;
    this.unimprovedStepLimit = Math.max(0, unimprovedStepLimit);
    this.phoneReturnDays = Math.max(1, phoneReturnDays);
  }

  /**
   * Days after a team last lent loaner phones at a village by which it returns there while some are
   * still out (docs/schedules.md): 14 by default.
   */
  public int phoneReturnDays() {
    return phoneReturnDays;
  }

  /** How often a running solve's heartbeat is written (and abandoned solves are looked for). */
  Duration heartbeatEvery() {
    return heartbeatEvery;
  }

  /** A solve whose heartbeat is older than this is taken for abandoned. */
  Duration staleAfter() {
    return staleAfter;
  }

  public Path solverConfig() {
    return solverConfig;
  }

  /** Uses another solver configuration file from now on (tests use it to make a solve fail). */
  void solverConfig(Path file) {
    this.solverConfig = file;
  }

  /**
   * A solve also ends after this many steps in a row without a better plan (0: only its time limit
   * ends it).
   */
  public int unimprovedStepLimit() {
    return unimprovedStepLimit;
  }

  /** Sets that limit from now on (tests that watch a solve while it runs turn it off). */
  public void unimprovedStepLimit(int steps) {
    this.unimprovedStepLimit = Math.max(0, steps);
  }

  public int defaultSeconds() {
    return defaultSeconds;
  }

  /** Minutes of a visit expecting this many households. */
  public int visitMinutes(int households) {
    return Math.max(minVisitMinutes, households * minutesPerHousehold);
  }

  /**
   * Households planned for a village without census figures (docs/schedules.md): by default 25, one
   * visit, enough to meet the village and count what is left to do.
   */
  public int unknownFiguresHouseholds() {
    return unknownFiguresHouseholds;
  }

  public int maxVisitsPerVillageWeek() {
    return maxVisitsPerVillageWeek;
  }

  /** Threads of one solve (OptaPlanner's move threads; 1: the solve's own thread only). */
  public int solverThreads() {
    return solverThreads;
  }
}
