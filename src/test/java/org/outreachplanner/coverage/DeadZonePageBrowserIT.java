package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The printable dead-zone report and the coverage layers of the map, in headless Chromium. */
@WebTest
class DeadZonePageBrowserIT {

  /** Screenshots for the user guides (docs/images). */
  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;

  @BeforeEach
  void start() throws IOException {
    new CoverageFixture(jdbc).load();
    CoverageFixture.service(dataSource, false).recompute(true, null);
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  private void signIn(TestUsers.TestUser user) {
    BrowserLogin.signIn(driver, "http://localhost:" + port, user);
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPartnerGetsTheRankedReportItsDownloadsAndNoVillageFigures() throws IOException {
    signIn(TestUsers.PARTNER);
    assertThat(driver.getCurrentUrl()).endsWith("/partner.html");
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("partner")).getAttribute("data-state")));
    List<WebElement> rows = driver.findElements(By.cssSelector("#zones tbody tr"));
    assertThat(rows).hasSize(2);
    // both zones are below the privacy thresholds (zone 1: V1 and V2, 150 households; zone 2:
    // V4, 10), so a partner gets neither their counts nor their names, and they rank by id
    assertThat(rows.get(0).getText())
        .startsWith("1 1 0.325 not shown not shown not shown not shown");
    assertThat(rows.get(1).getText()).startsWith("2 ").contains("not shown").doesNotContain("Bản");
    for (String kind : List.of("csv", "geojson", "kml", "gpkg")) {
      assertThat(driver.findElement(By.id("dl-" + kind)).getAttribute("href"))
          .endsWith("/api/dead-zones/report." + kind + "?sort=households");
    }
    // another sort key ranks again and moves the downloads with it
    new Select(driver.findElement(By.id("sort"))).selectByValue("area");
    Waits.browser(driver)
        .until(
            d ->
                d.findElement(By.id("dl-csv"))
                    .getAttribute("href")
                    .endsWith("report.csv?sort=area"));
    assertThat(driver.findElement(By.id("zones")).getText()).doesNotContain("Bản V");
    // no village layer, no planner map, nothing read per village
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertThat(js.executeScript("return window.outreachMap === undefined")).isEqualTo(true);
    assertThat(js.executeScript("return window.deadZoneReport.drawn")).isEqualTo(2L);
    assertThat(driver.findElements(By.cssSelector(".leaflet-marker-icon, #map"))).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> fetched =
        (List<String>)
            js.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(fetched)
        .noneMatch(url -> url.contains("/api/villages") || url.contains("/api/coverage"))
        .anyMatch(url -> url.contains("/api/dead-zones/report?sort="));
    String text = driver.findElement(By.tagName("body")).getText();
    assertThat(text).doesNotContain("completion", "eligible", "Level-2 e-ID done");
    new Select(driver.findElement(By.id("sort"))).selectByValue("households");
    Waits.browser(driver)
        .until(d -> d.findElement(By.id("dl-csv")).getAttribute("href").endsWith("=households"));
    shot("partner-report.png");
  }

  @Test
  void theReportListsTheZonesRankedWithTheirMethodAndDownloads() {
    signIn(TestUsers.PLANNER);
    driver.get("http://localhost:" + port + "/partner.html");
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));

    List<WebElement> rows = driver.findElements(By.cssSelector("#zones tbody tr"));
    assertThat(rows).hasSize(2);
    // zone 1 has two villages, fewer than 3: its counts are not shown, to a planner neither
    assertThat(rows.get(0).getText())
        .startsWith("1 1 0.325 Bản V1; Bản V2 not shown not shown not shown");
    assertThat(rows.get(1).getText()).contains("Bản V4", "not shown");
    assertThat(driver.findElement(By.id("privacy")).getText())
        .contains("fewer than 3 villages or 30 households");
    assertThat(driver.findElement(By.id("method")).getText()).contains("500 m across");
    assertThat(driver.findElement(By.id("dl-gpkg")).getAttribute("href"))
        .endsWith("/api/dead-zones/report.gpkg?sort=households");
    assertThat(driver.findElement(By.id("dl-xlsx")).getAttribute("href"))
        .endsWith("/api/dead-zones/report.xlsx?sort=households");
    assertThat(((JavascriptExecutor) driver).executeScript("return window.deadZoneReport.drawn"))
        .isEqualTo(2L);
  }

  @Test
  void theMapOffersTheCoverageLayers() {
    signIn(TestUsers.PLANNER);
    driver.get("http://localhost:" + port + "/");
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    WebElement control = driver.findElement(By.cssSelector(".leaflet-control-layers"));
    String labels =
        (String)
            ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", control);
    assertThat(labels).contains("Dead zones (no usable signal)", "Coverage hexagons");
    ((JavascriptExecutor) driver)
        .executeScript(
            "for (const l of document.querySelectorAll('.leaflet-control-layers-overlays label'))"
                + " { if (l.textContent.includes('Dead zones')) l.querySelector('input').click(); }");
    Waits.browser(driver)
        .until(d -> "2".equals(d.findElement(By.id("map")).getAttribute("data-dead-zones")));
  }

  @Test
  void thePlannersDashboardCountsTheHouseholdsInDeadZones() {
    signIn(TestUsers.PLANNER);
    driver.get("http://localhost:" + port + "/dashboard.html");
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("dashboard")).getAttribute("data-state")));
    int households = jdbc.queryForObject("SELECT sum(households) FROM dead_zone", Integer.class);
    int zones = jdbc.queryForObject("SELECT count(*) FROM dead_zone", Integer.class);
    WebElement card = driver.findElement(By.id("dead-zone-card"));
    assertThat(card.getAttribute("data-households")).isEqualTo(String.valueOf(households));
    assertThat(card.findElement(By.cssSelector(".dead-zone-figures")).getText())
        .startsWith(households + " households")
        .endsWith("in " + zones + " dead zones, without usable signal.");
    assertThat(card.findElements(By.cssSelector("tbody tr"))).hasSize(zones);
  }

  @Test
  void aVillagePopupShowsItsCoverageBestAndPerOperator() throws IOException {
    signIn(TestUsers.PLANNER);
    driver.get("http://localhost:" + port + "/");
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.outreachMap.openVillage('V3');");
    WebElement coverage =
        Waits.browser(driver)
            .until(
                d -> {
                  List<WebElement> found =
                      d.findElements(By.cssSelector(".leaflet-popup-content dd.coverage"));
                  return found.isEmpty() || found.get(0).getText().contains("loading")
                      ? null
                      : found.get(0);
                });
    assertThat(coverage.getText()).isEqualTo("good (best: Viettel)");
    shot("planner-map-coverage.png");
    // the popup scrolls (its progress chart below): read its text whether scrolled into view or not
    String popup =
        driver.findElement(By.cssSelector(".leaflet-popup-content")).getAttribute("innerText");
    assertThat(popup).contains("Bản V3", "Residents", "300");
    assertThat(rows(js, "coverage-operator")).contains("Viettel: good", "VNPT: none");
    shot("planner-map-coverage.png");

    // V1 lies in dead zone 1, whose only reading is none
    js.executeScript("window.outreachMap.openVillage('V1');");
    Waits.browser(driver).until(d -> rows(js, "coverage-zone").contains("Dead zone: number 1"));
    // the popup of V3 may still be fading out: wait for the one of V1
    Waits.browser(driver)
        .until(
            d ->
                d.findElements(By.cssSelector(".leaflet-popup-content dd.coverage")).stream()
                    .anyMatch(e -> e.getText().startsWith("none")));
  }

  /** The popup's rows of a kind, as "term: value". */
  @SuppressWarnings("unchecked")
  private static List<String> rows(JavascriptExecutor js, String kind) {
    return (List<String>)
        js.executeScript(
            "return [...document.querySelectorAll('.leaflet-popup-content dt."
                + kind
                + "')]"
                + ".map(dt => dt.textContent + ': ' + dt.nextElementSibling.textContent)");
  }

  @Test
  void theCoverageHexagonsComeWithTheirLegend() {
    signIn(TestUsers.PLANNER);
    driver.get("http://localhost:" + port + "/");
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.outreachMap.openVillage('V1');");
    js.executeScript(
        "for (const l of document.querySelectorAll('.leaflet-control-layers-overlays label'))"
            + " { if (l.textContent.includes('Coverage hexagons')) l.querySelector('input').click(); }");
    String cells =
        Waits.browser(driver)
            .until(d -> d.findElement(By.id("map")).getAttribute("data-coverage-cells"));
    assertThat(Integer.parseInt(cells)).isPositive();
    String legend = driver.findElement(By.cssSelector(".legend-coverage")).getText();
    assertThat(legend).contains("Mobile coverage", "good", "fair", "poor", "none", "estimated");
  }
}
