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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
 * The team page as a lead and a planner use it, on a phone (390x844): a team without stock is told
 * the stock is not set rather than to bring nothing, the free days are listed, the text for SMS is
 * on the page with a button that copies it, and a planner picks the team from a list.
 */
@WebTest
class TeamPageBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;
  String team;

  @BeforeEach
  void start() throws IOException {
    PublishedDemoWeek.load(jdbc, imports);
    PublishedDemoWeek.planAndPublish(ApiClient.as(port, TestUsers.PLANNER), 4);
    team = PublishedDemoWeek.busiestTeam(jdbc);
    jdbc.update("DELETE FROM team_schedule_settings WHERE team_code = ?", team);
    browser = HeadlessChromium.start();
    driver = browser.driver();
    base = "http://localhost:" + port;
    browser.viewport(390, 844);
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  private void waitFor(String state) {
    Waits.browser(driver)
        .until(d -> state.equals(d.findElement(By.id("team")).getAttribute("data-state")));
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aLeadWithoutStockSeesItNotSetTheFreeDaysAndCopiesTheSmsText() throws IOException {
    TestUsers.bindLead(jdbc, team);
    BrowserLogin.signIn(driver, base, TestUsers.TEAM_LEAD);
    driver.get(base + "/team.html?week=" + PublishedDemoWeek.MONDAY);
    waitFor("ready");
    List<WebElement> bring = driver.findElements(By.cssSelector("#days .bring"));
    assertThat(bring).isNotEmpty();
    for (WebElement line : bring) {
      assertThat(line.getText())
          .contains("stock of SIM cards and loaner phones not set")
          .doesNotContain("0 SIM cards", "0 loaner phones");
    }
    assertThat(driver.findElements(By.cssSelector("#days section.day"))).hasSize(7);
    assertThat(driver.findElements(By.cssSelector("#days section.free")).get(0).getText())
        .contains("Free day");
    // the stops are numbered through the week, as on the map
    List<String> numbers =
        driver.findElements(By.cssSelector("#days li.visit")).stream()
            .map(li -> li.getAttribute("data-stop"))
            .toList();
    assertThat(numbers.get(0)).isEqualTo("1");
    assertThat(numbers.get(numbers.size() - 1)).isEqualTo(String.valueOf(numbers.size()));
    shot("team-lead-week-phone.png");

    WebElement sms =
        Waits.browser(driver)
            .until(
                d ->
                    d.findElement(By.id("sms-section")).isDisplayed()
                        ? d.findElement(By.id("sms-text"))
                        : null);
    assertThat(sms.getText()).contains("week of 23 Nov 2026");
    browser.script("document.getElementById('sms-copy').scrollIntoView()");
    driver.findElement(By.id("sms-copy")).click();
    Waits.browser(driver).until(d -> !d.findElement(By.id("sms-note")).getText().isEmpty());
    assertThat(browser.script("return window.outreachTeam.copied")).isEqualTo(true);
    assertThat(driver.findElement(By.id("sms-note")).getText()).startsWith("Copied");
    shot("team-lead-sms.png");
  }

  @Test
  void aPlannerPicksTheTeamFromAList() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/team.html?week=" + PublishedDemoWeek.MONDAY);
    waitFor("choose");
    Select teams = new Select(driver.findElement(By.id("team-code")));
    int count = jdbc.queryForObject("SELECT count(*) FROM team", Integer.class);
    assertThat(teams.getOptions()).hasSize(count + 1);
    shot("team-planner-choose.png");
    teams.selectByValue(team);
    waitFor("ready");
    assertThat(driver.getCurrentUrl()).contains("team=" + team, "week=" + PublishedDemoWeek.MONDAY);
    assertThat(browser.script("return window.outreachTeam.team")).isEqualTo(team);
    assertThat(
            new Select(driver.findElement(By.id("team-code")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(team);
  }
}
