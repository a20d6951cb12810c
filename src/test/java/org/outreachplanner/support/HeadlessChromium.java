package org.outreachplanner.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.util.FileSystemUtils;

/**
 * A real headless Chromium driven by the system chromedriver, with a fresh profile. Every host name
 * but localhost resolves to nothing, so pages run as they would offline.
 */
public final class HeadlessChromium implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  public static HeadlessChromium start() throws IOException {
    Path profile = Files.createTempDirectory("outreach-chromium-");
    // the driver is given, so Selenium Manager never runs to look for (or download) one
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        "--user-data-dir=" + profile);
    // the page's console, read by browserErrors()
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    return new HeadlessChromium(profile, new ChromeDriver(service, options));
  }

  /**
   * Runs {@code js} in every page this browser opens from now on, before the page's own scripts.
   */
  public void beforeEveryPage(String js) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", js));
  }

  /**
   * Runs the page timers of 10 s or more (setInterval) every second in every page opened from now
   * on, so that what a page does every few minutes is seen within a test's deadline.
   */
  public void speedUpPageTimers() {
    beforeEveryPage(
        "(() => { const every = window.setInterval;"
            + " window.setInterval = (f, ms, ...args) => every(f, ms >= 10000 ? 1000 : ms, ...args);"
            + " })();");
  }

  public WebDriver driver() {
    return driver;
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /**
   * Switches the signed-in session's pages to a language ('en', 'vi') from the page open now, as
   * its language links do, without opening the JSON answer as a page of its own.
   */
  public void language(String lang) {
    ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " fetch('/api/i18n?lang=' + arguments[0]).then(() => done(), () => done());",
            lang);
  }

  /**
   * Shows pages in a viewport of this size in CSS pixels, as a phone (touch, the page's viewport
   * meta applied) when {@code phone}; screenshots are taken at that size.
   */
  public void viewport(int width, int height, boolean phone) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    driver.executeCdpCommand(
        "Emulation.setTouchEmulationEnabled", Map.of("enabled", phone, "maxTouchPoints", 5));
  }

  /**
   * The errors the pages wrote to the console (and the uncaught exceptions) since the last call,
   * each as its text; failed requests for the unreachable tile server are left out (the pages run
   * offline on purpose).
   */
  public List<String> browserErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("tile.openstreetmap.org"))
        .toList();
  }

  /**
   * Sizes the window's viewport as a screen of this many CSS pixels would be (1366x768, 390x844).
   */
  public void viewport(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    Object inner = script("return [window.innerWidth, window.innerHeight]");
    @SuppressWarnings("unchecked")
    List<Long> size = (List<Long>) inner;
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(2 * width - size.get(0).intValue(), 2 * height - size.get(1).intValue()));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile);
  }
}
