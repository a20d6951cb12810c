package org.outreachplanner.teamweek;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.LocalForwarder;
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
  LocalForwarder server;

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

    server = new LocalForwarder(0, port);
    int reachable = server.port();
    String base = "http://localhost:" + reachable;
    String week = base + "/team.html?week=" + PublishedDemoWeek.MONDAY;
    driver.manage().window().setSize(new Dimension(412, 915));
    BrowserLogin.signIn(driver, base, TestUsers.TEAM_LEAD);
    driver.get(week);
    waitForState("ready");
    // the worker controls the page and has kept what it read
    Waits.browser(driver)
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
    // (in the header's menu, folded on a phone-sized window)
    assertThat(driver.findElement(By.id("session-user")).getAttribute("textContent"))
        .contains("Test team lead");
    shot("team-lead-offline.png");
    // the page without a week named: the team's week kept last
    driver.get(base + "/team.html");
    waitForState("offline");
    assertThat(visitNames()).isEqualTo(shown);
    // the login page is not one of the kept copies: without the server it does not open
    assertThat(opens(base + "/login", "login-submit")).isFalse();

    // back online: fresh data again, then signing out deletes the copies and the worker
    server = new LocalForwarder(reachable, port);
    driver.get(week);
    waitForState("ready");
    assertThat(script("return window.outreachTeam.offline")).isEqualTo(false);
    // on a phone-sized window the sign-out button is in the header's menu
    if (!driver.findElement(By.id("logout")).isDisplayed()) {
      driver.findElement(By.id("menu-toggle")).click();
    }
    driver.findElement(By.id("logout")).click();
    Waits.browser(driver).until(d -> d.getCurrentUrl().endsWith("/login?logout"));
    assertThat(
            asyncScript(
                "caches.keys().then(k => navigator.serviceWorker.getRegistrations()"
                    + ".then(r => done(k.length + r.length)))"))
        .isEqualTo(0L);
    // without the server, nothing of the week opens any more
    goOffline();
    assertThat(opens(week, "days")).isFalse();
  }

  private void goOffline() throws IOException {
    server.stopAndWait();
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
      Waits.browser(driver)
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
}
