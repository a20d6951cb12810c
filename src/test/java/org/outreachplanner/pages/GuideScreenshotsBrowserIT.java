package org.outreachplanner.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;

/**
 * The screenshots of the user guides and the README (docs/images), retaken on demand from the demo
 * as {@code outreach demo} leaves it (its showcase plans published): {@code ./outreach test
 * -Dit.test='GuideScreenshots*BrowserIT' -Ddocs.screenshots=true}. Skipped otherwise, so the suite
 * never rewrites docs/. Wide pictures at 1366x768, phone ones at 390x844. The pictures of the field
 * (search, coverage, reports, imports, solving, offline) are {@link
 * GuideScreenshotsFieldBrowserIT}'s.
 */
@WebTest
class GuideScreenshotsBrowserIT extends GuideScreenshotsSupport {

  @Test
  void thePlannersPicturesShowTheShowcase() throws IOException {
    String base = pictures.base;
    pictures.browser.viewport(1366, 768, false);
    driver.manage().deleteAllCookies();
    driver.get(base + "/login");
    pictures.browser.language("en");
    driver.get(base + "/login");
    pictures.waitFor("#login-submit", null);
    pictures.shot("login.png");

    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    pictures.browser.language("en");
    pictures.openMap();
    pictures.shot("map.png");
    pictures.open(base + "/dashboard.html", "#dashboard", "ready");
    pictures.shot("planner-dashboard.png");

    // a draft of the four weeks after the published ones, under review
    long draft = draft(base);
    pictures.open(base + "/dashboard.html", "#dashboard", "ready");
    driver.findElement(By.cssSelector("#plans-table button[data-plan='" + draft + "']")).click();
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(
            d ->
                String.valueOf(draft)
                    .equals(
                        String.valueOf(
                            pictures.script("return window.outreachSchedules.reviewed"))));
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(d -> d.findElement(By.id("plan-map")).getAttribute("data-stops") != null);
    pictures.script("document.getElementById('plan-review').scrollIntoView()");
    pictures.shot("planner-plan-review.png");
    driver.findElement(By.id("plan-publish")).click();
    pictures.shot("planner-publish-confirm.png");
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);

    pictures.browser.language("vi");
    pictures.openMap();
    pictures.shot("map-vietnamese.png");
    pictures.browser.viewport(390, 844, true);
    pictures.openMap();
    pictures.shot("planner-map-phone-vi.png");
    pictures.browser.language("en");
    pictures.open(base + "/dashboard.html", "#dashboard", "ready");
    pictures.shot("planner-dashboard-phone.png");
  }

  @Test
  void theTeamLeadsPicturesShowTheCentreTeamsWeek() throws IOException {
    // the lead of the centre's team, on a phone
    String base = pictures.base;
    pictures.browser.viewport(390, 844, true);
    pictures.signInAs(base, TestUsers.TEAM_LEAD);
    pictures.open(base + "/team.html", "#team", "ready");
    pictures.shot("team-lead-week.png");
    // its printable page, saved as a file as the page's link saves it
    String print =
        (String)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('download-print').href)"
                        + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
    Path saved = Path.of("target", "offline", "guide-week.html").toAbsolutePath();
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, print, StandardCharsets.UTF_8);
    pictures.browser.viewport(900, 1200, false);
    driver.get(saved.toUri().toString());
    pictures.waitFor("svg.sketch", null);
    pictures.shot("team-lead-print.png");
    pictures.browser.viewport(1366, 768, false);
    pictures.openMap();
    pictures.shot("team-lead-map.png");
  }

  @Test
  void thePartnersPictureShowsTheDeadZones() throws IOException {
    String base = pictures.base;
    pictures.browser.viewport(1366, 768, false);
    pictures.signInAs(base, TestUsers.PARTNER);
    pictures.open(base + "/dead-zones.html", "body", "ready");
    pictures.shot("partner-report.png");
  }

  /** Plans the four weeks after the published ones of Dân Hóa, as a draft; answers its id. */
  private long draft(String base) {
    ApiClient api = ApiClient.as(port, TestUsers.PLANNER);
    LocalDate published =
        jdbc.queryForObject(
            "SELECT max(first_week) FROM schedule_plan WHERE area_code = ?",
            LocalDate.class,
            GuidePictures.DAN_HOA);
    ApiClient.Response started =
        api.send(
            "POST",
            "/api/schedules",
            "{\"area\":\""
                + GuidePictures.DAN_HOA
                + "\",\"first_week\":\""
                + published.plusWeeks(4)
                + "\",\"weeks\":4,\"seconds\":5}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    JsonNode plan = Waits.solveOver(api, id);
    assertThat(plan.path("status").asText()).as(plan.toString()).isEqualTo("DRAFT");
    return id;
  }
}
