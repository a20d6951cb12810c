package org.outreachplanner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * The map of a whole country in headless Chromium: with as many villages as a national programme
 * has, the page draws its layers from vector tiles (docs/map-tiles.md) and never loads every
 * village at once; a village on a tile opens its popup.
 */
@WebTest
class TiledMapBrowserIT {

  /** Villages added to the fixture's eight: past the page's TILED_FROM (20,000). */
  private static final int EXTRA = 20_000;

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;

  @BeforeEach
  void manyVillages() throws IOException {
    BorderCommunes.load(jdbc);
    // a grid of villages over Lai Châu's communes, some without census figures
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location, households, residents,"
            + " eligible, eid_done) SELECT 'N' || i, '03442', 'Bản số ' || i,"
            + " ST_SetSRID(ST_MakePoint(102.0 + (i % 200) * 0.004, 22.0 + (i / 200) * 0.004),"
            + " 4326), CASE WHEN i % 10 = 0 THEN NULL ELSE 40 END,"
            + " CASE WHEN i % 10 = 0 THEN NULL ELSE 180 END,"
            + " CASE WHEN i % 10 = 0 THEN NULL ELSE 120 END,"
            + " CASE WHEN i % 10 = 0 THEN NULL ELSE i % 120 END"
            + " FROM generate_series(1, ?) i",
        EXTRA);
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  @AfterEach
  void cleanUp() throws IOException {
    if (browser != null) {
      browser.close();
    }
    jdbc.update("DELETE FROM village WHERE code LIKE 'N%'");
  }

  @Test
  void aCountrysVillagesAreDrawnFromTilesAndOpenTheirPopup() throws IOException {
    String base = "http://localhost:" + port;
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> "ready".equals(map().getAttribute("data-state")));
    assertThat(map().getAttribute("data-tiled")).isEqualTo("true");
    assertThat(map().getAttribute("data-village-count"))
        .isEqualTo(String.valueOf(EXTRA + BorderCommunes.VILLAGES));
    wait.until(d -> map().getAttribute("data-rendered") != null);

    List<String> requested = resources();
    assertThat(requested).anyMatch(u -> u.contains("/tiles/villages/"));
    assertThat(requested).anyMatch(u -> u.contains("/tiles/communes/"));
    assertThat(requested).noneMatch(u -> u.contains("/api/villages/layer"));
    assertThat(driver.findElements(By.cssSelector(".leaflet-control.legend"))).hasSize(1);
    shot("map-tiled.png");

    // close to Bản Ka Lăng: single villages on the tiles, and a click on one opens its popup
    browser.script(
        "window.outreachMap.leaflet.setView([22.65432109, 102.61234567], 14, {animate: false})");
    wait.until(d -> resources().stream().anyMatch(u -> u.contains("/tiles/villages/14/")));
    WebElement popup =
        wait.until(
            d -> {
              List<WebElement> p = driver.findElements(By.cssSelector(".leaflet-popup-content"));
              if (p.isEmpty()) {
                // (again, if the first click came before the village's tile)
                new Actions(driver).moveToElement(map(), 0, 0).click().perform();
                return null;
              }
              return p.get(0).getText().contains("Bản Ka Lăng") ? p.get(0) : null;
            });
    assertThat(popup.getText()).contains("Bản Ka Lăng");
    shot("map-tiled-popup.png");

    driver.manage().window().setSize(new Dimension(390, 844));
    browser.script("window.outreachMap.leaflet.invalidateSize()");
    shot("map-tiled-phone.png");
  }

  @SuppressWarnings("unchecked")
  private List<String> resources() {
    return (List<String>)
        browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
  }

  private WebElement map() {
    return driver.findElement(By.id("map"));
  }

  private void shot(String name) throws IOException {
    Path file = Path.of("target", "screenshots", name);
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
