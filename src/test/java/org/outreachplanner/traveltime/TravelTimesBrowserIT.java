package org.outreachplanner.traveltime;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The travel-time layer of the map page, in a real headless Chromium. */
@WebTest
class TravelTimesBrowserIT {

  private static final Path SCREENSHOT = Path.of("target", "screenshots", "travel-times.png");

  @Autowired JdbcTemplate jdbc;
  SpeedProfileSnapshot speeds;
  @Autowired NetworkSnapshots networks;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;

  @BeforeEach
  void start() throws IOException {
    RoadTestData.handNetwork(jdbc);
    speeds = RoadTestData.handSpeeds(jdbc);
    networks.clear();
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @Test
  void choosingACommuneShowsItsVillagesByTravelTimeAndWhatCannotBeReached() throws IOException {
    BrowserLogin.signIn(driver, "http://localhost:" + port, TestUsers.PLANNER);
    driver.get("http://localhost:" + port + "/");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    assertThat(driver.findElement(By.id("travel-section")).isDisplayed()).isTrue();

    new Select(driver.findElement(By.name("mode"))).selectByValue("on_foot");
    new Select(driver.findElement(By.name("commune"))).selectByValue("C1");
    wait.until(d -> "ready".equals(browser.script("return window.outreachMap.travelTimes.state")));

    assertThat(browser.script("return window.outreachMap.travelTimes.villages")).isEqualTo(5L);
    // on foot the footway is open: only V4 (not attached) and V5 (other component) are cut off
    assertThat(driver.findElement(By.id("travel-status")).getText())
        .isEqualTo("5 villages on foot, dry season; 2 not reachable from the centre.");
    List<String> rows =
        driver.findElements(By.cssSelector("#unreachable-table tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains("Bản Bốn", "no road within 3000 m");
    assertThat(rows.get(1)).contains("Bản Năm", "does not join the commune centre");

    // the completion circles make way for the travel-time circles (no double rings), and come back
    assertThat(villagesTicked()).as("villages layer while travel times are shown").isFalse();

    WebElement legend = driver.findElement(By.cssSelector(".leaflet-control.legend-bands"));
    assertThat(legend.getText()).contains("Travel time from the commune centre", "30 – 60 min");
    assertThat(legend.findElements(By.cssSelector("li"))).hasSize(6);
    assertThat(
            driver.findElement(By.cssSelector(".leaflet-control-layers")).getAttribute("innerHTML"))
        .contains("Travel time from the commune centre");

    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

    browser.script(
        "const label = [...document.querySelectorAll('.leaflet-control-layers-overlays label')]"
            + ".find(l => l.textContent.trim().startsWith('Travel time'));"
            + " label.querySelector('input').click();");
    assertThat(villagesTicked()).as("villages layer once travel times are off").isTrue();
  }

  /** Whether the villages overlay is ticked in the layer control. */
  private boolean villagesTicked() {
    return Boolean.TRUE.equals(
        browser.script(
            "return [...document.querySelectorAll('.leaflet-control-layers-overlays label')]"
                + ".find(l => l.textContent.trim() === 'Villages').querySelector('input').checked"));
  }
}
