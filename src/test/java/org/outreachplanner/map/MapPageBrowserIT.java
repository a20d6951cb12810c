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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * The map page in a real headless Chromium, driven by the system chromedriver. Every host name but
 * localhost resolves to nothing, so the page runs as it would offline: the tile server cannot be
 * reached and nothing may come from anywhere else.
 */
@WebTest
class MapPageBrowserIT {

  private static final Path SCREENSHOT = Path.of("target", "screenshots", "map.png");

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;

  @BeforeEach
  void startBrowser() throws IOException {
    BorderCommunes.load(jdbc);
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void mapShowsEveryVillageWithALegendAndATextSummary() throws IOException {
    String base = "http://localhost:" + port;
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> !"loading".equals(mapElement().getAttribute("data-state")));

    assertThat(driver.getTitle()).isEqualTo("Outreach Planner");
    assertThat(mapElement().getAttribute("data-state")).isEqualTo("ready");
    assertThat(script("return window.outreachMap.villageCount")).isEqualTo(8L);
    assertThat(script("return window.outreachMap.communeCount")).isEqualTo(5L);
    assertThat(mapElement().getAttribute("data-village-count"))
        .isEqualTo(String.valueOf(BorderCommunes.VILLAGES));

    // the tile server cannot be reached: the tile layer gives way to a plain background
    wait.until(d -> "offline".equals(script("return window.outreachMap.basemap")));
    assertThat(driver.findElements(By.cssSelector("img.leaflet-tile"))).isEmpty();
    assertThat(driver.findElement(By.id("basemap-note")).isDisplayed()).isTrue();

    WebElement legend = driver.findElement(By.cssSelector(".leaflet-control.legend"));
    assertThat(legend.isDisplayed()).isTrue();
    assertThat(legend.findElements(By.cssSelector("li"))).hasSize(7);
    assertThat(legend.getText()).contains("Level-2 e-ID completion", "80 % or more");
    assertThat(driver.findElements(By.cssSelector(".leaflet-control-scale"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector(".leaflet-control-layers"))).hasSize(1);

    // 716 + 380 done of 1180 + 796 eligible = 55.47 %
    assertThat(driver.findElement(By.id("summary-status")).getText())
        .isEqualTo("8 villages in 5 communes; Level-2 e-ID done for 55.5 % of eligible residents.");
    assertThat(
            driver.findElements(By.cssSelector("#commune-table tbody tr td:first-child")).stream()
                .map(WebElement::getText))
        .containsExactly("Thượng Trạch", "Thu Lũm", "Dân Hóa", "Pa Ủ", "Bum Tở");

    assertEverythingCameFrom(base);

    Files.createDirectories(SCREENSHOT.getParent());
    byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOT, png);
    assertThat(png.length).isGreaterThan(10_000);
  }

  @Test
  void aVillageWithoutCensusFiguresIsShownApartFromZeroPercent() throws IOException {
    jdbc.update(
        "INSERT INTO village (code, commune_code, name, location) VALUES ('V100', '03439',"
            + " 'Bản chưa đếm', ST_SetSRID(ST_MakePoint(102.6, 22.7), 4326))");
    String base = "http://localhost:" + port;
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> !"loading".equals(mapElement().getAttribute("data-state")));

    assertThat(driver.findElement(By.cssSelector(".leaflet-control.legend")).getText())
        .contains("no census figures yet");
    // the sums are those of the eight villages with figures, the ninth counted apart
    assertThat(driver.findElement(By.id("summary-status")).getText())
        .isEqualTo("9 villages in 5 communes; Level-2 e-ID done for 55.5 % of eligible residents.");
    assertThat(driver.findElement(By.id("summary-figures")).getText())
        .contains("Villages without census figures", "1 of 9");
    // Thu Lũm: 445 of 880 over its three villages with figures, one of four without
    assertThat(
            driver.findElements(By.cssSelector("#commune-table tbody tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("Thu Lũm"))
                .findFirst()
                .orElseThrow())
        .contains("50.6 % (1 of 4 without figures)");

    Path shot = SCREENSHOT.resolveSibling("map-no-figures.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** Scripts, style sheets and every fetched resource are the application's own (tiles aside). */
  private void assertEverythingCameFrom(String base) {
    @SuppressWarnings("unchecked")
    List<String> sources =
        (List<String>)
            script(
                "return [...document.querySelectorAll('script[src]')].map(s => s.src)"
                    + ".concat([...document.querySelectorAll('link[href]')].map(l => l.href))");
    assertThat(sources)
        .contains(
            base + "/webjars/leaflet/1.9.4/dist/leaflet.js",
            base + "/webjars/leaflet/1.9.4/dist/leaflet.css",
            base + "/js/map.js")
        .allMatch(src -> src.startsWith(base + "/"));

    @SuppressWarnings("unchecked")
    List<String> fetched =
        (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(fetched)
        .contains(base + "/js/legend.js", base + "/api/villages/layer")
        .allMatch(
            url -> url.startsWith(base + "/") || url.startsWith("https://tile.openstreetmap.org/"));
  }

  private WebElement mapElement() {
    return driver.findElement(By.id("map"));
  }

  private Object script(String js) {
    return browser.script(js);
  }
}
