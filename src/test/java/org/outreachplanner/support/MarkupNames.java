package org.outreachplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names full of markup, as a planner might import them, and the checks that a page shows them as
 * text: no element they describe exists, nothing they hold ran, no Content-Security-Policy
 * violation and no script error.
 */
public final class MarkupNames {

  public static final String VILLAGE = "<img src=x onerror=alert(1)>";
  public static final String COMMUNE = "\"><svg onload=alert(2)>";
  public static final String TEAM = "<script>alert(3)</script>";

  /** Before any page script: collects CSP violations and errors, and keeps each Leaflet map. */
  private static final String WATCH =
      """
      window.__violations = [];
      window.__errors = [];
      document.addEventListener('securitypolicyviolation',
        (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
      window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
      const consoleError = console.error;
      console.error = (...args) => {
        window.__errors.push(args.map(String).join(' '));
        consoleError.apply(console, args);
      };
      Object.defineProperty(window, 'L', {
        configurable: true,
        set(leaflet) {
          Object.defineProperty(window, 'L', { value: leaflet, writable: true, configurable: true });
          leaflet.Map.addInitHook(function () { (window.__maps = window.__maps || []).push(this); });
        },
      });
      """;

  /** Opens every tooltip and popup of every map in turn, closing each again: what they showed. */
  private static final String OPEN_EVERYTHING =
      """
      const texts = [];
      for (const map of window.__maps || []) {
        const layers = [];
        map.eachLayer((l) => layers.push(l));
        for (const l of layers) {
          if (l.getTooltip && l.getTooltip()) {
            l.openTooltip();
            texts.push(l.getTooltip().getElement().innerText);
            l.closeTooltip();
          }
          if (l.getPopup && l.getPopup()) {
            l.openPopup();
            texts.push(l.getPopup().getElement().innerText);
            map.closePopup();
          }
        }
      }
      return texts;
      """;

  private static final Path SHOTS = Path.of("target", "screenshots");

  private MarkupNames() {}

  /** Appends the markup to every village, commune and team name. */
  public static void rename(JdbcTemplate jdbc) {
    jdbc.update("UPDATE village SET name = name || ' ' || ?", VILLAGE);
    jdbc.update("UPDATE commune SET name = name || ' ' || ?", COMMUNE);
    jdbc.update("UPDATE team SET name = name || ' ' || ?", TEAM);
  }

  /**
   * Makes every page this browser opens from now on report what {@link #assertShownAsText} checks.
   */
  public static void watch(HeadlessChromium browser) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
  }

  /** Opens every tooltip and popup of the page's maps; the texts they showed. */
  @SuppressWarnings("unchecked")
  public static List<String> openEverything(HeadlessChromium browser) {
    return (List<String>) browser.script(OPEN_EVERYTHING);
  }

  /** No element from the markup, nothing run or refused, and the page text holds it literally. */
  public static void assertShownAsText(HeadlessChromium browser, String page, String... literal)
      throws IOException {
    assertThat(browser.script("return window.__violations"))
        .as("CSP violations on " + page)
        .isEqualTo(List.of());
    assertThat(browser.script("return window.__errors"))
        .as("script errors on " + page)
        .isEqualTo(List.of());
    assertThat(
            browser.script(
                "return document.querySelectorAll('img[src=\"x\"], svg[onload], [onerror],"
                    + " script:not([src])').length"))
        .as("injected elements on " + page)
        .isEqualTo(0L);
    String text = (String) browser.script("return document.body.innerText");
    assertThat(text).as("text of " + page).contains(literal);
    Files.createDirectories(SHOTS);
    Files.write(
        SHOTS.resolve("markup-" + page + ".png"),
        ((ChromeDriver) browser.driver()).getScreenshotAs(OutputType.BYTES));
  }
}
