package org.outreachplanner.schedule;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.outreachplanner.ProcessOwner;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.job.JobQueue;
import org.outreachplanner.network.PlaceRef;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.Visit;
import org.outreachplanner.traveltime.RouteLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves as tasks shared by every instance (docs/deployment.md): a request is stored as a SOLVING
 * plan with its task, in one transaction; a worker of any instance claims the task, loads the
 * problem, solves it within its time limit, and stores the best plan found as a DRAFT with its
 * explanation — or ends it FAILED with the reason, leaving every other plan as it was. A worker
 * that dies stops beating and another runs the task again on the same plan; the plan is stored
 * once.
 */
@Service
public class SolveService {

  private static final Logger log = LoggerFactory.getLogger(SolveService.class);

  /** Progress is written to the database at most this often. */
  private static final long PROGRESS_EVERY_MS = 1000;

  private final AreaLoader areas;
  private final ProblemLoader loader;
  private final PlanRepository repository;
  private final RunningSolves running;
  private final PlanInputs inputs;
  private final RouteLines routeLines;
  private final ScheduleSettings settings;
  private final JobQueue queue;
  private final TaskDescriptor<String> task;
  private final TransactionTemplate tx;
  private final Map<Long, SolveJob> jobs = new ConcurrentHashMap<>();
  private final ScheduledFuture<?> heartbeat;

  SolveService(
      AreaLoader areas,
      ProblemLoader loader,
      PlanRepository repository,
      RunningSolves running,
      PlanInputs inputs,
      RouteLines routeLines,
      ScheduleSettings settings,
      JobQueue queue,
      TransactionTemplate tx) {
    this.areas = areas;
    this.loader = loader;
    this.repository = repository;
    this.running = running;
    this.inputs = inputs;
    this.routeLines = routeLines;
    this.settings = settings;
    this.queue = queue;
    this.task = queue.task(SolveTasks.NAME, String.class);
    this.tx = tx;
    this.heartbeat =
        ProcessOwner.every(settings.heartbeatEvery(), "schedule-heartbeat", this::beatAndSweep);
  }

  /**
   * Says that this process's solves still run, stops those whose stop was asked on another
   * instance, and marks FAILED those whose process is gone and whose task is not queued (at
   * start-up, then at every heartbeat), so that they no longer block their area and week.
   */
  void beatAndSweep() {
    repository.beat(jobs.keySet());
    running.stopsAsked(jobs.keySet()).forEach(this::stop);
    sweep();
  }

  /** Marks FAILED the solves whose process is gone; returns their plans' ids. */
  List<Long> sweep() {
    List<Long> failed = repository.failAbandoned(settings.staleAfter(), SolveTasks.NAME);
    if (!failed.isEmpty()) {
      log.warn("Schedules {} marked FAILED: the process solving them is gone", failed);
    }
    return failed;
  }

  /** Asks for a solve: stores its plan as SOLVING and its task; returns the plan id. */
  public long start(SolveRequest request) {
    Text problem = request.problem();
    if (problem != null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, problem);
    }
    Area area = areas.area(request.area());
    int seconds = request.seconds() != null ? request.seconds() : settings.defaultSeconds();
    sweep();
    return tx.execute(
        status -> {
          long id =
              repository.insertSolving(
                  area.kind(), area.code(), request.firstWeek(), request.weeks(), seconds);
          submit(id, request);
          return id;
        });
  }

  /**
   * Adds the task of a plan stored SOLVING (in the caller's transaction). The task carries the
   * request and the limit of unimproved steps as it was when asked for (whichever worker runs it).
   */
  void submit(long planId, SolveRequest request) {
    queue.submit(
        task,
        String.valueOf(planId),
        PlanRepository.json(new TaskData(request, settings.unimprovedStepLimit())));
  }

  /** The data of a solve task: the request and the limit of unimproved steps (0: none). */
  record TaskData(SolveRequest request, int unimprovedSteps) {}

  /** The solve task of this instance's queue. */
  TaskDescriptor<String> task() {
    return task;
  }

  /** The job of a plan while it runs in this process. */
  public Optional<SolveJob> job(long id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /**
   * How far the solve of a SOLVING plan is, whichever instance runs it (or none yet); empty when
   * the plan is not SOLVING.
   */
  Optional<SolveProgress> progress(long id) {
    SolveJob job = jobs.get(id);
    return job != null ? Optional.of(SolveProgress.of(job)) : running.progress(id);
  }

  /** The plan of a commune and first week being solved (or waiting for a worker), if any. */
  Optional<Long> solvingPlan(String commune, LocalDate first) {
    return repository.solvingId("commune", commune, first);
  }

  /** Whether the plan is still being solved (or waits for a worker), on any instance. */
  public boolean solving(long id) {
    return jobs.containsKey(id) || running.progress(id).isPresent();
  }

  /**
   * Asks a solve to stop and keep its best plan so far, on whichever instance runs it (or when a
   * worker takes it); false when the plan is not SOLVING.
   */
  public boolean stop(long id) {
    SolveJob job = jobs.get(id);
    if (job != null) {
      job.stop();
      return true;
    }
    return running.askStop(id);
  }

  /**
   * Runs the task of a plan in this worker: claims the plan (nothing when it has ended meanwhile,
   * e.g. stored by a worker taken for dead that finished after all), then solves it.
   */
  void run(long planId, String requestJson) {
    Optional<Boolean> stopAsked = running.claim(planId);
    if (stopAsked.isEmpty()) {
      log.info("Schedule {} has ended already; its task has nothing left to do", planId);
      return;
    }
    TaskData data = PlanRepository.read(requestJson, TaskData.class);
    Plan plan = repository.find(planId).orElseThrow();
    SolveJob job = new SolveJob(planId, data.request(), plan.timeLimitSeconds());
    if (stopAsked.get()) {
      job.stop();
    }
    jobs.put(planId, job);
    run(job, data.unimprovedSteps());
  }

  /** Stops this instance's solves when it shuts down: each stores its best plan so far. */
  @EventListener(ContextClosedEvent.class)
  void shuttingDown() {
    heartbeat.cancel(false);
    jobs.values().forEach(SolveJob::stop);
  }

  private void run(SolveJob job, int unimprovedSteps) {
    try {
      Area area = areas.area(job.request().area());
      // before the problem is read: a change in between is warned of, never missed
      inputs.record(job.id(), area.kind(), area.code());
      ScheduleProblem problem = loader.load(job.request(), area);
      SolverConfig config =
          SolverConfigs.load(
              settings.solverConfig(), job.seconds(), settings.defaultSeconds(), unimprovedSteps);
      if (settings.solverThreads() > 1) {
        config.setMoveThreadCount(String.valueOf(settings.solverThreads()));
      }
      SolverFactory<Schedule> factory = SolverFactory.create(config);
      List<Text> notes = new ArrayList<>(problem.notes());
      Schedule best = solve(job, problem, factory, notes);
      phase(job, Text.of("schedules.phase.storing"));
      SolutionManager<Schedule, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
      // with no visit at all there is nothing to score (the solver refuses an empty value range)
      ScoreExplanation<Schedule, HardMediumSoftLongScore> explanation =
          best.getVisits().isEmpty() ? null : manager.explain(best);
      HardMediumSoftLongScore score =
          explanation == null ? HardMediumSoftLongScore.ZERO : explanation.getScore();
      if (!job.hasHistory()) {
        job.record(score, (long) (job.elapsedSeconds() * 1000));
      }
      job.best(score);
      List<PlanVisitRepository.NewVisit> visits = output(problem, best, notes);
      PlanExplanation explained = PlanExplanation.of(problem, best, explanation, notes);
      boolean stored =
          repository.finish(
              job.id(),
              new PlanRepository.Result(
                  score,
                  job.history(),
                  explained,
                  visits,
                  problem.kept().stream().map(ScheduleProblem.KeptVisit::visitId).toList(),
                  problem.basedOn(),
                  notes));
      if (stored) {
        log.info("Schedule {} of {} done: {}", job.id(), problem.areaCode(), score);
      } else {
        log.warn("Schedule {} was stored by another worker first; this one is dropped", job.id());
      }
    } catch (Throwable e) {
      log.warn("Schedule {} failed", job.id(), e);
      try {
        repository.fail(job.id(), reason(e), job.history());
      } catch (RuntimeException again) {
        log.error("Schedule {} could not be marked FAILED: {}", job.id(), again.getMessage());
      }
    } finally {
      job.markDone();
      jobs.remove(job.id());
    }
  }

  /**
   * The best plan found within the job's time limit; every visit left out when there is nothing to
   * move or the job was stopped before solving (saying so in the notes).
   */
  private Schedule solve(
      SolveJob job, ScheduleProblem problem, SolverFactory<Schedule> factory, List<Text> notes) {
    Schedule schedule = problem.schedule();
    boolean nothingToMove = schedule.getVisits().isEmpty() || schedule.realTeamDays() == 0;
    if (nothingToMove || job.stopRequested()) {
      notes.add(nothingToPlan(problem, job.stopRequested()));
      Initializer.leaveAllOut(schedule);
      return schedule;
    }
    Initializer.initialize(schedule);
    phase(job, Text.of("schedules.phase.solving"));
    Solver<Schedule> solver = factory.buildSolver();
    solver.addEventListener(
        event -> {
          job.record((HardMediumSoftLongScore) event.getNewBestScore(), event.getTimeMillisSpent());
          if (job.stopRequested()) {
            solver.terminateEarly();
          }
          if (job.progressDue(PROGRESS_EVERY_MS)) {
            repository.progress(job.id(), job.best(), job.history());
          }
        });
    job.solver(solver);
    return solver.solve(schedule);
  }

  private void phase(SolveJob job, Text phase) {
    job.phase(phase);
    running.phase(job.id(), phase);
  }

  private static Text nothingToPlan(ScheduleProblem problem, boolean stopped) {
    Schedule s = problem.schedule();
    if (stopped) {
      return Text.of("schedules.note.stopped");
    }
    if (s.getVisits().isEmpty()) {
      return s.getVillages().isEmpty() && problem.villagesDone() == 0
          ? Text.of("schedules.note.noVillages")
          : Text.of("schedules.note.nothingNeeded");
    }
    if (s.getTeams().isEmpty()) {
      return Text.of("schedules.note.noTeams");
    }
    return Text.of("schedules.note.allKept");
  }

  /**
   * Why a solve failed: the text of the first exception that has one, else the messages of the
   * exception and its causes (words of the solver or the database, kept as they are).
   */
  static Text reason(Throwable e) {
    Throwable t = e;
    StringBuilder reason = new StringBuilder();
    while (t != null) {
      if (t instanceof LocalizedException localized) {
        return Text.of("schedules.plan.failed", localized.text());
      }
      if (t.getMessage() != null && reason.indexOf(t.getMessage()) < 0) {
        if (!reason.isEmpty()) {
          reason.append(": ");
        }
        reason.append(t.getMessage());
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return Text.of(
        "schedules.plan.failed", Text.literal(reason.isEmpty() ? e.toString() : reason.toString()));
  }

  /** The visits to store, with the line along the roads from the previous place. */
  private List<PlanVisitRepository.NewVisit> output(
      ScheduleProblem problem, Schedule best, List<Text> notes) {
    List<PlanVisitRepository.NewVisit> out = new ArrayList<>();
    boolean routesFailed = false;
    for (TeamDay day : best.getTeamDays()) {
      if (!day.real() || day.getVisits().isEmpty()) {
        continue;
      }
      List<PlaceRef> stops = new ArrayList<>();
      stops.add(PlaceRef.teamBase(day.getTeam().code()));
      day.getVisits().forEach(v -> stops.add(PlaceRef.village(v.getVillage().code())));
      List<String> legs = null;
      if (!routesFailed) {
        try {
          legs = routeLines.legs(stops, day.getTeam().mode(), problem.seasons().get(day.getDate()));
        } catch (RuntimeException e) {
          routesFailed = true;
          notes.add(Text.of("schedules.note.routesNotStored", Text.from(e)));
        }
      }
      int seq = 1;
      for (Visit v : day.getVisits()) {
        boolean last = v.getNext() == null;
        out.add(
            new PlanVisitRepository.NewVisit(
                day.getTeam().code(),
                v.getVillage().code(),
                day.getDate(),
                seq,
                v.getArrival(),
                v.start(),
                v.departure(),
                v.travelIn(),
                last && !v.staysOver() ? v.travelBack() : null,
                v.staysOver(),
                v.getHouseholdsExpected(),
                legs == null ? null : legs.get(seq - 1)));
        seq++;
      }
    }
    return out;
  }
}
