package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner opening a draft whose villages changed after it was solved sees, before publishing,
 * that they changed, in English and in Vietnamese, on a wide screen and on a phone; publishing it
 * anyway says it was published with that warning. Screenshots: target/screenshots/.
 */
@WebTest
class PlanInputsBrowserIT {

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String AREA = "Z0903";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

  @BeforeEach
  void start() throws IOException {
    TestTables.emptyCommune(jdbc, AREA, 103.9, 22.1);
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents, eligible,"
            + " eid_done) VALUES ('Z0903-01', ?, 'Bản <b>Hai</b>',"
            + " ST_SetSRID(ST_MakePoint(104.0, 22.2), 4326), 40, 160, 120, 0)",
        AREA);
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
  void aDraftWhoseVillagesChangedWarnsBeforePublishingInBothLanguages() throws IOException {
    ApiClient api = ApiClient.as(port, TestUsers.PLANNER);
    ApiClient.Response started =
        api.send(
            "POST",
            "/api/schedules",
            "{\"area\":\"" + AREA + "\",\"first_week\":\"2026-11-23\",\"seconds\":2}");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    long id = started.json().path("id").asLong();
    assertThat(Waits.solveOver(api, id).path("status").asText()).isEqualTo("DRAFT");

    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    open(id);
    assertThat(warning().isDisplayed()).as("no warning while nothing changed").isFalse();

    jdbc.update("UPDATE village SET households = 45 WHERE code = 'Z0903-01'");

    open(id);
    assertThat(warning().getText())
        .isEqualTo(
            "Before publishing: the villages of the area changed after this plan was solved;"
                + " solve again to plan on them.");
    shot("planner-plan-inputs-changed.png");

    driver.get(base + "/api/i18n?lang=vi");
    driver.manage().window().setSize(new Dimension(412, 915));
    open(id);
    assertThat(warning().getText())
        .isEqualTo(
            "Trước khi công bố: dữ liệu thôn bản của khu vực đã thay đổi sau khi lập lịch này;"
                + " hãy lập lịch lại để dùng dữ liệu mới.");
    shot("planner-plan-inputs-changed-phone.png");

    WebElement publish = driver.findElement(By.id("plan-publish"));
    Waits.browser(driver).until(d -> publish.isEnabled());
    publish.click();
    driver.findElement(By.id("publish-confirm")).click();
    Waits.browser(driver)
        .until(d -> String.valueOf(id).equals(String.valueOf(script("published"))));
    assertThat(warning().getText())
        .startsWith("Đã công bố, dù dữ liệu thôn bản của khu vực đã thay đổi");
    assertThat(
            jdbc.queryForObject("SELECT status FROM schedule_plan WHERE id = ?", String.class, id))
        .isEqualTo("PUBLISHED");
  }

  /** Opens the dashboard and the plan's review, and waits until the review shows it. */
  private void open(long id) {
    driver.get(base + "/dashboard.html");
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("dashboard")).getAttribute("data-state")));
    driver.findElement(By.cssSelector("#plans-table button[data-plan='" + id + "']")).click();
    Waits.browser(driver).until(d -> String.valueOf(id).equals(String.valueOf(script("reviewed"))));
    browser.script(
        "document.getElementById('plan-review').scrollIntoView({block: 'start', inline: 'start'})");
  }

  private WebElement warning() {
    return driver.findElement(By.id("plan-inputs-warning"));
  }

  private Object script(String field) {
    return browser.script("return window.outreachSchedules." + field);
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
