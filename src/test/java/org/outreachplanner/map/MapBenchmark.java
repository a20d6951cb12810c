package org.outreachplanner.map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.support.FormSession;
import org.outreachplanner.support.HeadlessChromium;

/**
 * The planner map's benchmark (benchmarks/map, docs/benchmarks.md), run against a server started by
 * the script:
 *
 * <pre>
 * render BASE USER PASSWORD RUNS
 *     signs in, then opens the map RUNS times with an empty browser cache and prints
 *     "render MS VILLAGES" per run: milliseconds from navigation start until the page has drawn
 *     every layer (the map's data-rendered attribute).
 * load BASE USER PASSWORD PATH CLIENTS REQUESTS
 *     CLIENTS concurrent clients, each signed in once with the login form (a session cookie, as
 *     a browser has), ask for PATH (gzip accepted, as a browser does) REQUESTS times each after
 *     one warm-up request each; prints "load P50 P95 MAX BYTES" in ms and bytes.
 * </pre>
 */
public final class MapBenchmark {

  private MapBenchmark() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "render" -> render(args[1], args[2], args[3], Integer.parseInt(args[4]));
      case "load" ->
          load(
              args[1],
              args[2],
              args[3],
              args[4],
              Integer.parseInt(args[5]),
              Integer.parseInt(args[6]));
      case "tiles" ->
          tiles(
              args[1],
              args[2],
              args[3],
              args[4],
              Integer.parseInt(args[5]),
              Integer.parseInt(args[6]),
              args[7]);
      default -> throw new IllegalArgumentException("render, load or tiles, not " + args[0]);
    }
    // the HTTP client's threads would keep the JVM alive
    System.exit(0);
  }

  private static void render(String base, String user, String password, int runs) throws Exception {
    try (HeadlessChromium browser = HeadlessChromium.start()) {
      WebDriver driver = browser.driver();
      driver.get(base + "/login");
      driver.findElement(By.id("username")).sendKeys(user);
      driver.findElement(By.id("password")).sendKeys(password);
      driver.findElement(By.id("login-submit")).click();
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(d -> !d.getCurrentUrl().contains("/login"));
      for (int run = 0; run < runs; run++) {
        ((ChromeDriver) driver)
            .executeCdpCommand("Network.clearBrowserCache", new java.util.HashMap<>());
        driver.get("about:blank");
        driver.get(base + "/");
        String rendered =
            new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(
                    d -> {
                      String state = d.findElement(By.id("map")).getAttribute("data-state");
                      if ("failed".equals(state)) {
                        throw new IllegalStateException("the map failed to load");
                      }
                      return d.findElement(By.id("map")).getAttribute("data-rendered");
                    });
        String villages =
            browser.script("return String(window.outreachMap.villageCount)").toString();
        System.out.println("render " + rendered + " " + villages);
      }
      // then the coverage hexagons of the view at the zoom from which the layer is drawn
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
      Object cells =
          ((JavascriptExecutor) driver)
              .executeAsyncScript(
                  """
                  const done = arguments[arguments.length - 1];
                  const map = window.outreachMap.leaflet;
                  const el = map.getContainer();
                  const zoom = Number(el.dataset.cellsMinZoom);
                  map.setView(map.getCenter(), zoom, { animate: false });
                  setTimeout(() => {
                    const t0 = performance.now();
                    for (const label of document.querySelectorAll(
                        '.leaflet-control-layers-overlays label')) {
                      if (/hexagon|lục giác/i.test(label.textContent)) label.querySelector('input').click();
                    }
                    const poll = () => el.dataset.coverageCells
                      ? requestAnimationFrame(() => requestAnimationFrame(() =>
                          done(Math.round(performance.now() - t0) + ' ' + el.dataset.coverageCells + ' ' + zoom)))
                      : setTimeout(poll, 5);
                    poll();
                  }, 1000);
                  """);
      System.out.println("cells " + cells);
    }
  }

  private static void load(
      String base, String user, String password, String path, int clients, int requests)
      throws Exception {
    load(base, user, password, (client, i) -> path, clients, requests);
  }

  /**
   * Tiles of a layer under load: each request of each client a different tile over the data's
   * extent (west,south,east,north), at a zoom from 6 to 14 (a country to a few villages), drawn
   * from a seeded random sequence per client so that runs ask for the same tiles.
   */
  private static void tiles(
      String base,
      String user,
      String password,
      String layer,
      int clients,
      int requests,
      String extent)
      throws Exception {
    double[] e =
        java.util.Arrays.stream(extent.split(",")).mapToDouble(Double::parseDouble).toArray();
    List<java.util.SplittableRandom> randoms = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      randoms.add(new java.util.SplittableRandom(c));
    }
    load(
        base,
        user,
        password,
        (client, i) -> {
          java.util.SplittableRandom r = randoms.get(client);
          int z = 6 + r.nextInt(9);
          double lon = e[0] + r.nextDouble() * (e[2] - e[0]);
          double lat = e[1] + r.nextDouble() * (e[3] - e[1]);
          int n = 1 << z;
          int x = (int) Math.floor((lon + 180) / 360 * n);
          double rad = Math.toRadians(lat);
          int y =
              (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
          return "/tiles/" + layer + "/" + z + "/" + x + "/" + y + ".mvt";
        },
        clients,
        requests);
  }

  /** The path a client asks for in its i-th request. */
  private interface Paths {
    String path(int client, int i);
  }

  private static void load(
      String base, String user, String password, Paths paths, int clients, int requests)
      throws Exception {
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    long[] bytes = new long[1];
    // every client signs in once, as a browser does, and then sends its session cookie
    List<HttpClient> sessions = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      sessions.add(FormSession.signIn(base, user, password).http());
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        HttpClient http = sessions.get(c);
        int client = c;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i <= requests; i++) {
                    String path = paths.path(client, i);
                    HttpRequest request =
                        HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Encoding", "gzip")
                            .timeout(Duration.ofMinutes(5))
                            .build();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                    bytes[0] = Math.max(bytes[0], response.body().length);
                    if (i > 0) {
                      times.add(millis);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.println(
        "load "
            + percentile(sorted, 50)
            + " "
            + percentile(sorted, 95)
            + " "
            + sorted.get(sorted.size() - 1)
            + " "
            + bytes[0]);
  }

  /** The nearest-rank percentile of sorted values. */
  private static long percentile(List<Long> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
