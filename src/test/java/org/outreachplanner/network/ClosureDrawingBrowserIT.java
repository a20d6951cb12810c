package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A planner draws a road closure on the map page, in a real headless Chromium. */
@WebTest
class ClosureDrawingBrowserIT {

  private static final Path SCREENSHOT = Path.of("target", "screenshots", "closure-drawing.png");

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  WebDriverWait wait;

  @BeforeEach
  void start() throws IOException {
    RoadTestData.handNetwork(jdbc);
    TestTables.owner().execute("TRUNCATE road_closure RESTART IDENTITY");
    browser = HeadlessChromium.start();
    driver = browser.driver();
    wait = Waits.browser(driver);
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    TestTables.owner().execute("TRUNCATE road_closure RESTART IDENTITY");
  }

  private void openMap(TestUsers.TestUser user) {
    BrowserLogin.signIn(driver, "http://localhost:" + port, user);
    driver.get("http://localhost:" + port + "/");
    wait.until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    wait.until(d -> d.findElement(By.id("map")).getAttribute("data-closures") != null);
  }

  private void clickOnMap(int dx, int dy) {
    WebElement map = driver.findElement(By.id("map"));
    new Actions(driver).moveToElement(map, dx, dy).click().perform();
  }

  private void fill(String name, String value) {
    WebElement input = driver.findElement(By.cssSelector(".closure-form [name=" + name + "]"));
    input.clear();
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      // a date input is set through its value: typing depends on the browser's locale
      browser.script(
          "const i = document.querySelector('.closure-form [name="
              + name
              + "]'); i.value = '"
              + value
              + "';");
    } else {
      input.sendKeys(value);
    }
  }

  @Test
  void aPlannerDrawsAClosureAndItIsStoredWithItsDates() throws IOException {
    openMap(TestUsers.PLANNER);
    assertThat(driver.findElement(By.id("map")).getAttribute("data-closures")).isEqualTo("0");

    driver.findElement(By.cssSelector(".closure-draw")).click();
    // saving with fewer than two points is refused in the page
    fill("name", "Sạt lở Km 12");
    fill("closed_from", "2026-08-01");
    fill("closed_to", "2026-08-20");
    driver.findElement(By.cssSelector(".closure-save")).click();
    assertThat(driver.findElement(By.cssSelector(".closure-error")).getText())
        .isEqualTo("Click at least two points along the road first.");

    clickOnMap(-120, -60);
    clickOnMap(-40, 20);
    clickOnMap(40, 70);
    fill("reason", "landslide");
    driver.findElement(By.cssSelector(".closure-save")).click();
    wait.until(d -> "1".equals(d.findElement(By.id("map")).getAttribute("data-closures")));

    Map<String, Object> stored =
        jdbc.queryForMap(
            "SELECT name, reason, closed_from::text AS closed_from, closed_to::text AS closed_to,"
                + " GeometryType(geom) AS type, ST_NPoints(geom) AS points FROM road_closure");
    assertThat(stored)
        .containsEntry("name", "Sạt lở Km 12")
        .containsEntry("reason", "landslide")
        .containsEntry("closed_from", "2026-08-01")
        .containsEntry("closed_to", "2026-08-20")
        .containsEntry("type", "LINESTRING")
        .containsEntry("points", 3);
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aClosureWithItsDatesReversedIsRefusedWithTheServersReasonAndNothingIsStored() {
    openMap(TestUsers.PLANNER);
    driver.findElement(By.cssSelector(".closure-draw")).click();
    clickOnMap(-120, -60);
    clickOnMap(40, 70);
    fill("name", "Lũ");
    fill("closed_from", "2026-08-20");
    fill("closed_to", "2026-08-01");
    driver.findElement(By.cssSelector(".closure-save")).click();
    wait.until(d -> !d.findElement(By.cssSelector(".closure-error")).getText().isEmpty());
    assertThat(driver.findElement(By.cssSelector(".closure-error")).getText())
        .startsWith("The closure was not saved: ")
        .contains("closed_to");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM road_closure", Integer.class)).isZero();
  }

  @Test
  void aTeamLeadSeesTheClosuresButCannotDrawOne() {
    jdbc.update(
        "INSERT INTO road_closure (name, closed_from, closed_to, geom) VALUES ('Cầu trôi',"
            + " '2026-01-01', '2026-12-31', (SELECT ST_MakeLine(location ORDER BY code)"
            + " FROM (SELECT location, code FROM village ORDER BY code LIMIT 2) v))");
    openMap(TestUsers.TEAM_LEAD);
    wait.until(d -> "1".equals(d.findElement(By.id("map")).getAttribute("data-closures")));
    assertThat(driver.findElements(By.cssSelector(".closure-draw"))).isEmpty();
  }
}
