package org.outreachplanner.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks of a rendered page that every page must pass: axe-core's accessibility rules (serious and
 * critical violations), the texts of a Vietnamese page (no English value of the bundles left), and
 * no sideways scroll. axe-core is read from the test class path (src/test/resources/axe) and
 * injected into the page, never fetched from elsewhere.
 */
public final class PageAudit {

  private static final String AXE = read("/axe/axe.min.js");

  /** The bundles whose English values must not show on a Vietnamese page. */
  private static final List<String> BUNDLES =
      List.of(
          "messages", "i18n/api", "i18n/coverage", "i18n/imports", "i18n/roads", "i18n/schedules");

  /** A placeholder ({0}, {1,number}) or a choice format, which splits a value into fragments. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}(?:[^{}]*})?");

  private static final List<String> ENGLISH_ONLY = englishOnlyTexts();

  private PageAudit() {}

  /** axe-core's serious and critical violations of the page as it is now, one line each. */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
      js.executeScript(AXE);
    }
    List<String> found =
        (List<String>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done("
                    + " r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + "  .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                    + "   + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))),"
                    + " e => done(['axe failed: ' + e.message]));");
    return found;
  }

  /**
   * The English values of the bundles that differ from their Vietnamese ones and show in the page's
   * visible text or in its labels (aria-label, title, placeholder, alt).
   */
  public static List<String> englishLeft(WebDriver driver) {
    String text =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')]"
                        + ".flatMap(e => ['aria-label','title','placeholder','alt']"
                        + ".map(a => e.getAttribute(a)).filter(Boolean));"
                        + "return document.title + '\\n' + document.body.innerText + '\\n' + attrs.join('\\n');");
    List<String> left = new ArrayList<>();
    for (String english : ENGLISH_ONLY) {
      if (Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(english) + "(?![\\p{L}\\d])")
          .matcher(text)
          .find()) {
        left.add(english);
      }
    }
    return left;
  }

  /**
   * The console errors of the page (HeadlessChromium.browserErrors) but the failed loads of another
   * host's resources: the tests run without the internet, where the background tiles fail to load
   * by design and the page falls back to its plain map.
   */
  public static List<String> consoleErrors(HeadlessChromium browser) {
    return browser.browserErrors().stream()
        .filter(
            e ->
                !(e.contains("Failed to load resource")
                    && e.matches("^https?://(?!localhost[:/]).*")))
        .toList();
  }

  /**
   * How many CSS pixels the page, or a box of it that scrolls (overflow auto or scroll), scrolls
   * sideways: 0 when everything fits its width. A map's own panes are not counted.
   */
  public static long sidewaysScroll(WebDriver driver) {
    return (Long)
        ((JavascriptExecutor) driver)
            .executeScript(
                "let most = document.documentElement.scrollWidth - window.innerWidth;"
                    + "for (const e of document.querySelectorAll('body *')) {"
                    + " if (e.closest('.leaflet-container')) continue;"
                    + " const o = getComputedStyle(e).overflowX;"
                    + " if (o === 'auto' || o === 'scroll') most = Math.max(most, e.scrollWidth - e.clientWidth);"
                    + "}"
                    + "return Math.max(0, most);");
  }

  /**
   * The English texts to look for: per key whose English and Vietnamese values differ, the English
   * value, or for a value with placeholders its fragments of at least two words and 10 characters.
   */
  private static List<String> englishOnlyTexts() {
    List<String> texts = new ArrayList<>();
    StringBuilder allVietnamese = new StringBuilder();
    for (String bundle : BUNDLES) {
      properties("/" + bundle + "_vi.properties")
          .values()
          .forEach(v -> allVietnamese.append(v).append('\n'));
    }
    for (String bundle : BUNDLES) {
      Properties en = properties("/" + bundle + ".properties");
      Properties vi = properties("/" + bundle + "_vi.properties");
      for (Map.Entry<Object, Object> e : en.entrySet()) {
        String english = ((String) e.getValue()).strip();
        String vietnamese = vi.getProperty((String) e.getKey());
        if (vietnamese == null
            || vietnamese.strip().equals(english)
            || english.contains("choice,")) {
          continue;
        }
        for (String fragment : PLACEHOLDER.split(english)) {
          String f = fragment.strip().replaceAll("^[\\p{Punct}\\s·–]+|[\\p{Punct}\\s·–]+$", "");
          boolean whole = fragment.length() == english.length();
          boolean words = f.contains(" ") && f.length() >= 10;
          if ((whole && f.length() >= 4 && f.matches(".*\\p{Ll}.*")) || words) {
            // a name kept in Vietnamese too (the app's name "Outreach Planner") is not a gap
            boolean keptInVietnamese =
                Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(f) + "(?![\\p{L}\\d])")
                    .matcher(allVietnamese)
                    .find();
            if (!keptInVietnamese && !texts.contains(f)) {
              texts.add(f);
            }
          }
        }
      }
    }
    return List.copyOf(texts);
  }

  private static Properties properties(String resource) {
    Properties p = new Properties();
    try (InputStream in = PageAudit.class.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String read(String resource) {
    try (InputStream in = PageAudit.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
