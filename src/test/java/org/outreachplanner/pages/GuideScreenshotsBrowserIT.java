package org.outreachplanner.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screenshots of the user guides and the README (docs/images), retaken on demand from the demo
 * as {@code outreach demo} leaves it (its showcase plans published): {@code ./outreach test
 * -Dit.test=GuideScreenshotsBrowserIT -Ddocs.screenshots=true}. Skipped otherwise, so the suite
 * never rewrites docs/. Wide pictures at 1366x768, phone ones at 390x844.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuideScreenshotsBrowserIT {

  private static final Path IMAGES = Path.of("docs", "images");
  private static final String DAN_HOA = "18904";
  private static final String CENTRE_TEAM = "DH-C01";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  private HeadlessChromium browser;
  private WebDriver driver;

  @BeforeAll
  void theDemo() throws IOException {
    Assumptions.assumeTrue(
        Boolean.getBoolean("docs.screenshots"),
        "the guides' screenshots are retaken on demand: -Ddocs.screenshots=true");
    RoadTestData.clear(jdbc);
    TestTables.owner()
        .execute(
            "TRUNCATE schedule_plan, team_unavailable, team_schedule_settings,"
                + " village_schedule_settings RESTART IDENTITY CASCADE");
    assertThat(OutreachCli.run("demo", "--no-serve", "--port", "0")).isZero();
    TestUsers.bindLead(jdbc, CENTRE_TEAM);
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void thePlannersPicturesShowTheShowcase() throws IOException {
    String base = "http://localhost:" + port;
    browser.viewport(1366, 768, false);
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    browser.language("en");
    driver.get(base + "/login");
    waitFor("#login-submit", null);
    shot("login.png");

    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    browser.language("en");
    openMap(base);
    shot("map.png");
    open(base + "/dashboard.html", "#dashboard", "ready");
    shot("planner-dashboard.png");

    // a draft of the four weeks after the published ones, under review
    long draft = draft(base);
    open(base + "/dashboard.html", "#dashboard", "ready");
    driver.findElement(By.cssSelector("#plans-table button[data-plan='" + draft + "']")).click();
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(
            d ->
                String.valueOf(draft)
                    .equals(
                        String.valueOf(
                            browser.script("return window.outreachSchedules.reviewed"))));
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(d -> d.findElement(By.id("plan-map")).getAttribute("data-stops") != null);
    browser.script("document.getElementById('plan-review').scrollIntoView()");
    shot("planner-plan-review.png");
    driver.findElement(By.id("plan-publish")).click();
    shot("planner-publish-confirm.png");
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);

    browser.language("vi");
    openMap(base);
    shot("map-vietnamese.png");
    browser.viewport(390, 844, true);
    openMap(base);
    shot("planner-map-phone-vi.png");
    browser.language("en");
    open(base + "/dashboard.html", "#dashboard", "ready");
    shot("planner-dashboard-phone.png");
  }

  @Test
  void theTeamLeadsPicturesShowTheCentreTeamsWeek() throws IOException {
    // the lead of the centre's team, on a phone
    String base = "http://localhost:" + port;
    browser.viewport(390, 844, true);
    signInAs(base, TestUsers.TEAM_LEAD);
    open(base + "/team.html", "#team", "ready");
    shot("team-lead-week.png");
    // its printable page, saved as a file as the page's link saves it
    String print =
        (String)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('download-print').href)"
                        + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
    Path saved = Path.of("target", "offline", "guide-week.html").toAbsolutePath();
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, print, StandardCharsets.UTF_8);
    browser.viewport(900, 1200, false);
    driver.get(saved.toUri().toString());
    waitFor("svg.sketch", null);
    shot("team-lead-print.png");
    browser.viewport(1366, 768, false);
    openMap(base);
    shot("team-lead-map.png");
  }

  @Test
  void thePartnersPictureShowsTheDeadZones() throws IOException {
    String base = "http://localhost:" + port;
    browser.viewport(1366, 768, false);
    signInAs(base, TestUsers.PARTNER);
    open(base + "/dead-zones.html", "body", "ready");
    shot("partner-report.png");
  }

  /** Signs the browser in afresh as the user, its pages in English. */
  private void signInAs(String base, TestUsers.TestUser user) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    browser.language("en");
    BrowserLogin.signIn(driver, base, user);
    browser.language("en");
  }

  /** Plans the four weeks after the published ones of Dân Hóa, as a draft; answers its id. */
  private long draft(String base) {
    ApiClient api = ApiClient.as(port, TestUsers.PLANNER);
    LocalDate published =
        jdbc.queryForObject(
            "SELECT max(first_week) FROM schedule_plan WHERE area_code = ?",
            LocalDate.class,
            DAN_HOA);
    ApiClient.Response started =
        api.send(
            "POST",
            "/api/schedules",
            "{\"area\":\""
                + DAN_HOA
                + "\",\"first_week\":\""
                + published.plusWeeks(4)
                + "\",\"weeks\":4,\"seconds\":5}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    JsonNode plan = Waits.solveOver(api, id);
    assertThat(plan.path("status").asText()).as(plan.toString()).isEqualTo("DRAFT");
    return id;
  }

  /** The map with Dân Hóa chosen in the commune filter, zoomed to it. */
  private void openMap(String base) {
    open(base + "/", "#map", "ready");
    new Select(driver.findElement(By.id("commune-filter"))).selectByValue(DAN_HOA);
    waitFor("#map[data-village-count='28']", null);
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(d -> d.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty());
  }

  private void open(String url, String css, String state) {
    driver.get(url);
    waitFor(css, state);
  }

  private void waitFor(String css, String state) {
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(
            d -> {
              var found = d.findElements(By.cssSelector(css));
              return !found.isEmpty()
                  && (state == null || state.equals(found.get(0).getAttribute("data-state")));
            });
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(IMAGES);
    Files.write(IMAGES.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
