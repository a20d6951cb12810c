package org.outreachplanner.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
 * The planner map and the dashboard on a laptop (1366×768) and on a phone (390×844), in English and
 * Vietnamese: nothing scrolls sideways, the map takes most of a phone's screen, legends fold out of
 * the way of popups, every touch target is at least 44 px, the dashboard's tables become cards, and
 * the browser console stays free of errors. Screenshots: target/screenshots/phone-*.
 */
@WebTest
class PhoneFirstBrowserIT {

  private static final Path SHOTS = Path.of("target", "screenshots");

  /** Visible controls a finger must hit, with their size, as [description, width, height]. */
  private static final String SMALL_TARGETS =
      """
      const small = [];
      for (const el of document.querySelectorAll(
          'a[href], button, select, input:not([type=hidden]), .leaflet-control-layers-toggle')) {
        // Leaflet's attribution is a credit line, not a control to use
        if (el.closest('.leaflet-control-attribution')) continue;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
        if (r.bottom < 0 || r.top > innerHeight) continue;
        if (r.width < 44 || r.height < 44) {
          small.push(`${el.tagName} ${el.id || el.className || el.textContent.trim()}`
              + ` ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
      }
      return small;
      """;

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
  @CsvSource({"1366, 768, en", "1366, 768, vi", "390, 844, en", "390, 844, vi"})
  void theMapAndTheDashboardFitTheScreenWithoutConsoleErrors(int width, int height, String lang)
      throws IOException {
    boolean phone = width < 720;
    browser.viewport(width, height, phone);
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    browser.language(lang);
    String name = "phone-" + width + "-" + lang;

    driver.get(base + "/");
    WebDriverWait wait = Waits.browser(driver);
    wait.until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    wait.until(d -> "offline".equals(browser.script("return window.outreachMap.basemap")));
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo(lang);
    assertNoSidewaysScroll("map");
    double mapShare =
        ((Number)
                browser.script(
                    "return document.getElementById('map').getBoundingClientRect().height"
                        + " / innerHeight"))
            .doubleValue();
    assertThat(mapShare).as("share of the screen the map takes").isGreaterThan(0.55);
    if (phone) {
      assertThat(browser.script(SMALL_TARGETS))
          .as("touch targets under 44 px")
          .isEqualTo(List.of());
      assertThat(driver.findElement(By.cssSelector(".legend")).getAttribute("class"))
          .as("legends start folded on a phone")
          .contains("folded");
      assertThat(driver.findElement(By.id("session")).isDisplayed()).isFalse();
      driver.findElement(By.id("menu-toggle")).click();
      assertThat(driver.findElement(By.id("session")).isDisplayed()).isTrue();
      assertNoSidewaysScroll("map menu");
      shot(name + "-map-menu.png");
      driver.findElement(By.id("menu-toggle")).click();
      // the layer list opened: the legends fold out of its way
      unfoldLegends();
      driver.findElement(By.cssSelector(".leaflet-control-layers-toggle")).click();
      wait.until(
          d ->
              d.findElement(By.cssSelector(".leaflet-control-layers"))
                  .getAttribute("class")
                  .contains("leaflet-control-layers-expanded"));
      assertThat(overlaps(".leaflet-control-layers-list", ".legend-stack section"))
          .as("legends over the layer list")
          .isFalse();
      shot(name + "-map-layers.png");
      browser.script(
          "document.querySelector('.leaflet-control-layers')"
              + ".classList.remove('leaflet-control-layers-expanded')");
    }
    // a popup opened with every legend unfolded: the legends fold on a phone, and none covers it
    unfoldLegends();
    browser.script("window.outreachMap.openVillage('V001')");
    wait.until(d -> !d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
    assertThat(overlaps(".leaflet-popup-content-wrapper", ".legend-stack section, .closure-tool"))
        .as("legends or tools over the popup")
        .isFalse();
    shot(name + "-map.png");
    assertThat(browser.browserErrors()).as("console errors on the map page").isEmpty();

    driver.get(base + "/dashboard.html");
    wait.until(d -> "ready".equals(d.findElement(By.id("dashboard")).getAttribute("data-state")));
    assertNoSidewaysScroll("dashboard");
    if (phone) {
      assertThat(
              browser.script(
                  "const td = document.querySelector('#commune-table tbody td');"
                      + " return [getComputedStyle(td).display, td.dataset.label];"))
          .as("a table row as a card, each value under its column's name")
          .isEqualTo(List.of("flex", "vi".equals(lang) ? "Xã" : "Commune"));
      assertThat(browser.script(SMALL_TARGETS))
          .as("touch targets under 44 px")
          .isEqualTo(List.of());
    }
    shot(name + "-dashboard.png");
    browser.script("document.getElementById('schedules').scrollIntoView()");
    shot(name + "-dashboard-schedules.png");
    browser.script("document.getElementById('import-title').scrollIntoView()");
    shot(name + "-dashboard-import.png");
    assertThat(driver.findElement(By.id("import-problems")).isDisplayed())
        .as("the problems table of no upload")
        .isFalse();
    assertThat(browser.script("return document.documentElement.scrollHeight <= innerHeight + 1"))
        .as("the cards scroll inside the page, which never runs on below them")
        .isEqualTo(true);
    // every control of the schedules and the import inside the screen's width
    assertThat(
            browser.script(
                "return [...document.querySelectorAll('#solve-form *, #import-form *')]"
                    + ".filter(el => el.getBoundingClientRect().width > 0"
                    + " && el.getBoundingClientRect().right > innerWidth + 0.5)"
                    + ".map(el => el.id || el.tagName)"))
        .as("controls cut off at the right")
        .isEqualTo(List.of());
    assertThat(browser.browserErrors()).as("console errors on the dashboard").isEmpty();
  }

  private void unfoldLegends() {
    browser.script(
        "document.querySelectorAll('.legend-stack section.folded .legend-toggle')"
            + ".forEach(b => b.click())");
  }

  private void assertNoSidewaysScroll(String page) {
    @SuppressWarnings("unchecked")
    Map<String, Object> sizes =
        (Map<String, Object>)
            browser.script(
                "return {scroll: document.documentElement.scrollWidth, view: innerWidth}");
    assertThat(((Number) sizes.get("scroll")).intValue())
        .as("width of the %s page against the screen's", page)
        .isLessThanOrEqualTo(((Number) sizes.get("view")).intValue());
  }

  /** Whether a visible element of the first selector overlaps one of the second. */
  private boolean overlaps(String first, String second) {
    return Boolean.TRUE.equals(
        browser.script(
            "const a = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return [...document.querySelectorAll(arguments[1])].some(el => {"
                + " const b = el.getBoundingClientRect();"
                + " return b.width > 0 && a.left < b.right && b.left < a.right"
                + " && a.top < b.bottom && b.top < a.bottom; });",
            first,
            second));
  }

  private void shot(String file) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
