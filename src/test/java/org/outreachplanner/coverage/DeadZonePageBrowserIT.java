package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The printable dead-zone report and the coverage layers of the map, in headless Chromium. */
@WebTest
class DeadZonePageBrowserIT {

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
    BrowserLogin.signIn(driver, "http://localhost:" + port, TestUsers.PLANNER);
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theReportListsTheZonesRankedWithTheirMethodAndDownloads() {
    driver.get("http://localhost:" + port + "/partner.html");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));

    List<WebElement> rows = driver.findElements(By.cssSelector("#zones tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).startsWith("1 1 0.325 Bản V1; Bản V2 150 600 not shown");
    assertThat(rows.get(1).getText()).contains("Bản V4", "not shown");
    assertThat(driver.findElement(By.id("privacy")).getText())
        .contains("fewer than 3 villages or 30 households");
    assertThat(driver.findElement(By.id("method")).getText()).contains("500 m across");
    assertThat(driver.findElement(By.id("dl-gpkg")).getAttribute("href"))
        .endsWith("/api/dead-zones/report.gpkg?sort=households");
    assertThat(((JavascriptExecutor) driver).executeScript("return window.deadZoneReport.drawn"))
        .isEqualTo(2L);
  }

  @Test
  void theMapOffersTheCoverageLayers() {
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, Duration.ofSeconds(30))
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
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "2".equals(d.findElement(By.id("map")).getAttribute("data-dead-zones")));
  }

  @Test
  void aVillagePopupShowsItsCoverageBestAndPerOperator() {
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.outreachMap.openVillage('V3');");
    WebElement coverage =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(
                d -> {
                  List<WebElement> found =
                      d.findElements(By.cssSelector(".leaflet-popup-content dd.coverage"));
                  return found.isEmpty() || found.get(0).getText().contains("loading")
                      ? null
                      : found.get(0);
                });
    assertThat(coverage.getText()).isEqualTo("good (best: Viettel)");
    String popup = driver.findElement(By.cssSelector(".leaflet-popup-content")).getText();
    assertThat(popup).contains("Bản V3", "Viettel: good", "VNPT: none");

    // V1 lies in dead zone 1, whose only reading is none
    js.executeScript("window.outreachMap.openVillage('V1');");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElement(By.cssSelector(".leaflet-popup-content"))
                    .getText()
                    .contains("In dead zone 1"));
    assertThat(driver.findElement(By.cssSelector(".leaflet-popup-content dd.coverage")).getText())
        .startsWith("none");
  }

  @Test
  void theCoverageHexagonsComeWithTheirLegend() {
    driver.get("http://localhost:" + port + "/");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.outreachMap.openVillage('V1');");
    js.executeScript(
        "for (const l of document.querySelectorAll('.leaflet-control-layers-overlays label'))"
            + " { if (l.textContent.includes('Coverage hexagons')) l.querySelector('input').click(); }");
    String cells =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(d -> d.findElement(By.id("map")).getAttribute("data-coverage-cells"));
    assertThat(Integer.parseInt(cells)).isPositive();
    String legend = driver.findElement(By.cssSelector(".legend-coverage")).getText();
    assertThat(legend).contains("Mobile coverage", "good", "fair", "poor", "none", "estimated");
  }
}
