package org.outreachplanner.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the classes taking the guides' screenshots share: the demo as {@code outreach demo} leaves
 * it, a browser, and the pages opened and waited for; pictures land in docs/images.
 */
final class GuidePictures implements AutoCloseable {

  static final Path IMAGES = Path.of("docs", "images");
  static final String DAN_HOA = "18904";
  static final String CENTRE_TEAM = "DH-C01";

  /** Whether this test run loaded the demo already (the classes share the application and base). */
  private static boolean demoLoaded;

  final HeadlessChromium browser;
  final WebDriver driver;
  final String base;

  private GuidePictures(HeadlessChromium browser, int port) {
    this.browser = browser;
    this.driver = browser.driver();
    this.base = "http://localhost:" + port;
  }

  /**
   * Skips unless {@code -Ddocs.screenshots=true}; loads the demo (its showcase plans published) the
   * first time, later only clears the drafts and reports a class added; binds the test lead to the
   * centre's team and starts a browser.
   */
  static GuidePictures ofTheDemo(JdbcTemplate jdbc, int port) throws IOException {
    Assumptions.assumeTrue(
        Boolean.getBoolean("docs.screenshots"),
        "the guides' screenshots are retaken on demand: -Ddocs.screenshots=true");
    if (demoLoaded) {
      // the demo's solves are bounded by time: every class shows the same published plans
      TestTables.owner().execute("TRUNCATE visit_report RESTART IDENTITY CASCADE");
      TestTables.owner().execute("DELETE FROM schedule_plan WHERE status <> 'PUBLISHED'");
    } else {
      RoadTestData.clear(jdbc);
      TestTables.owner()
          .execute(
              "TRUNCATE schedule_plan, team_unavailable, team_schedule_settings,"
                  + " village_schedule_settings, visit_report RESTART IDENTITY CASCADE");
      assertThat(OutreachCli.run("demo", "--no-serve", "--port", "0")).isZero();
      demoLoaded = true;
    }
    TestUsers.bindLead(jdbc, CENTRE_TEAM);
    return new GuidePictures(HeadlessChromium.start(), port);
  }

  /** Signs the browser in afresh as the user at this address, its pages in English. */
  void signInAs(String at, TestUsers.TestUser user) {
    driver.manage().deleteAllCookies();
    driver.get(at + "/login");
    browser.language("en");
    BrowserLogin.signIn(driver, at, user);
    browser.language("en");
  }

  /** The map with Dân Hóa chosen in the commune filter, zoomed to it. */
  void openMap() {
    open(base + "/", "#map", "ready");
    new Select(driver.findElement(By.id("commune-filter"))).selectByValue(DAN_HOA);
    waitFor("#map[data-village-count='28']", null);
    settled();
  }

  /** Waits until the map has no zoom animation running. */
  void settled() {
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(d -> d.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty());
  }

  void open(String url, String css, String state) {
    driver.get(url);
    waitFor(css, state);
  }

  /** Waits for an element, in this data-state unless {@code state} is null. */
  void waitFor(String css, String state) {
    new WebDriverWait(driver, Waits.DEADLINE)
        .until(
            d -> {
              var found = d.findElements(By.cssSelector(css));
              return !found.isEmpty()
                  && (state == null || state.equals(found.get(0).getAttribute("data-state")));
            });
  }

  Object script(String js, Object... args) {
    return browser.script(js, args);
  }

  void shot(String name) throws IOException {
    Files.createDirectories(IMAGES);
    Files.write(IMAGES.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    browser.close();
  }
}
