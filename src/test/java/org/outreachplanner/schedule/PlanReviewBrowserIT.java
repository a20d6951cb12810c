package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner reviews a draft of the demo commune's week in planners' words, with a map of its
 * routes, and publishes it behind a confirmation that names the teams whose weeks change; the
 * changes against the published plan read the same before and after publishing. In English on a
 * laptop, then a second plan solved from the page in Vietnamese on a phone. Screenshots:
 * target/screenshots/plan-review-*.
 */
@WebTest
class PlanReviewBrowserIT {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

  @BeforeEach
  void start() throws IOException {
    PublishedDemoWeek.load(context);
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
  void aDraftIsToldInPlannersWordsWithItsMapAndPublishedAfterAConfirmation() throws IOException {
    ApiClient api = ApiClient.as(port, TestUsers.PLANNER);
    ApiClient.Response started = api.send("POST", "/api/schedules", PublishedDemoWeek.solveBody(3));
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long first = started.json().path("id").asLong();
    assertThat(Waits.solveOver(api, first).path("status").asText()).isEqualTo("DRAFT");
    int visits =
        jdbc.queryForObject(
            "SELECT count(*) FROM schedule_visit WHERE plan_id = ?", Integer.class, first);

    browser.viewport(1366, 768, false);
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    browser.language("en");
    open(first);
    assertThat(text("review-summary"))
        .contains(
            "0 households left out", "0 min on the road", "1 visit a team (28 teams)", "planned")
        .doesNotContain("hard", "soft");
    assertThat(text("review-title")).endsWith("· draft");
    assertThat(driver.findElement(By.cssSelector("#review-constraints tbody")).getText())
        .contains("must hold", "as far as it can")
        .doesNotContainPattern("-?\\d+hard/");
    assertThat(driver.findElement(By.cssSelector("#plans-table tbody tr")).getText())
        .contains("draft")
        .doesNotContain("DRAFT", "soft");
    String before = text("review-diff");
    assertThat(before)
        .isEqualTo(
            "No plan of this area and week was published before: all "
                + visits
                + " visits are new.");
    Waits.browser(driver)
        .until(
            d ->
                String.valueOf(visits)
                    .equals(d.findElement(By.id("plan-map")).getAttribute("data-stops")));
    assertThat(driver.findElements(By.cssSelector("#plan-map .stop-number"))).hasSize(visits);
    shot("plan-review-1366-en.png");

    // Escape keeps the draft; the dialog says what changes and for which teams
    driver.findElement(By.id("plan-publish")).click();
    assertThat(driver.findElement(By.id("publish-dialog")).isDisplayed()).isTrue();
    assertThat(text("publish-dialog-changes")).isEqualTo(before);
    assertThat(text("publish-dialog-teams")).startsWith("Teams whose weeks change: DH-T");
    shot("plan-review-confirm-1366-en.png");
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    Waits.browser(driver).until(d -> !d.findElement(By.id("publish-dialog")).isDisplayed());
    assertThat(status(first)).isEqualTo("DRAFT");

    // from the keyboard: the dialog opens on "keep it as a draft", the next button publishes
    driver.findElement(By.id("plan-publish")).click();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("publish-cancel");
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    Waits.browser(driver)
        .until(d -> String.valueOf(first).equals(String.valueOf(script("published"))));
    assertThat(status(first)).isEqualTo("PUBLISHED");
    assertThat(text("review-diff")).as("the changes after publishing").isEqualTo(before);
    assertThat(text("publish-status")).isEqualTo("Published. " + before);
    assertThat(browser.browserErrors()).isEmpty();

    // a second plan, solved from the page in Vietnamese on a phone, against the published one
    browser.viewport(390, 844, true);
    browser.language("vi");
    driver.get(base + "/dashboard.html");
    waitReady();
    new Select(driver.findElement(By.id("solve-area"))).selectByValue(PublishedDemoWeek.DAN_HOA);
    browser.script(
        "document.getElementById('solve-week').value = arguments[0]", PublishedDemoWeek.MONDAY);
    driver.findElement(By.id("solve-seconds")).clear();
    driver.findElement(By.id("solve-seconds")).sendKeys("3");
    driver.findElement(By.id("solve-start")).click();
    Waits.browser(driver).until(d -> text("solve-status").startsWith("Đang lập lịch"));
    assertThat(text("solve-status")).doesNotContain("–", "soft", "hard");
    Waits.browser(driver, Waits.SOLVE_DEADLINE)
        .until(d -> "solved".equals(d.findElement(By.id("schedules")).getAttribute("data-state")));
    assertThat(text("solve-status")).startsWith("Xong: bản nháp.");
    long second = ((Number) script("reviewed")).longValue();
    String against = text("review-diff");
    assertThat(against).startsWith("So với kế hoạch " + first + ": ");
    browser.script("document.getElementById('plan-review').scrollIntoView()");
    shot("plan-review-390-vi.png");
    driver.findElement(By.id("plan-publish")).click();
    assertThat(text("publish-dialog-changes")).isEqualTo(against);
    shot("plan-review-confirm-390-vi.png");
    driver.findElement(By.id("publish-confirm")).click();
    Waits.browser(driver)
        .until(d -> String.valueOf(second).equals(String.valueOf(script("published"))));
    assertThat(text("review-diff")).as("the changes after publishing").isEqualTo(against);
    assertThat(text("review-title")).endsWith("· đã công bố");
    assertThat(browser.browserErrors()).isEmpty();
  }

  private void open(long id) {
    driver.get(base + "/dashboard.html");
    waitReady();
    driver.findElement(By.cssSelector("#plans-table button[data-plan='" + id + "']")).click();
    Waits.browser(driver).until(d -> String.valueOf(id).equals(String.valueOf(script("reviewed"))));
    browser.script("document.getElementById('plan-review').scrollIntoView()");
  }

  private void waitReady() {
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("dashboard")).getAttribute("data-state")));
  }

  private String status(long id) {
    return jdbc.queryForObject("SELECT status FROM schedule_plan WHERE id = ?", String.class, id);
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private Object script(String field) {
    return browser.script("return window.outreachSchedules." + field);
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
