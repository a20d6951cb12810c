package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.MarkupNames;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Village, commune and team names holding markup ({@link MarkupNames}) are shown as text on the map
 * (popups, tooltips, the travel-time layer), the dashboard and the team's week, in a real headless
 * Chromium: nothing they hold becomes an element or runs.
 */
@WebTest
class MarkupNamesBrowserIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

  @BeforeEach
  void start() throws IOException {
    PublishedDemoWeek.load(jdbc, imports);
    PublishedDemoWeek.planAndPublish(ApiClient.as(port, TestUsers.PLANNER), 2);
    TestUsers.bindLead(jdbc, PublishedDemoWeek.busiestTeam(jdbc));
    MarkupNames.rename(jdbc);
    browser = HeadlessChromium.start();
    driver = browser.driver();
    base = "http://localhost:" + port;
    MarkupNames.watch(browser);
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPlannersMapTravelTimesAndDashboardShowMarkupAsText() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    waitFor(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    List<String> shown = MarkupNames.openEverything(browser);
    assertThat(String.join("\n", shown)).contains(MarkupNames.COMMUNE);
    // a village's popup gets its name with the village's own record
    String village =
        jdbc.queryForObject("SELECT code FROM village ORDER BY code LIMIT 1", String.class);
    browser.script("window.outreachMap.openVillage('" + village + "')");
    waitFor(
        d ->
            String.valueOf(
                    browser.script(
                        "return document.querySelector('.leaflet-popup-content')?.innerText"))
                .contains(MarkupNames.VILLAGE));
    MarkupNames.assertShownAsText(browser, "map", MarkupNames.VILLAGE, MarkupNames.COMMUNE);

    new Select(driver.findElement(By.cssSelector("#travel-form select[name=commune]")))
        .selectByValue(PublishedDemoWeek.DAN_HOA);
    waitFor(d -> "ready".equals(browser.script("return window.outreachMap.travelTimes.state")));
    shown = MarkupNames.openEverything(browser);
    assertThat(String.join("\n", shown)).contains(MarkupNames.VILLAGE, MarkupNames.COMMUNE);
    MarkupNames.assertShownAsText(browser, "travel-times", MarkupNames.COMMUNE);

    driver.get(base + "/dashboard.html");
    waitFor(d -> "ready".equals(d.findElement(By.id("dashboard")).getAttribute("data-state")));
    MarkupNames.assertShownAsText(browser, "dashboard", MarkupNames.VILLAGE, MarkupNames.COMMUNE);
  }

  @Test
  void aTeamLeadsWeekShowsMarkupAsText() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.TEAM_LEAD);
    driver.get(base + "/team.html?week=" + PublishedDemoWeek.MONDAY);
    waitFor(d -> "ready".equals(d.findElement(By.id("team")).getAttribute("data-state")));
    List<String> shown = MarkupNames.openEverything(browser);
    assertThat(String.join("\n", shown)).contains(MarkupNames.VILLAGE);
    MarkupNames.assertShownAsText(browser, "team", MarkupNames.VILLAGE, MarkupNames.TEAM);
  }

  private void waitFor(Function<WebDriver, Boolean> condition) {
    Waits.browser(driver).until(condition::apply);
  }
}
