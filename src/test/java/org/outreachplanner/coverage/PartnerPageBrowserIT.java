package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.PageAudit;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partners' dead-zone page in headless Chromium: the map with commune outlines and legend,
 * linked with the table both ways, the filters and their totals, a print whose map holds every
 * zone, the map export, and (both roles, both languages, 1366x768 and 390x844) no serious
 * accessibility violation, no English left in Vietnamese, no console error, no sideways scroll.
 */
@WebTest
class PartnerPageBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
  final List<HeadlessChromium> browsers = new ArrayList<>();

  @BeforeEach
  void start() {
    CoverageFixture fixture = new CoverageFixture(jdbc);
    fixture.load();
    // a third village in zone 1, so that its counts may be shown (see DeadZoneApiIT)
    fixture.village("V6", 6, 0, 5, 20, 10, 4, "no");
    CoverageFixture.service(dataSource, false).recompute(true, null);
  }

  @AfterEach
  void stop() throws IOException {
    for (HeadlessChromium b : browsers) {
      b.close();
    }
  }

  private HeadlessChromium open(TestUsers.TestUser user, String lang) throws IOException {
    HeadlessChromium b = HeadlessChromium.start();
    browsers.add(b);
    WebDriver d = b.driver();
    d.get(base() + "/login");
    d.manage().addCookie(new Cookie("lang", lang));
    BrowserLogin.signIn(d, base(), user);
    d.get(base() + "/partner.html");
    waitReady(d);
    return b;
  }

  private static void waitReady(WebDriver d) {
    Waits.browser(d)
        .until(x -> "ready".equals(x.findElement(By.tagName("body")).getAttribute("data-state")));
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static Object js(WebDriver d, String script, Object... args) {
    return ((JavascriptExecutor) d).executeScript(script, args);
  }

  private static void shot(WebDriver d, String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theMapAndTheTableAreLinkedBothWaysAndTheFiltersGiveTheirTotals() throws IOException {
    WebDriver d = open(TestUsers.PARTNER, "en").driver();
    Waits.browser(d)
        .until(x -> Long.valueOf(1).equals(js(x, "return window.deadZoneReport.communes")));
    assertThat(d.findElement(By.id("zone-legend")).getText())
        .contains("Dead zone (no usable signal)", "Zone chosen in the table", "Commune outline");
    assertThat(d.findElement(By.id("totals")).getText())
        .isEqualTo(
            "2 of 2 zones · 155 households · 620 residents · 0.49 km² · counts of 1 zone not shown");

    // a row chosen: its zone is highlighted on the map, which zooms to it
    d.findElement(By.cssSelector("#zones tbody tr[data-zone='2']")).click();
    assertThat(js(d, "return window.deadZoneReport.chosen")).isEqualTo("2");
    assertThat(d.findElement(By.cssSelector("tr[data-zone='2']")).getAttribute("class"))
        .contains("chosen");

    // a zone clicked on the map: its row is highlighted
    @SuppressWarnings("unchecked")
    Map<String, Object> point =
        (Map<String, Object>) js(d, "return window.deadZoneReport.zonePoint('1')");
    d.findElement(By.id("zone-map")).getLocation();
    WebElement map = d.findElement(By.id("zone-map"));
    js(d, "arguments[0].scrollIntoView(); window.deadZoneReport.fitAll()", map);
    @SuppressWarnings("unchecked")
    Map<String, Object> at =
        (Map<String, Object>) js(d, "return window.deadZoneReport.zonePoint('1')");
    shot(d, "partner-before-zone-click.png");
    int width = map.getSize().getWidth();
    int height = map.getSize().getHeight();
    new Actions(d)
        .moveToElement(
            map,
            ((Number) at.get("x")).intValue() - width / 2,
            ((Number) at.get("y")).intValue() - height / 2)
        .click()
        .perform();
    Waits.browser(d)
        .until(
            x ->
                x.findElement(By.cssSelector("tr[data-zone='1']"))
                    .getAttribute("class")
                    .contains("chosen"));
    assertThat(d.findElement(By.cssSelector("tr[data-zone='2']")).getAttribute("class"))
        .doesNotContain("chosen");

    // at least 100 households: the small zone (its count not shown) is left out, and the map too
    d.findElement(By.id("min-households")).sendKeys("100");
    Waits.browser(d).until(x -> x.findElements(By.cssSelector("#zones tbody tr")).size() == 1);
    assertThat(js(d, "return window.deadZoneReport.drawn")).isEqualTo(1L);
    assertThat(d.findElement(By.id("totals")).getText())
        .startsWith("1 of 2 zones · 155 households · 620 residents");
    d.findElement(By.id("min-households")).clear();
    js(d, "document.getElementById('min-households').dispatchEvent(new Event('input'))");
    Waits.browser(d).until(x -> x.findElements(By.cssSelector("#zones tbody tr")).size() == 2);
    shot(d, "partner-linked.png");

    // printing: the map takes its paper size and holds every zone
    js(d, "window.deadZoneReport.preparePrint()");
    assertThat(js(d, "return window.deadZoneReport.mapShowsAll()")).isEqualTo(true);
    js(d, "window.deadZoneReport.finishPrint()");
  }

  @Test
  void theMapViewDownloadsAsAnImageAndEachLayerAsCsv() throws IOException {
    WebDriver d = open(TestUsers.PLANNER, "en").driver();
    Waits.browser(d)
        .until(x -> Long.valueOf(1).equals(js(x, "return window.deadZoneReport.communes")));
    d.findElement(By.cssSelector(".map-export-toggle")).click();
    d.findElement(By.cssSelector(".map-export-png")).click();
    Waits.browser(d)
        .until(
            x ->
                js(x, "return window.outreachExport.last && window.outreachExport.last.kind")
                    != null);
    @SuppressWarnings("unchecked")
    Map<String, Object> png = (Map<String, Object>) js(d, "return window.outreachExport.last");
    assertThat(png.get("kind")).as(png.toString()).isEqualTo("png");
    assertThat(((Number) png.get("width")).intValue()).isGreaterThan(300);

    d.findElement(By.cssSelector(".map-export-csv")).click();
    List<WebElement> links = d.findElements(By.cssSelector(".map-export-files a"));
    assertThat(links)
        .extracting(WebElement::getText)
        .containsExactlyInAnyOrder("Commune outline (1 rows)", "Dead zones (2 rows)");
    String csv =
        (String)
            js(
                d,
                "return window.outreachExport.last.files.find(f => f.name === 'dead-zones.csv').text");
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFid,rank,area_km2");
    assertThat(csv.lines().count()).isEqualTo(3);
    shot(d, "partner-export.png");
  }

  @Test
  void everyRoleAndLanguageAndSizePassesTheChecks() throws IOException {
    List<String> found = new ArrayList<>();
    for (String lang : List.of("en", "vi")) {
      for (TestUsers.TestUser user : List.of(TestUsers.PARTNER, TestUsers.PLANNER)) {
        HeadlessChromium b = open(user, lang);
        WebDriver d = b.driver();
        for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
          b.viewport(size[0], size[1]);
          d.navigate().refresh();
          waitReady(d);
          String where = user.role() + " " + lang + " " + size[0] + ": ";
          PageAudit.seriousViolations(d).forEach(v -> found.add(where + v));
          if (lang.equals("vi")) {
            PageAudit.englishLeft(d).forEach(e -> found.add(where + "English \"" + e + "\""));
          }
          long sideways = PageAudit.sidewaysScroll(d);
          if (sideways > 0) {
            found.add(where + "scrolls sideways " + sideways + " px");
          }
          PageAudit.consoleErrors(b).forEach(e -> found.add(where + "console " + e));
          shot(d, "partner-" + user.role().toLowerCase() + "-" + lang + "-" + size[0] + ".png");
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
