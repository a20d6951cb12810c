package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A planner uploads a survey file whose headers the import does not know, maps its columns on the
 * upload's Columns step, saves the mapping, imports, and applies the saved mapping again in
 * Vietnamese on a phone. Screenshots: target/screenshots/.
 */
@WebTest
class ColumnMappingBrowserIT {

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
    jdbc.update("DELETE FROM column_preset");
    browser = HeadlessChromium.start();
    driver = browser.driver();
    base = "http://localhost:" + port;
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    jdbc.update("DELETE FROM column_preset");
  }

  @Test
  void surveyColumnsAreMappedSavedAndImported() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("drive-test.csv"),
            "measured,carrier,radio,longitude,latitude,dbm,cell_identity_of_the_serving_cell\n"
                + "2026-05-14T09:12:00+07:00,Viettel,LTE,106.1,17.5,-95,45204123456789\n"
                + "2026-05-14T09:12:01+07:00,VNPT,HSPA+,106.2,17.6,-80,45202987654321\n");
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(base + "/dashboard.html");
    waitFor("dashboard", "ready");
    choose(file);
    assertThat(driver.findElements(By.cssSelector("#mapping-preview tbody tr"))).hasSize(2);
    assertThat(text("mapping-missing")).contains("observed_at, operator, technology");
    pick("observed_at", "measured");
    pick("operator", "carrier");
    pick("technology", "radio");
    pick("signal", "dbm");
    assertThat(text("mapping-missing")).isEqualTo("Every required column has a file column.");

    driver.findElement(By.id("mapping-name")).sendKeys("Drive test");
    driver.findElement(By.id("mapping-save")).click();
    wait(d -> text("mapping-status").equals("Mapping saved as “Drive test”."));
    assertThat(
            jdbc.queryForObject(
                "SELECT mapping ->> 'operator' FROM column_preset WHERE kind = 'surveys'",
                String.class))
        .isEqualTo("carrier");
    browser.script("document.getElementById('mapping').scrollIntoView()");
    shot("planner-column-mapping.png");

    driver.findElement(By.id("import-submit")).click();
    wait(d -> "imported".equals(browser.script("return window.outreachDashboard.upload")));
    assertThat(
            jdbc.queryForList(
                "SELECT operator || ' ' || technology FROM survey_point ORDER BY line_no",
                String.class))
        .containsExactly("Viettel 4G", "VNPT 3G");

    driver.get(base + "/api/i18n?lang=vi");
    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(base + "/dashboard.html");
    waitFor("dashboard", "ready");
    choose(file);
    assertThat(text("mapping-missing")).startsWith("Chưa có cột trong tệp cho:");
    new Select(driver.findElement(By.id("mapping-saved"))).selectByValue("Drive test");
    assertThat(new Select(target("operator")).getFirstSelectedOption().getText())
        .isEqualTo("carrier");
    assertThat(text("mapping-missing")).isEqualTo("Mọi cột bắt buộc đều đã có cột trong tệp.");
    assertThat(text("mapping-status")).isEqualTo("Đã áp dụng cách ghép cột “Drive test”.");
    Object overflow =
        browser.script(
            "const s = document.querySelector('.mapping-scroll');"
                + " return [s.scrollWidth > s.clientWidth,"
                + " document.documentElement.scrollWidth <= window.innerWidth];");
    assertThat(overflow)
        .as("the preview scrolls inside its card; the page itself does not")
        .isEqualTo(java.util.List.of(true, true));
    browser.script("document.getElementById('mapping').scrollIntoView()");
    shot("planner-column-mapping-phone-vi.png");
  }

  private void choose(Path file) {
    new Select(driver.findElement(By.id("import-kind"))).selectByValue("surveys");
    driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
    waitFor("mapping", "ready");
  }

  private org.openqa.selenium.WebElement target(String column) {
    return driver.findElement(
        By.cssSelector("#mapping-targets select[data-target='" + column + "']"));
  }

  private void pick(String column, String fileColumn) {
    new Select(target(column)).selectByValue(fileColumn);
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
