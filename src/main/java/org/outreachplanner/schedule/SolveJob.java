package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.schedule.domain.Schedule;

/**
 * A solve running in this process (a worker claimed its task): its phase, best score so far and
 * their history.
 */
public final class SolveJob {

  /** A new best score and when it was found (milliseconds into the solve). */
  public record ScorePoint(long ms, String score) {}

  private final long id;
  private final SolveRequest request;
  private final int seconds;
  private final long startedNanos = System.nanoTime();
  private final List<ScorePoint> history = Collections.synchronizedList(new ArrayList<>());
  private volatile Solver<Schedule> solver;
  private volatile boolean stopRequested;
  private volatile HardMediumSoftLongScore best;
  private volatile Text phase = Text.of("schedules.phase.loading");
  private volatile boolean done;
  private long lastWrite;

  SolveJob(long id, SolveRequest request, int seconds) {
    this.id = id;
    this.request = request;
    this.seconds = seconds;
  }

  public long id() {
    return id;
  }

  public HardMediumSoftLongScore best() {
    return best;
  }

  public Text phase() {
    return phase;
  }

  public boolean done() {
    return done;
  }

  public int seconds() {
    return seconds;
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  public List<ScorePoint> history() {
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  SolveRequest request() {
    return request;
  }

  void record(HardMediumSoftLongScore score, long ms) {
    best = score;
    history.add(new ScorePoint(ms, score.toString()));
  }

  boolean hasHistory() {
    return !history.isEmpty();
  }

  void best(HardMediumSoftLongScore score) {
    best = score;
  }

  void phase(Text phase) {
    this.phase = phase;
  }

  void markDone() {
    done = true;
  }

  boolean stopRequested() {
    return stopRequested;
  }

  /** Asks the solve to stop, keeping its best plan so far. */
  void stop() {
    stopRequested = true;
    Solver<Schedule> running = solver;
    if (running != null) {
      running.terminateEarly();
    }
  }

  void solver(Solver<Schedule> solver) {
    this.solver = solver;
  }

  /** Whether progress is due to be written (at most every {@code everyMs}); marks it written. */
  boolean progressDue(long everyMs) {
    long now = System.currentTimeMillis();
    if (now - lastWrite < everyMs) {
      return false;
    }
    lastWrite = now;
    return true;
  }
}
