package org.outreachplanner.teamweek;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.schedule.ScheduleSettings;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real headless Chromium: a team lead lands on their week of the demo commune (days, route
 * map), downloads its calendar and reads the saved printable page from a file; another team's week
 * is refused. A planner plans the week from the dashboard, follows the solve and publishes it.
 * Screenshots go to target/screenshots/ (the team-lead guide uses them).
 */
@WebTest
class TeamWeekBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @Autowired ScheduleSettings settings;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

  @BeforeEach
  void start() throws IOException {
    PublishedDemoWeek.load(jdbc, imports);
    browser = HeadlessChromium.start();
    driver = browser.driver();
    base = "http://localhost:" + port;
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aTeamLeadReadsTheirWeekDownloadsItAndIsRefusedAnotherTeam() throws Exception {
    PublishedDemoWeek.planAndPublish(ApiClient.as(port, TestUsers.PLANNER), 4);
    String team = PublishedDemoWeek.busiestTeam(jdbc);
    String other =
        jdbc.queryForObject(
            "SELECT code FROM team WHERE code <> ? ORDER BY code LIMIT 1", String.class, team);
    jdbc.update(
        "INSERT INTO team_schedule_settings (team_code, sim_cards, loaner_phones) VALUES (?, 20, 4)",
        team);
    TestUsers.bindLead(jdbc, team);
    List<Map<String, Object>> visits =
        jdbc.queryForList(
            "SELECT v.visit_date, v.seq, g.name FROM schedule_visit v JOIN village g"
                + " ON g.code = v.village_code WHERE v.team_code = ? ORDER BY visit_date, seq",
            team);
    long days = visits.stream().map(v -> v.get("visit_date")).distinct().count();

    driver.manage().window().setSize(new Dimension(412, 915));
    BrowserLogin.signIn(driver, base, TestUsers.TEAM_LEAD);
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/team.html");
    // the lead lands on the week with visits, whatever the week of today
    driver.get(base + "/team.html?week=" + PublishedDemoWeek.MONDAY);
    waitFor("team", "ready");
    assertThat(script("return window.outreachTeam.team")).isEqualTo(team);
    assertThat(driver.findElements(By.cssSelector("#days section.day:not(.free)")))
        .hasSize((int) days);
    // the other days of the week are there too, as free days
    assertThat(driver.findElements(By.cssSelector("#days section.day.free")))
        .hasSize(7 - (int) days);
    List<String> dayTitles =
        driver.findElements(By.cssSelector("#days section.day:not(.free) h3")).stream()
            .map(WebElement::getText)
            .toList();
    List<WebElement> items = driver.findElements(By.cssSelector("#days li.visit"));
    assertThat(items).hasSize(visits.size());
    assertThat(items.get(0).getText())
        .contains((String) visits.get(0).get("name"), "Arrival", "Ride", "household");
    assertThat(driver.findElement(By.cssSelector("#days .bring")).getText())
        .contains("bring", "20 SIM cards", "4 loaner phones");
    // dates in British order, as in the downloads
    assertThat(text("week-title")).isEqualTo("Week of 23 Nov 2026");
    assertThat(dayTitles.get(0)).isEqualTo("Monday, 23 November 2026");
    assertThat(text("team-totals"))
        .startsWith(visits.size() + " visit" + (visits.size() == 1 ? ", " : "s, "));
    // the route map: a line and a numbered stop per visit, the base and the commune's outline
    assertThat((Long) script("return window.outreachTeam.routeLayers"))
        .isGreaterThanOrEqualTo(2L * visits.size() + 1);
    assertThat(script("return window.outreachTeam.stops")).isEqualTo((long) visits.size());
    assertThat(script("return window.outreachTeam.outline")).isEqualTo(1L);
    assertThat(
            driver.findElements(By.cssSelector("#route-map .stop-number")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList())
        .startsWith("1");
    assertThat(driver.findElements(By.cssSelector("#route-map .leaflet-interactive"))).isNotEmpty();
    shot("team-lead-week.png");
    script("document.getElementById('route-title').scrollIntoView()");
    shot("team-lead-route.png");

    // the calendar download, fetched by the page from its own link and parsed
    String ics = fetchInPage("document.getElementById('download-ics').href");
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getComponents("VEVENT")).hasSize(visits.size());
    assertThat(
            (String)
                script("return document.getElementById('download-ics').getAttribute('download')"))
        .isEqualTo("week-" + team + "-" + PublishedDemoWeek.MONDAY + ".ics");
    // the spreadsheet download: the team's week, in the page's language
    assertThat(driver.findElement(By.id("download-xlsx")).getAttribute("href"))
        .endsWith(
            "/api/teams/" + team + "/schedule.xlsx?week=" + PublishedDemoWeek.MONDAY + "&lang=en");
    assertThat(driver.findElement(By.id("download-xlsx")).getText())
        .isEqualTo("Spreadsheet (XLSX)");
    script("document.getElementById('download-xlsx').scrollIntoView()");
    shot("team-lead-downloads.png");

    // another team's week: refused, and the page does not show it
    Long refused =
        (Long)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/teams/"
                        + other
                        + "/week?week="
                        + PublishedDemoWeek.MONDAY
                        + "').then(r => done(r.status));");
    assertThat(refused).isIn(403L, 404L);
    // the page of another team says so plainly, offers the lead's own week and shows nothing else
    driver.get(base + "/team.html?team=" + other + "&week=" + PublishedDemoWeek.MONDAY);
    waitFor("team", "refused");
    assertThat(text("team-status"))
        .startsWith("This is the page of team " + other + ". You lead team " + team)
        .contains("Open your team's week");
    assertThat(driver.findElements(By.cssSelector("#days section"))).isEmpty();
    assertThat(driver.findElement(By.id("downloads-section")).isDisplayed()).isFalse();
    shot("team-lead-refused.png");
    // and its printable page answers in words, not with the API's JSON
    driver.get(base + "/api/teams/" + other + "/schedule/print?week=" + PublishedDemoWeek.MONDAY);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("403");
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("Your role may not see or change this.", "Start page");
    assertThat(driver.getPageSource()).doesNotContain("<tr class=\"visit\">", "\"message\"");

    // the printable page saved as a file reads without the server, its days written as the page's
    driver.get(base + "/team.html?week=" + PublishedDemoWeek.MONDAY);
    waitFor("team", "ready");
    String print = fetchInPage("document.getElementById('download-print').href");
    Path saved = Path.of("target", "offline", "week-" + team + ".html").toAbsolutePath();
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, print, StandardCharsets.UTF_8);
    driver.get(saved.toUri().toString());
    assertThat(driver.findElements(By.cssSelector("tr.visit"))).hasSize(visits.size());
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("week of 23 Nov 2026");
    assertThat(driver.findElements(By.cssSelector("svg.sketch circle"))).hasSize(visits.size());
    assertThat(
            driver.findElements(By.cssSelector("section.day:not(.free) h2")).stream()
                .map(WebElement::getText)
                .toList())
        .isEqualTo(dayTitles);
    driver.manage().window().setSize(new Dimension(900, 1200));
    shot("team-lead-print.png");

    // signing out leaves no copy of the week in the browser
    driver.get(base + "/team.html?week=" + PublishedDemoWeek.MONDAY);
    waitFor("team", "ready");
    Waits.browser(driver)
        .until(d -> Boolean.TRUE.equals(script("return window.outreachTeam.offlineReady")));
    assertThat(cacheCount()).isPositive();
    driver.findElement(By.id("logout")).click();
    Waits.browser(driver).until(d -> d.getCurrentUrl().endsWith("/login?logout"));
    assertThat(cacheCount()).isZero();
  }

  @Test
  void aPlannerPlansTheWeekFromTheDashboardFollowsItAndPublishes() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/dashboard.html");
    waitFor("dashboard", "ready");
    // the completion tables download as spreadsheets
    assertThat(driver.findElement(By.id("commune-xlsx")).getAttribute("href"))
        .endsWith("/api/communes/completion.xlsx");
    assertThat(driver.findElement(By.id("village-xlsx")).getAttribute("href"))
        .endsWith("/api/villages/completion.xlsx");
    assertThat(driver.findElement(By.id("commune-xlsx")).getText())
        .isEqualTo("Download as a spreadsheet (XLSX)");
    new Select(driver.findElement(By.id("solve-area"))).selectByValue(PublishedDemoWeek.DAN_HOA);
    WebElement week = driver.findElement(By.id("solve-week"));
    script("document.getElementById('solve-week').value = '" + PublishedDemoWeek.MONDAY + "'");
    assertThat(week.getAttribute("value")).isEqualTo(PublishedDemoWeek.MONDAY);
    WebElement seconds = driver.findElement(By.id("solve-seconds"));
    seconds.clear();
    seconds.sendKeys("4");
    // the page is watched while it solves: the solve runs its whole time (WebTest ends it early)
    int steps = settings.unimprovedStepLimit();
    settings.unimprovedStepLimit(0);
    try {
      driver.findElement(By.id("solve-start")).click();
      Waits.until("the solve to start").until(() -> TestTables.count(jdbc, "schedule_plan") > 0);
    } finally {
      settings.unimprovedStepLimit(steps);
    }

    // live progress while it solves
    Waits.browser(driver).until(d -> text("solve-status").startsWith("Solving"));
    script("document.getElementById('schedules-title').scrollIntoView()");
    shot("planner-schedule-solving.png");
    Waits.browser(driver)
        .until(d -> ((Long) script("return window.outreachSchedules.history")) > 0);

    Waits.browser(driver, Duration.ofSeconds(120))
        .until(d -> "solved".equals(d.findElement(By.id("schedules")).getAttribute("data-state")));
    assertThat(text("solve-status")).startsWith("Finished: draft");
    WebElement publish = driver.findElement(By.id("plan-publish"));
    Waits.browser(driver).until(d -> publish.isEnabled());
    int planned = TestTables.count(jdbc, "schedule_visit");
    assertThat(driver.findElements(By.cssSelector("#review-visits tbody tr"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#review-constraints tbody tr"))).isNotEmpty();
    assertThat(script("return window.outreachSchedules.reviewedVisits")).isEqualTo((long) planned);
    script("document.getElementById('plan-review').scrollIntoView()");
    shot("planner-schedule-review.png");
    assertThat(driver.findElement(By.id("review-xlsx")).getAttribute("href"))
        .endsWith(
            "/api/schedules/"
                + driver.findElement(By.id("plan-review")).getAttribute("data-plan")
                + "/visits.xlsx");

    publish.click();
    driver.findElement(By.id("publish-confirm")).click();
    Waits.browser(driver).until(d -> script("return window.outreachSchedules.published") != null);
    assertThat(text("publish-status")).startsWith("Published.");
    assertThat(jdbc.queryForObject("SELECT status FROM schedule_plan", String.class))
        .isEqualTo("PUBLISHED");
    assertThat(driver.findElement(By.cssSelector("#plans-table tbody tr")).getText())
        .contains("published", "Dân Hóa");
  }

  /** The caches the page's origin keeps (the team page's service worker keeps one). */
  private long cacheCount() {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "caches.keys().then(k => done(k.length));");
  }

  private String fetchInPage(String urlExpression) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch("
                    + urlExpression
                    + ").then(r => r.text()).then(done, e => done('failed: ' + e));");
  }

  private void waitFor(String id, String state) {
    try {
      Waits.browser(driver)
          .until(d -> state.equals(d.findElement(By.id(id)).getAttribute("data-state")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "#"
              + id
              + " is '"
              + driver.findElement(By.id(id)).getAttribute("data-state")
              + "', not '"
              + state
              + "': "
              + driver.findElement(By.id(id)).getText(),
          e);
    }
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private Object script(String js) {
    return browser.script(js);
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name), png);
  }
}
