package org.outreachplanner.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.PageAudit;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page of the demo week, as each role opens it, in English and Vietnamese, at 1366x768 and
 * 390x844: axe-core finds no serious or critical violation, a Vietnamese page shows no English text
 * of the bundles, the browser's console logs no error and the page does not scroll sideways. What
 * is found is written to target/page-audit.txt. The partner page with dead zones is checked the
 * same way in coverage.PartnerPageBrowserIT.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAuditBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");
  static final Path REPORT = Path.of("target", "page-audit.txt");

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  final List<HeadlessChromium> browsers = new ArrayList<>();
  final List<String> found = new ArrayList<>();
  String team;

  /** The demo week, planned and published once for both tests (neither changes it). */
  @BeforeAll
  void start() {
    PublishedDemoWeek.load(jdbc, imports);
    PublishedDemoWeek.planAndPublish(ApiClient.as(port, TestUsers.PLANNER), 4);
    team = PublishedDemoWeek.busiestTeam(jdbc);
    TestUsers.bindLead(jdbc, team);
  }

  @AfterEach
  void stop() throws IOException {
    for (HeadlessChromium b : browsers) {
      b.close();
    }
    browsers.clear();
  }

  /** A browser signed in as the user (signed out for null), its pages in the language. */
  private HeadlessChromium browser(TestUsers.TestUser user, String lang) {
    HeadlessChromium b;
    try {
      b = HeadlessChromium.start();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    browsers.add(b);
    WebDriver d = b.driver();
    d.get(base() + "/login");
    d.manage().addCookie(new Cookie("lang", lang));
    if (user != null) {
      BrowserLogin.signIn(d, base(), user);
    }
    b.browserErrors();
    return b;
  }

  private String base() {
    return "http://localhost:" + port;
  }

  /** The language of the browser's next pages (the cookie the pages read). */
  private static void language(HeadlessChromium b, String lang) {
    b.driver().manage().addCookie(new Cookie("lang", lang));
  }

  @Test
  void everyPageIsAccessibleInItsLanguageWithoutConsoleErrors() throws IOException {
    // one browser a role for both languages: the language is a cookie, the page is loaded again
    HeadlessChromium planner = browser(TestUsers.PLANNER, "en");
    HeadlessChromium lead = browser(TestUsers.TEAM_LEAD, "en");
    HeadlessChromium nobody = browser(null, "en");
    for (String lang : List.of("en", "vi")) {
      for (HeadlessChromium b : List.of(planner, lead, nobody)) {
        language(b, lang);
      }
      for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
        audit(nobody, "login", "/login", lang, size, d -> ready(d, "#login-submit", null));
        audit(planner, "index", "/", lang, size, d -> ready(d, "#map", "ready"));
        audit(
            planner,
            "dashboard",
            "/dashboard.html",
            lang,
            size,
            d -> ready(d, "#dashboard", "ready"));
        audit(planner, "team-choose", "/team.html", lang, size, d -> ready(d, "#team", "choose"));
        audit(
            planner,
            "team-planner",
            "/team.html?team=" + team,
            lang,
            size,
            d -> ready(d, "#team", "ready"));
        audit(lead, "team", "/team.html", lang, size, d -> ready(d, "#team", "ready"));
        audit(
            planner, "dead-zones", "/dead-zones.html", lang, size, d -> ready(d, "body", "ready"));
      }
    }
    Files.createDirectories(REPORT.getParent());
    Files.write(REPORT, found);
    assertThat(found).as("see %s", REPORT).isEmpty();
  }

  @Test
  void thePlannerMapDownloadsItsViewAsAnImageAndEachLayerAsCsv() throws IOException {
    HeadlessChromium planner = browser(TestUsers.PLANNER, "en");
    WebDriver d = planner.driver();
    d.get(base() + "/");
    new WebDriverWait(d, Waits.DEADLINE).until(x -> ready(x, "#map", "ready"));
    d.findElement(By.cssSelector(".map-export-toggle")).click();
    d.findElement(By.cssSelector(".map-export-png")).click();
    new WebDriverWait(d, Waits.DEADLINE)
        .until(
            x ->
                planner.script(
                        "return window.outreachExport.last && window.outreachExport.last.kind")
                    != null);
    assertThat(planner.script("return window.outreachExport.last.kind")).isEqualTo("png");
    assertThat((Long) planner.script("return window.outreachExport.last.height"))
        .isGreaterThan(200L);
    d.findElement(By.cssSelector(".map-export-csv")).click();
    int villages = jdbc.queryForObject("SELECT count(*) FROM village", Integer.class);
    assertThat(
            d.findElements(By.cssSelector(".map-export-files a")).stream()
                .map(a -> a.getText())
                .toList())
        .contains("Villages (" + villages + " rows)");
    String csv =
        (String)
            planner.script(
                "return window.outreachExport.last.files.find(f => f.name === 'villages.csv').text");
    assertThat(csv.lines().count()).isEqualTo(villages + 1L);
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFid,").endsWith(",lon,lat");
    Files.createDirectories(SHOTS);
    Files.write(
        SHOTS.resolve("planner-map-export.png"),
        ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
  }

  private static Boolean ready(WebDriver d, String css, String state) {
    var found = d.findElements(By.cssSelector(css));
    return !found.isEmpty()
        && (state == null || state.equals(found.get(0).getAttribute("data-state")));
  }

  private void audit(
      HeadlessChromium b,
      String name,
      String path,
      String lang,
      int[] size,
      Function<WebDriver, Boolean> ready)
      throws IOException {
    WebDriver d = b.driver();
    b.viewport(size[0], size[1]);
    d.get(base() + path);
    new WebDriverWait(d, Waits.DEADLINE).until(ready::apply);
    String where = name + " " + lang + " " + size[0] + ": ";
    for (String v : PageAudit.seriousViolations(d)) {
      found.add(where + "axe " + v.replaceAll(" at .*", ""));
    }
    if (lang.equals("vi")) {
      for (String english : PageAudit.englishLeft(d)) {
        found.add(where + "English \"" + english + "\"");
      }
    }
    long sideways = PageAudit.sidewaysScroll(d);
    if (sideways > 0) {
      found.add(where + "scrolls sideways " + sideways + " px");
    }
    for (String error : PageAudit.consoleErrors(b)) {
      found.add(
          where
              + "console "
              + error.replaceAll("\\d+:\\d+", "").replaceAll("https?://localhost:\\d+", ""));
    }
    Files.createDirectories(SHOTS);
    Files.write(
        SHOTS.resolve("audit-" + name + "-" + lang + "-" + size[0] + ".png"),
        ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
  }
}
