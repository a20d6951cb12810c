package org.outreachplanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real headless Chromium: the dashboard's progress chart and stock card, a village's progress
 * in its popup, and the stock line of the team page on a phone-sized window. Screenshots go to
 * target/screenshots/.
 */
@WebTest
class ProgressBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");
  static final String TEAM = "TL-T01";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

  @BeforeEach
  void start() throws IOException {
    BorderCommunes.load(jdbc);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members)"
            + " VALUES (?, '03439', 'Tổ 1', ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)",
        TEAM);
    TestUsers.bindLead(jdbc, TEAM);
    jdbc.update(
        "INSERT INTO stock_movement (team_code, item, kind, quantity, day, recorded_by)"
            + " VALUES (?, 'SIM', 'RECEIVED', 40, current_date, 'test'),"
            + " (?, 'PHONE', 'RECEIVED', 6, current_date, 'test')",
        TEAM,
        TEAM);
    FieldReports.made(jdbc, TEAM, "V001", LocalDate.now(), 12, 8, 5, 2, null, Instant.now());
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
  void theDashboardDrawsTheProgressOfAnAreaAndEveryTeamsStock() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/dashboard.html");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> "shown".equals(progressState("progress")));
    assertThat(progressState("area")).isEqualTo("12");
    var area = driver.findElement(By.cssSelector("#progress-card input[name=area]"));
    area.clear();
    area.sendKeys("03439");
    driver.findElement(By.cssSelector("#progress-card button")).click();
    wait.until(d -> "03439".equals(progressState("area")));
    assertThat(driver.findElements(By.cssSelector("#progress-card svg.progress-chart circle")))
        .isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#progress-card .progress-teams")).getText())
        .contains(TEAM);
    // the link downloads the series shown as XLSX
    assertThat(driver.findElement(By.id("progress-xlsx")).getAttribute("href"))
        .endsWith("/api/progress.xlsx?area=03439&weeks=12");
    assertThat(driver.findElement(By.id("progress-xlsx")).isDisplayed()).isTrue();
    wait.until(
        d -> d.findElement(By.cssSelector("#stock-card tbody")).getText().contains("Bản Ka Lăng"));
    assertThat(driver.findElement(By.cssSelector("#stock-card tbody")).getText())
        .contains(TEAM, "35", "Bản Ka Lăng (2)");
    driver.findElement(By.id("progress-card")).getLocation();
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('progress-card').scrollIntoView()");
    shot("progress-dashboard.png");
  }

  @Test
  void theTeamPageShowsWhatTheTeamHasAndThePhonesStillOut() throws IOException {
    driver.manage().window().setSize(new Dimension(390, 844));
    BrowserLogin.signIn(driver, base, TestUsers.TEAM_LEAD);
    driver.get(base + "/team.html");
    Waits.browser(driver).until(d -> d.findElement(By.id("team-stock")).isDisplayed());
    assertThat(driver.findElement(By.id("team-stock")).getText())
        .contains("35 SIM cards", "4 loaner phones", "2 phones still out", "Bản Ka Lăng (2)");
    shot("progress-team-stock-phone.png");
  }

  @Test
  void aVillagesPopupShowsItsProgressAndWhereItsFigureComesFrom() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    driver.findElement(By.id("village-search")).sendKeys("ka lang");
    Waits.browser(driver)
        .until(d -> !d.findElements(By.cssSelector("#search-results .result")).isEmpty());
    driver.findElement(By.cssSelector("#search-results .result")).click();
    Waits.browser(driver)
        .until(d -> !d.findElements(By.cssSelector(".village-progress[data-loaded]")).isEmpty());
    assertThat(driver.findElement(By.cssSelector(".village-progress")).getText())
        .contains("Figure 95", "plus 8 activations reported since");
    shot("progress-village-popup.png");
  }

  private String progressState(String field) {
    Object value =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return window.outreachProgress && window.outreachProgress[arguments[0]]", field);
    return value == null ? null : value.toString();
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
