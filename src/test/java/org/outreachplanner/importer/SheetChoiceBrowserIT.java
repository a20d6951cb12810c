package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner uploads a workbook of two sheets on a phone in Vietnamese: the Columns step shows the
 * first sheet, the planner chooses the second, sees its rows below the title rows, and imports it.
 * Screenshot: target/screenshots/planner-sheet-choice-phone-vi.png.
 */
@WebTest
class SheetChoiceBrowserIT {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir Path dir;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

  @BeforeEach
  void start() throws IOException {
    TestTables.clear(jdbc);
    jdbc.execute(ImportTestSupport.INSERT_COMMUNES);
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

  @Test
  void theSheetChosenAfterThePreviewIsImported() throws IOException {
    Path file = SheetPreviewIT.twoSheets(dir.resolve("thon.xlsx"));
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/api/i18n?lang=vi");
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(base + "/dashboard.html");
    waitFor("dashboard", "ready");
    new Select(driver.findElement(By.id("import-kind"))).selectByValue("villages");
    driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
    waitFor("mapping", "ready");
    Select sheets = new Select(driver.findElement(By.id("mapping-sheet")));
    assertThat(sheets.getOptions().stream().map(o -> o.getText()).toList())
        .containsExactly("Năm 2025", "Năm 2026");
    assertThat(sheets.getFirstSelectedOption().getText()).isEqualTo("Năm 2025");
    assertThat(text("mapping-preset")).startsWith("Trang tính “Năm 2025”: dòng tiêu đề ở dòng 1.");

    sheets.selectByValue("Năm 2026");
    wait(d -> text("mapping-preset").startsWith("Trang tính “Năm 2026”: dòng tiêu đề ở dòng 3."));
    waitFor("mapping", "ready");
    assertThat(driver.findElements(By.cssSelector("#mapping-preview tbody tr"))).hasSize(2);
    assertThat(driver.findElement(By.cssSelector("#mapping-preview tbody tr")).getText())
        .contains("T01", "1.202");
    Object overflow =
        browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    assertThat(overflow).as("the page itself does not scroll sideways").isEqualTo(true);
    browser.script("document.getElementById('mapping').scrollIntoView()");
    shot("planner-sheet-choice-phone-vi.png");

    driver.findElement(By.id("import-submit")).click();
    wait(d -> "imported".equals(browser.script("return window.outreachDashboard.upload")));
    assertThat(
            jdbc.queryForList(
                "SELECT code || ' ' || households FROM village ORDER BY code", String.class))
        .isEqualTo(List.of("T01 1202", "T02 30"));
  }

  private void waitFor(String id, String state) {
    wait(d -> state.equals(d.findElement(By.id(id)).getAttribute("data-state")));
  }

  private void wait(Function<WebDriver, Boolean> condition) {
    Waits.browser(driver).until(condition::apply);
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
