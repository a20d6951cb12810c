package org.outreachplanner.traveltime;

import java.io.PrintWriter;

/**
 * A progress bar on a terminal, redrawn in place with a carriage return: the stage, searches done
 * of all, and the time left at the pace so far. Called from the worker threads; redraws at most ten
 * times a second. Off a terminal it writes one line per stage.
 */
final class ProgressBar implements TravelTimeService.Progress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000;

  private final PrintWriter out;
  private final boolean terminal;
  private String label = "";
  private long stageStarted;
  private long lastDrawn;
  private boolean open;

  ProgressBar(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void stage(String name, int origins) {
    finish();
    label = name;
    stageStarted = System.nanoTime();
    lastDrawn = 0;
    if (!terminal) {
      out.printf("%s: %,d searches%n", label, origins);
      out.flush();
    }
  }

  @Override
  public synchronized void originsDone(int done, int origins) {
    if (!terminal) {
      return;
    }
    long now = System.nanoTime();
    if (done < origins && now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    int filled = origins == 0 ? WIDTH : (int) ((long) WIDTH * done / origins);
    double elapsed = (now - stageStarted) / 1e9;
    String eta = done == 0 ? "…" : Durations.clock(elapsed * (origins - done) / Math.max(1, done));
    out.printf(
        "\r%-28s [%s%s] %,d/%,d  %s left ",
        label,
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        done,
        origins,
        done == origins ? Durations.clock(0) : eta);
    out.flush();
    open = true;
  }

  /** Ends the bar's line, if one is drawn. */
  synchronized void finish() {
    if (open) {
      out.println();
      out.flush();
      open = false;
    }
  }
}
