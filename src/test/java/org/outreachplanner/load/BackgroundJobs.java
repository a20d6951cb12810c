package org.outreachplanner.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The planner's work that runs under the load, again and again until stopped: solves of the week
 * after the published one (POST /api/schedules, then its status polled every 2 s as the dashboard
 * does), and imports of the demo's villages (POST /api/imports/villages, a multipart upload as the
 * dashboard's form sends it) whose notes change with each pass, so that every row is written. Each
 * solve's whole time is recorded as "solve (start to end)", each upload's as its POST.
 */
final class BackgroundJobs {

  static final String SOLVE = "solve (start to end)";
  static final String IMPORT = "POST /api/imports/villages (whole import)";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Scenario scenario;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger solves = new AtomicInteger();
  private final AtomicInteger imports = new AtomicInteger();
  private final List<Thread> threads;

  BackgroundJobs(Scenario scenario, LoadClient solver, LoadClient importer) {
    this.scenario = scenario;
    this.threads =
        List.of(
            new Thread(() -> loop(() -> solve(solver)), "load-solves"),
            new Thread(() -> loop(() -> importVillages(importer)), "load-imports"));
  }

  void start() {
    threads.forEach(Thread::start);
  }

  /** Stops after the import and the poll under way; a solve under way is stopped. */
  void stop() throws InterruptedException {
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
  }

  /** "N solves and M imports finished". */
  String done() {
    return solves.get() + " solves and " + imports.get() + " imports";
  }

  private void loop(Runnable job) {
    while (!stop.get()) {
      job.run();
    }
  }

  private void solve(LoadClient c) {
    String body =
        "{\"area\":\"%s\",\"first_week\":\"%s\",\"weeks\":1,\"seconds\":%d}"
            .formatted(scenario.commune(), scenario.solveWeek(), scenario.solveSeconds());
    long start = System.nanoTime();
    byte[] started =
        c.change(
            "POST /api/schedules",
            "POST",
            "/api/schedules",
            "application/json",
            body.getBytes(StandardCharsets.UTF_8));
    if (started == null) {
      pause();
      return;
    }
    long id = json(started).path("id").asLong();
    String status = "SOLVING";
    while (status.equals("SOLVING")) {
      if (stop.get()) {
        c.change(
            "DELETE /api/schedules/{id}",
            "DELETE",
            "/api/schedules/" + id,
            "text/plain",
            new byte[0]);
        return;
      }
      pause();
      byte[] plan =
          c.getPlain("GET /api/schedules/{id} (polling the solve)", "/api/schedules/" + id);
      status = plan == null ? "SOLVING" : json(plan).path("status").asText();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    c.record(SOLVE, millis, status.equals("DRAFT") ? null : "solve ended " + status);
    solves.incrementAndGet();
  }

  private void importVillages(LoadClient c) {
    int pass = imports.get() + 1;
    String boundary = "load-" + UUID.randomUUID();
    byte[] body = multipart(boundary, villages(pass));
    byte[] report =
        c.change(
            IMPORT,
            "POST",
            "/api/imports/villages",
            "multipart/form-data; boundary=" + boundary,
            body);
    if (report == null) {
      pause();
      return;
    }
    imports.incrementAndGet();
  }

  /** The demo's villages with "load benchmark pass N" as the (empty) notes of each. */
  private byte[] villages(int pass) {
    try {
      List<String> lines = Files.readAllLines(scenario.villagesFile(), StandardCharsets.UTF_8);
      StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
      for (String line : lines.subList(1, lines.size())) {
        csv.append(line.endsWith(",") ? line + "load benchmark pass " + pass : line).append('\n');
      }
      return csv.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] multipart(String boundary, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"villages.csv\"\r\n"
                .formatted(boundary)
            + "Content-Type: text/csv\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static JsonNode json(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
