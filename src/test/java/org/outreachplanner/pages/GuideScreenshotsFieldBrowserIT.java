package org.outreachplanner.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.outreachplanner.schedule.ScheduleSettings;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.LocalForwarder;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The guides' pictures of the work in the field, from the same demo as {@link
 * GuideScreenshotsBrowserIT}: the search and the coverage popup, a report conflict and a refused
 * upload, a solve in progress, and the team lead's week without a connection and report form. On
 * demand only: {@code -Ddocs.screenshots=true}.
 */
@WebTest
class GuideScreenshotsFieldBrowserIT extends GuideScreenshotsSupport {

  @Autowired ScheduleSettings settings;

  @Test
  void thePlannersMapFindsAndTellsCoverage() throws IOException {
    pictures.browser.viewport(1366, 768, false);
    pictures.signInAs(pictures.base, TestUsers.PLANNER);
    pictures.open(pictures.base + "/", "#map", "ready");
    driver.findElement(By.id("village-search")).sendKeys("ca roong");
    wait(d -> !d.findElements(By.cssSelector("#search-results .result")).isEmpty());
    driver.findElement(By.cssSelector("#search-results .result")).click();
    popupShown();
    pictures.shot("planner-map-search.png");

    // a village of the dead zone leaving out the most households, the zones shown
    String village =
        jdbc.queryForObject(
            "SELECT village_codes[1] FROM dead_zone ORDER BY households DESC, id LIMIT 1",
            String.class);
    pictures.open(pictures.base + "/", "#map", "ready");
    pictures.script(
        "for (const l of document.querySelectorAll('.leaflet-control-layers-overlays label'))"
            + " { if (l.textContent.includes('Dead zones')) l.querySelector('input').click(); }");
    pictures.script("window.outreachMap.openVillage(arguments[0])", village);
    wait(
        d ->
            d.findElements(By.cssSelector(".leaflet-popup-content dd.coverage")).stream()
                .anyMatch(e -> !e.getText().isEmpty() && !e.getText().contains("loading")));
    popupShown();
    pictures.shot("planner-map-coverage.png");
  }

  @Test
  void theDashboardShowsAConflictAndARefusedUpload() throws IOException {
    // the centre team's lead sends a report, then again under the same id with other figures
    String village =
        jdbc.queryForObject(
            "SELECT min(code) FROM village WHERE commune_code = ?",
            String.class,
            GuidePictures.DAN_HOA);
    ApiClient lead = ApiClient.as(port, TestUsers.TEAM_LEAD);
    UUID id = UUID.nameUUIDFromBytes("guide-conflict".getBytes());
    ApiClient.Response first = lead.send("POST", "/api/visit-reports", report(id, village, 12));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    ApiClient.Response again = lead.send("POST", "/api/visit-reports", report(id, village, 13));
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    pictures.browser.viewport(1366, 768, false);
    pictures.signInAs(pictures.base, TestUsers.PLANNER);
    pictures.open(pictures.base + "/dashboard.html", "#dashboard", "ready");
    wait(d -> !d.findElements(By.cssSelector("#conflicts .conflict")).isEmpty());
    pictures.script("document.getElementById('field-reports').scrollIntoView({block: 'start'})");
    pictures.shot("planner-report-conflict.png");

    Path bad = Path.of("src/test/resources/imports/villages-bad.csv").toAbsolutePath();
    new Select(driver.findElement(By.id("import-kind"))).selectByValue("villages");
    driver.findElement(By.id("import-file")).sendKeys(bad.toString());
    driver.findElement(By.id("import-submit")).click();
    wait(d -> "rejected".equals(pictures.script("return window.outreachDashboard.upload")));
    // the refusal and its problems, under the page's header
    pictures.script(
        "document.getElementById('import-status').scrollIntoView({block: 'start'});"
            + " window.scrollBy(0, -70)");
    pictures.shot("planner-import-problems.png");
  }

  @Test
  void theDashboardFollowsASolve() throws IOException {
    LocalDate published =
        jdbc.queryForObject(
            "SELECT max(first_week) FROM schedule_plan WHERE area_code = ?",
            LocalDate.class,
            GuidePictures.DAN_HOA);
    pictures.browser.viewport(1366, 768, false);
    pictures.signInAs(pictures.base, TestUsers.PLANNER);
    pictures.open(pictures.base + "/dashboard.html", "#dashboard", "ready");
    new Select(driver.findElement(By.id("solve-area"))).selectByValue(GuidePictures.DAN_HOA);
    pictures.script(
        "document.getElementById('solve-week').value = arguments[0]",
        published.plusWeeks(4).toString());
    WebElement seconds = driver.findElement(By.id("solve-seconds"));
    seconds.clear();
    seconds.sendKeys("6");
    // the solve runs its whole time while the page is watched
    int steps = settings.unimprovedStepLimit();
    settings.unimprovedStepLimit(0);
    try {
      driver.findElement(By.id("solve-start")).click();
      wait(d -> d.findElement(By.id("solve-status")).getText().startsWith("Solving"));
      wait(d -> ((Long) pictures.script("return window.outreachSchedules.history")) > 0);
      pictures.script("document.getElementById('schedules-title').scrollIntoView()");
      pictures.shot("planner-schedule-solving.png");
      Waits.browser(driver, Waits.SOLVE_DEADLINE)
          .until(
              d -> "solved".equals(d.findElement(By.id("schedules")).getAttribute("data-state")));
    } finally {
      settings.unimprovedStepLimit(steps);
    }
    // finished: the draft under review, below the solve's last words
    WebElement publish = driver.findElement(By.id("plan-publish"));
    wait(d -> publish.isEnabled());
    pictures.script("document.getElementById('schedules-title').scrollIntoView()");
    pictures.shot("planner-schedule-review.png");
  }

  @Test
  void theTeamLeadReportsAndWorksWithoutAConnection() throws IOException {
    try (LocalForwarder server = new LocalForwarder(0, port)) {
      String base = "http://localhost:" + server.port();
      pictures.browser.viewport(390, 844, true);
      pictures.signInAs(base, TestUsers.TEAM_LEAD);
      pictures.open(base + "/team.html", "#team", "ready");
      wait(d -> Boolean.TRUE.equals(pictures.script("return window.outreachTeam.offlineReady")));

      WebElement form = reportForm();
      form.findElement(By.cssSelector("input[name=reached][value=yes]")).click();
      for (String[] field :
          new String[][] {{"householdsHelped", "12"}, {"activationsCompleted", "8"}}) {
        form.findElement(By.name(field[0])).sendKeys(field[1]);
      }
      pictures.script("document.activeElement.blur(); arguments[0].scrollIntoView()", form);
      pictures.shot("team-lead-report.png");

      server.stopAndWait();
      driver.navigate().refresh();
      pictures.waitFor("#team", "offline");
      pictures.script("window.scrollTo(0, 0)");
      pictures.shot("team-lead-offline.png");
    }
  }

  /** Opens the report form of the week's first visit. */
  private WebElement reportForm() {
    Waits.browser(driver)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElements(By.cssSelector("#reports .report-open")).get(0).click();
              return true;
            });
    return Waits.browser(driver).until(d -> d.findElement(By.id("report-form")));
  }

  /** A reached visit of yesterday, as the team page sends it. */
  private static String report(UUID id, String village, int households) {
    LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
    return """
        {"reports": [{"id": "%s", "team": "%s", "village": "%s", "visitDate": "%s",
         "reached": true, "startTime": "08:40", "endTime": "11:15", "householdsHelped": %d,
         "activationsCompleted": 8, "simCardsHandedOut": 5, "phonesLent": 1, "phonesReturned": 0,
         "signal": [{"operator": "Viettel", "level": "WEAK"}]}]}
        """
        .formatted(id, GuidePictures.CENTRE_TEAM, village, yesterday, households);
  }

  /** Waits until a popup is open and faded in. */
  private void popupShown() {
    wait(d -> !d.findElements(By.cssSelector(".leaflet-popup-content")).isEmpty());
    wait(
        d ->
            "1"
                .equals(
                    pictures.script(
                        "return getComputedStyle(document.querySelector('.leaflet-popup')).opacity")));
    pictures.settled();
  }

  private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
    Waits.browser(driver).until(condition);
  }
}
