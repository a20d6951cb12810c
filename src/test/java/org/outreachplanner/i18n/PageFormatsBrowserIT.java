package org.outreachplanner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real headless Chromium: counts, numbers and dates on the pages are written per the page's
 * language (one visit, two visits; no plural forms in Vietnamese; British day-month-year order), a
 * village's last visit recorded by hand shows in its popup, and the score history of a solve with a
 * single point shows that point. Screenshots go to target/screenshots/.
 */
@WebTest
class PageFormatsBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;
  Long plan;

  @BeforeEach
  void start() throws IOException {
    BorderCommunes.load(jdbc);
    browser = HeadlessChromium.start();
    driver = browser.driver();
    base = "http://localhost:" + port;
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (plan != null) {
      jdbc.update("DELETE FROM schedule_plan WHERE id = ?", plan);
    }
  }

  @Test
  void countsNumbersAndDatesAreWrittenInThePagesLanguage() throws IOException {
    jdbc.update(
        "INSERT INTO village_schedule_settings (village_code, last_visited)"
            + " VALUES ('V005', DATE '2026-11-02')");
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    waitFor("map", "ready");

    // the village popup: the visit recorded by hand is its last visit, with its weekday
    driver.findElement(By.id("village-search")).sendKeys("ca roong");
    Waits.browser(driver)
        .until(d -> !d.findElements(By.cssSelector("#search-results .result")).isEmpty());
    driver.findElement(By.cssSelector("#search-results .result")).click();
    Waits.browser(driver)
        .until(
            d ->
                d.findElements(By.cssSelector(".leaflet-popup-content")).stream()
                    .anyMatch(e -> e.getText().contains("Last visit")));
    assertThat(driver.findElement(By.cssSelector(".leaflet-popup-content")).getText())
        .contains("Last visit", "Mon, 2 Nov 2026", "Next visit", "none planned");

    // the page's own formatting, in English
    assertThat(formats())
        .containsExactly(
            "1 visit",
            "2 visits",
            "0 visits",
            "1,234 households",
            "1 village",
            "23 Nov 2026",
            "Mon, 23 Nov 2026",
            "Monday, 23 November 2026",
            "1,234.5");
    // and in Vietnamese: one form for every count
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "import('/js/i18n.js').then(m => m.loadTexts('vi')).then(() => done(1));");
    assertThat(formats())
        .containsExactly(
            "1 chuyến",
            "2 chuyến",
            "0 chuyến",
            "1.234 hộ",
            "1 thôn, bản",
            "23 thg 11, 2026",
            "Thứ 2, 23 thg 11, 2026",
            "Thứ Hai, 23 tháng 11, 2026",
            "1.234,5");
  }

  @Test
  void aScoreHistoryOfASinglePointShowsThatPoint() throws IOException {
    plan =
        jdbc.queryForObject(
            "INSERT INTO schedule_plan (area_kind, area_code, first_week, weeks,"
                + " time_limit_seconds, status, score, hard_score, medium_score, soft_score,"
                + " score_history, finished_at)"
                + " VALUES ('commune', '03439', DATE '2026-11-23', 1, 5, 'DRAFT',"
                + " '0hard/-2medium/-300soft', 0, -2, -300,"
                + " '[{\"ms\": 800, \"score\": \"0hard/-2medium/-300soft\"}]', now())"
                + " RETURNING id",
            Long.class);
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/dashboard.html");
    waitFor("dashboard", "ready");
    Waits.browser(driver)
        .until(d -> !d.findElements(By.cssSelector("button[data-plan='" + plan + "']")).isEmpty());
    driver.findElement(By.cssSelector("button[data-plan='" + plan + "']")).click();
    Waits.browser(driver)
        .until(
            d -> Long.valueOf(1).equals(browser.script("return window.outreachSchedules.history")));

    WebElement chart = driver.findElement(By.id("solve-history"));
    assertThat(chart.isDisplayed()).isTrue();
    WebElement point = chart.findElement(By.cssSelector("circle.best"));
    assertThat(point.isDisplayed()).isTrue();
    @SuppressWarnings("unchecked")
    List<Number> box =
        (List<Number>)
            browser.script(
                "const r = document.querySelector('#solve-history circle.best')"
                    + ".getBoundingClientRect(); return [r.width, r.height];");
    assertThat(box.get(0).doubleValue()).isGreaterThan(2);
    assertThat(box.get(1).doubleValue()).isGreaterThan(2);
    assertThat(
            browser.script(
                "return getComputedStyle(document.querySelector('#solve-history circle.best')).fill"))
        .isNotEqualTo("none");
    browser.script("document.getElementById('schedules-title').scrollIntoView()");
    shot("planner-score-history-one-point.png");
  }

  /** Counts, dates and a number as the page's i18n.js writes them. */
  @SuppressWarnings("unchecked")
  private List<Object> formats() {
    return (List<Object>)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/js/i18n.js').then(m => done(["
                    + "m.tn('count.visits', 1), m.tn('count.visits', 2), m.tn('count.visits', 0),"
                    + "m.tn('count.households', 1234), m.tn('count.villages', 1),"
                    + "m.formatDate('2026-11-23'), m.formatDay('2026-11-23'),"
                    + "m.formatLongDay('2026-11-23'), m.formatNumber(1234.5, 1)]));");
  }

  private void waitFor(String id, String state) {
    Waits.browser(driver)
        .until(d -> state.equals(d.findElement(By.id(id)).getAttribute("data-state")));
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
