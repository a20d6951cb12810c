package org.outreachplanner.teamweek;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real headless Chromium: the team lead's week opens again after a reload when the server
 * cannot be reached (the page's service worker kept the page, its scripts, its texts and the week),
 * the login page is never answered from the kept copies, and signing out deletes them. The browser
 * reaches the application through a local port forwarder, which the test stops: to the browser the
 * server is gone, as on a phone that lost its signal. Screenshots go to target/screenshots/ (the
 * team-lead guide uses them).
 */
@WebTest
class TeamWeekOfflineBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  Forwarder server;

  @BeforeEach
  void start() throws IOException {
    PublishedDemoWeek.load(jdbc, imports);
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theLastWeekLoadedOpensAfterAReloadWithoutTheServerAndSigningOutForgetsIt() throws Exception {
    PublishedDemoWeek.planAndPublish(ApiClient.as(port, TestUsers.PLANNER), 4);
    String team = PublishedDemoWeek.busiestTeam(jdbc);
    TestUsers.bindLead(jdbc, team);
    List<String> villages =
        jdbc.queryForList(
            "SELECT g.name FROM schedule_visit v JOIN schedule_plan p ON p.id = v.plan_id"
                + " JOIN village g ON g.code = v.village_code"
                + " WHERE v.team_code = ? AND p.status = 'PUBLISHED' ORDER BY visit_date, seq",
            String.class,
            team);
    assertThat(villages).isNotEmpty();

    server = new Forwarder(0, port);
    int reachable = server.port();
    String base = "http://localhost:" + reachable;
    String week = base + "/team.html?week=" + PublishedDemoWeek.MONDAY;
    driver.manage().window().setSize(new Dimension(412, 915));
    BrowserLogin.signIn(driver, base, TestUsers.TEAM_LEAD);
    driver.get(week);
    waitForState("ready");
    // the worker controls the page and has kept what it read
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(d -> Boolean.TRUE.equals(script("return window.outreachTeam.offlineReady")));
    assertThat(script("return navigator.serviceWorker.controller.scriptURL"))
        .isEqualTo(base + "/team-sw.js");
    assertThat(driver.findElement(By.id("team-saved")).isDisplayed()).isTrue();
    String totals = text("team-totals");
    List<String> shown = visitNames();
    assertThat(shown).hasSize(villages.size());

    // the server goes away; a reload still shows the week, marked as a saved copy
    goOffline();
    // what the worker does not keep fails
    assertThat(fetchStatus("/api/provinces")).isEqualTo("failed");
    driver.navigate().refresh();
    waitForState("offline");
    assertThat(script("return window.outreachTeam.offline")).isEqualTo(true);
    assertThat(visitNames()).isEqualTo(shown);
    assertThat(text("team-totals")).isEqualTo(totals);
    assertThat(text("week-title")).isEqualTo("Week of 23 Nov 2026");
    assertThat(text("team-offline")).startsWith("No connection: this is the copy saved on");
    assertThat(driver.findElement(By.id("session-user")).getText()).contains("Test team lead");
    shot("team-lead-offline.png");
    // the page without a week named: the team's week kept last
    driver.get(base + "/team.html");
    waitForState("offline");
    assertThat(visitNames()).isEqualTo(shown);
    // the login page is not one of the kept copies: without the server it does not open
    assertThat(opens(base + "/login", "login-submit")).isFalse();

    // back online: fresh data again, then signing out deletes the copies and the worker
    server = new Forwarder(reachable, port);
    driver.get(week);
    waitForState("ready");
    assertThat(script("return window.outreachTeam.offline")).isEqualTo(false);
    driver.findElement(By.id("logout")).click();
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(d -> d.getCurrentUrl().endsWith("/login?logout"));
    assertThat(
            asyncScript(
                "caches.keys().then(k => navigator.serviceWorker.getRegistrations()"
                    + ".then(r => done(k.length + r.length)))"))
        .isEqualTo(0L);
    // without the server, nothing of the week opens any more
    goOffline();
    assertThat(opens(week, "days")).isFalse();
  }

  /**
   * Stops the forwarder and waits until a fresh connection to its port fails on every address of
   * localhost: from then on the browser cannot reach the server, over a new connection or one it
   * kept alive (the forwarder cut those).
   */
  private void goOffline() throws IOException {
    int port = server.port();
    server.close();
    Waits.until("localhost:" + port + " to refuse connections once the forwarder is stopped")
        .until(() -> refused(port));
  }

  private static boolean refused(int port) throws IOException {
    for (InetAddress address : InetAddress.getAllByName("localhost")) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, port), 10_000);
        return false;
      } catch (IOException e) {
        // refused (or no such address here), as it should be
      }
    }
    return true;
  }

  private List<String> visitNames() {
    return driver.findElements(By.cssSelector("#days li.visit .visit-name")).stream()
        .map(e -> e.getText().split(" · ")[0])
        .toList();
  }

  /** Whether the page opens and has an element with this id (a browser error page has none). */
  private boolean opens(String url, String id) {
    try {
      driver.get(url);
    } catch (WebDriverException e) {
      return false;
    }
    return !driver.findElements(By.id(id)).isEmpty();
  }

  private String fetchStatus(String path) {
    return String.valueOf(
        asyncScript(
            "fetch('" + path + "').then(r => done(String(r.status)), () => done('failed'))"));
  }

  private void waitForState(String state) {
    try {
      new WebDriverWait(driver, Waits.DEADLINE)
          .until(d -> state.equals(d.findElement(By.id("team")).getAttribute("data-state")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "#team is '"
              + driver.findElement(By.id("team")).getAttribute("data-state")
              + "', not '"
              + state
              + "': "
              + driver.findElement(By.id("team")).getText(),
          e);
    }
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private Object script(String js) {
    return browser.script(js);
  }

  private Object asyncScript(String js) {
    return ((JavascriptExecutor) driver)
        .executeAsyncScript("const done = arguments[arguments.length - 1];" + js);
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Forwards a local port to the application until closed; closing also cuts the connections open
   * through it, so the browser finds nothing listening, as when the server cannot be reached.
   */
  static final class Forwarder implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket();
    private final int target;

    /** Both sides of every connection forwarded, until it ends; guarded by this. */
    private final Set<Socket> open = new HashSet<>();

    /** Guarded by this: once set, no connection is kept any more. */
    private boolean closed;

    /** Listens on {@code port} (0: any free one) and forwards to {@code target} on localhost. */
    Forwarder(int port, int target) throws IOException {
      this.target = target;
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(port));
      Thread accepting = new Thread(this::accept, "forwarder-" + port);
      accepting.setDaemon(true);
      accepting.start();
    }

    int port() {
      return listener.getLocalPort();
    }

    private void accept() {
      while (true) {
        Socket browserSide;
        try {
          browserSide = listener.accept();
        } catch (IOException e) {
          return; // closed
        }
        // each side is kept before the next step, so that a close at any moment cuts it
        if (!keep(browserSide)) {
          return;
        }
        Socket appSide;
        try {
          appSide = new Socket(InetAddress.getLoopbackAddress(), target);
        } catch (IOException e) {
          closeQuietly(browserSide);
          continue;
        }
        if (!keep(appSide)) {
          return;
        }
        pipe(browserSide, appSide);
        pipe(appSide, browserSide);
      }
    }

    /** Keeps a connection to be cut on close; when already closed, closes it and answers false. */
    private synchronized boolean keep(Socket socket) {
      if (closed) {
        closeQuietly(socket);
        return false;
      }
      open.add(socket);
      return true;
    }

    private void pipe(Socket from, Socket to) {
      Thread copying =
          new Thread(
              () -> {
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  in.transferTo(out);
                } catch (IOException e) {
                  // the other side closed: so does this one
                } finally {
                  closeQuietly(from);
                  closeQuietly(to);
                }
              },
              "forwarder-pipe");
      copying.setDaemon(true);
      copying.start();
    }

    private synchronized void closeQuietly(Socket socket) {
      open.remove(socket);
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }

    /** Stops listening and cuts every connection, the browser's side and the application's. */
    @Override
    public synchronized void close() throws IOException {
      closed = true;
      listener.close();
      for (Socket socket : List.copyOf(open)) {
        closeQuietly(socket);
      }
    }
  }
}
