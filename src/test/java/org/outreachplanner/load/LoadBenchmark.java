package org.outreachplanner.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outreachplanner.support.FormSession;

/**
 * The load benchmark (benchmarks/load, docs/benchmarks.md), run against a server started by the
 * script: {@code LoadBenchmark SCENARIO.properties OUT.md}.
 *
 * <ol>
 *   <li>Warm-up: one client goes through every kind of visit (nothing recorded).
 *   <li>Baseline: the same client, alone, for the baseline's length: the reference of the same run.
 *   <li>Load: CLIENTS clients, each signed in with its own session and making one kind of visit
 *       again and again without pause (the kinds dealt out in turn), while a solve and an import
 *       run again and again ({@link BackgroundJobs}).
 * </ol>
 *
 * Prints the table, writes it to OUT.md and exits with 1 when any request failed.
 */
public final class LoadBenchmark {

  /** A virtual client: its visits (each with the session of the role that makes it), in turn. */
  private record Client(List<LoadClient> sessions, List<PageVisits.Visit> visits) {}

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Scenario s = Scenario.read(Path.of(args[0]));
    Recorder warmUp = new Recorder();
    Client alone =
        new Client(
            List.of(
                client(s, s.planner(), warmUp),
                client(s, s.planner(), warmUp),
                client(s, s.lead(), warmUp),
                client(s, s.partner(), warmUp)),
            PageVisits.ALL);
    log("warm-up, 1 client, " + s.warmUp().toSeconds() + " s");
    run(List.of(alone), s, s.warmUp());

    Recorder baseline = new Recorder();
    alone.sessions().forEach(c -> c.recordInto(baseline));
    log("baseline, 1 client, " + s.baseline().toSeconds() + " s");
    run(List.of(alone), s, s.baseline());

    Recorder load = new Recorder();
    log("signing in " + s.clients() + " clients");
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < s.clients(); i++) {
      PageVisits.Visit visit = PageVisits.ALL.get(i % PageVisits.ALL.size());
      clients.add(new Client(List.of(client(s, roleOf(s, visit), load)), List.of(visit)));
    }
    BackgroundJobs jobs =
        new BackgroundJobs(s, client(s, s.planner(), load), client(s, s.planner(), load));
    log(
        "load, "
            + s.clients()
            + " clients with solves and imports, "
            + s.load().toSeconds()
            + " s");
    jobs.start();
    run(clients, s, s.load());
    jobs.stop();
    log("finished: " + jobs.done());

    Map<String, EndpointStats.Summary> base = baseline.summaries();
    Map<String, EndpointStats.Summary> loaded = load.summaries();
    String table = LoadReport.table(base, loaded, s.clients());
    List<String> errors = new ArrayList<>(LoadReport.errors("warm-up", warmUp.summaries()));
    errors.addAll(LoadReport.errors("baseline", base));
    errors.addAll(LoadReport.errors("load", loaded));
    String totals =
        String.format(
            "Requests: baseline %,d in %d s (%.1f/s); load %,d in %d s (%.1f/s); %s finished"
                + " during the load; errors: %d.%n",
            LoadReport.requests(base),
            s.baseline().toSeconds(),
            LoadReport.requests(base) / (double) s.baseline().toSeconds(),
            LoadReport.requests(loaded),
            s.load().toSeconds(),
            LoadReport.requests(loaded) / (double) s.load().toSeconds(),
            jobs.done(),
            errors.size());
    System.out.println(table);
    System.out.println(totals);
    errors.forEach(System.out::println);
    Files.writeString(Path.of(args[1]), table + "\n" + totals);
    // the HTTP clients' threads would keep the JVM alive
    System.exit(errors.isEmpty() ? 0 : 1);
  }

  private static Scenario.Account roleOf(Scenario s, PageVisits.Visit visit) {
    if (visit == PageVisits.TEAM_WEEK) {
      return s.lead();
    }
    return visit == PageVisits.PARTNER ? s.partner() : s.planner();
  }

  private static LoadClient client(Scenario s, Scenario.Account account, Recorder recorder)
      throws Exception {
    FormSession session = FormSession.signIn(s.base(), account.user(), account.password());
    return new LoadClient(s.base(), session, s.timeout(), recorder);
  }

  /** Every client makes its visits in turn until the time is up, then ends the visit under way. */
  private static void run(List<Client> clients, Scenario s, Duration length)
      throws InterruptedException {
    long end = System.nanoTime() + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (Client client : clients) {
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                  int k = i % client.visits().size();
                  LoadClient session = client.sessions().get(k % client.sessions().size());
                  client.visits().get(k).requests().accept(session, s);
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private static void log(String what) {
    System.err.println("==> " + what);
  }
}
