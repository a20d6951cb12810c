package org.outreachplanner.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
    // the console, read by browserErrors()
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return new HeadlessChromium(profile, new ChromeDriver(service, options));
  }

  public WebDriver driver() {
    return driver;
  }

  public Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
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

  /**
   * The errors the pages logged to the console since the last call (uncaught exceptions, failed
   * requests, console.error), each as "level message".
   */
  public List<String> browserErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile);
  }
}
