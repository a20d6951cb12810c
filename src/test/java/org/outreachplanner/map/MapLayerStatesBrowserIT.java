package org.outreachplanner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
 * The planner map's search, overview and layer states, on a laptop and a phone, in English and
 * Vietnamese: "dan hoa" finds the commune Dân Hóa and choosing it narrows the overview; the
 * hexagons say to zoom in below their zoom; the dead zones bring their legend; numbers are written
 * in the page's locale. Screenshots: target/screenshots/map-layers-*.
 */
@WebTest
class MapLayerStatesBrowserIT {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

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
  }

  @ParameterizedTest(name = "{0}x{1} {2}")
  @CsvSource({"1366, 768, en", "390, 844, vi", "390, 844, en", "1366, 768, vi"})
  void searchOverviewAndLayerStates(int width, int height, String lang) throws IOException {
    boolean phone = width < 720;
    boolean vi = "vi".equals(lang);
    browser.viewport(width, height, phone);
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    browser.language(lang);
    driver.get(base + "/");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    if (phone) {
      driver.findElement(By.id("panel-toggle")).click();
    }

    // the commune, found without its tone marks, chosen from the results
    driver.findElement(By.id("village-search")).sendKeys("dan hoa");
    wait.until(
        d -> !d.findElements(By.cssSelector("#search-results button[data-commune]")).isEmpty());
    WebElement commune =
        driver.findElement(By.cssSelector("#search-results button[data-commune='18904']"));
    assertThat(commune.getText()).startsWith(vi ? "Dân Hóa · xã" : "Dân Hóa · commune");
    commune.click();
    if (phone) {
      // the sheet folded to show the commune on the map: opened again for the overview
      assertThat(driver.findElement(By.id("panel-toggle")).getAttribute("aria-expanded"))
          .isEqualTo("false");
      driver.findElement(By.id("panel-toggle")).click();
    }
    assertThat(
            new Select(driver.findElement(By.id("commune-filter")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("18904");
    // the overview follows the filter: the commune's villages only
    String overview = driver.findElement(By.id("summary-status")).getText();
    assertThat(overview).startsWith(vi ? "2 thôn, bản ở 1 xã" : "2 villages in 1 commune");
    new Select(driver.findElement(By.id("commune-filter"))).selectByValue("03439");
    assertThat(driver.findElement(By.id("summary-status")).getText())
        .startsWith(vi ? "3 thôn, bản" : "3 villages in 1 commune");
    assertThat(driver.findElements(By.cssSelector("#commune-table tbody tr"))).hasSize(1);
    new Select(driver.findElement(By.id("commune-filter"))).selectByValue("");
    assertThat(driver.findElement(By.id("summary-status")).getText())
        .startsWith(vi ? "8 thôn, bản" : "8 villages in 5 communes");

    // the hexagons below their zoom: the legend says to zoom in, the dead zones bring theirs
    if (phone) {
      driver.findElement(By.id("panel-toggle")).click();
    }
    browser.script("window.outreachMap.leaflet.setZoom(8)");
    showOverlay(vi ? "Ô lục giác" : "Coverage hexagons");
    wait.until(
        d ->
            "zoom-in"
                .equals(d.findElement(By.id("map")).getAttribute("data-coverage-cells-state")));
    browser.script(
        "document.querySelectorAll('.legend-stack section.folded .legend-toggle')"
            + ".forEach(b => b.click())");
    assertThat(driver.findElement(By.cssSelector(".legend-coverage .legend-zoom")).getText())
        .isEqualTo(
            vi
                ? "Phóng to để xem: các ô hiện từ mức thu phóng 11."
                : "Zoom in to see them: they are drawn from zoom 11 on.");
    showOverlay(vi ? "Vùng lõm sóng" : "Dead zones");
    wait.until(d -> !d.findElements(By.cssSelector(".legend-zones")).isEmpty());
    browser.script(
        "document.querySelectorAll('.legend-stack section.folded .legend-toggle')"
            + ".forEach(b => b.click())");
    assertThat(driver.findElement(By.cssSelector(".legend-zones")).getText())
        .contains(vi ? "Vùng lõm sóng" : "Dead zones");
    // the legends are one column: no two of them overlap
    assertThat(
            browser.script(
                "const boxes = [...document.querySelectorAll('.legend-stack section')]"
                    + ".map(b => b.getBoundingClientRect());"
                    + " return boxes.some((a, i) => boxes.some((b, j) => i < j"
                    + " && a.top < b.bottom && b.top < a.bottom && a.left < b.right"
                    + " && b.left < a.right));"))
        .isEqualTo(false);
    shot("map-layers-" + width + "-" + lang + ".png");

    // numbers in the page's locale: an area of 24.519 km² reads 24,519 km² in Vietnamese
    Object area =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/js/i18n.js').then(m => done(m.t('coverage.zone.km2',"
                    + " m.formatNumber(24.519, 3))));");
    assertThat(area).isEqualTo(vi ? "24,519 km²" : "24.519 km²");
    assertThat(browser.browserErrors()).isEqualTo(List.of());
  }

  /** Ticks an overlay in the layer control by the start of its name. */
  private void showOverlay(String name) {
    browser.script(
        "const control = document.querySelector('.leaflet-control-layers');"
            + " control.classList.add('leaflet-control-layers-expanded');"
            + " const label = [...control.querySelectorAll('.leaflet-control-layers-overlays label')]"
            + ".find(l => l.textContent.trim().startsWith(arguments[0]));"
            + " label.querySelector('input').click();"
            + " control.classList.remove('leaflet-control-layers-expanded');",
        name);
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
