package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

/** The planner map's team routes of one day, from a published week, in headless Chromium. */
@WebTest
class TeamRoutesBrowserIT {

  private static final Path SCREENSHOT = Path.of("target", "screenshots", "team-routes.png");

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;

  @BeforeEach
  void start() throws Exception {
    PublishedDemoWeek.load(jdbc, imports);
    PublishedDemoWeek.planAndPublish(ApiClient.as(port, TestUsers.PLANNER), 2);
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theRoutesApiGivesEachVisitOfTheDayAlongTheRoads() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    JsonNode day = planner.json("/api/schedules/routes?date=" + PublishedDemoWeek.MONDAY);
    int visits =
        jdbc.queryForObject(
            "SELECT count(*) FROM schedule_visit sv JOIN schedule_plan p ON p.id = sv.plan_id"
                + " WHERE p.status = 'PUBLISHED' AND sv.visit_date = DATE '2026-11-23'",
            Integer.class);
    assertThat(day.path("features").size()).isEqualTo(visits).isPositive();
    for (JsonNode f : day.path("features")) {
      assertThat(f.path("geometry").path("type").asText()).isIn("LineString", "Point");
      assertThat(f.path("properties").path("arrival").asText()).matches("\\d{2}:\\d{2}");
    }
    assertThat(planner.get("/api/schedules/routes?date=23-11-2026").status()).isEqualTo(400);
    // a team lead reads their own team's week on their page, not every team's routes
    assertThat(ApiClient.as(port, TestUsers.TEAM_LEAD).get("/api/schedules/routes").status())
        .isEqualTo(403);
  }

  @Test
  void aPlannerTurnsOnTheTeamRoutesAndSeesTheFirstPublishedDay() throws IOException {
    BrowserLogin.signIn(driver, "http://localhost:" + port, TestUsers.PLANNER);
    driver.get("http://localhost:" + port + "/");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    WebElement overlay =
        driver.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
            .filter(l -> l.getAttribute("textContent").contains("Team routes"))
            .findFirst()
            .orElseThrow();
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].click();", overlay.findElement(By.cssSelector("input[type=checkbox]")));
    wait.until(d -> d.findElement(By.id("map")).getAttribute("data-routes") != null);
    String first =
        jdbc.queryForObject(
            "SELECT min(visit_date)::text FROM schedule_visit sv JOIN schedule_plan p"
                + " ON p.id = sv.plan_id WHERE p.status = 'PUBLISHED'"
                + " AND sv.visit_date >= current_date",
            String.class);
    assertThat(driver.findElement(By.id("map")).getAttribute("data-routes-date"))
        .isEqualTo(first == null ? "" : first);
    if (first != null) {
      assertThat(Integer.parseInt(driver.findElement(By.id("map")).getAttribute("data-routes")))
          .isPositive();
      assertThat(driver.findElement(By.cssSelector(".routes-status")).getText())
          .containsPattern("^\\d+ visits? by \\d+ teams? on ");
    }
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
