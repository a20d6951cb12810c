package org.outreachplanner.security;

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
import org.openqa.selenium.support.ui.Select;
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
 * Each role signs in through the login page of a real headless Chromium and sees its own pages: the
 * planner the map (search, filter, popup), the dashboard (charts, an upload refused row by row) and
 * Vietnamese; the team lead the map without the dashboard; the telecom partner the dead-zone page
 * and no map. The screenshots (target/screenshots/) illustrate the user guides.
 */
@WebTest
class RoleViewsBrowserIT {

  static final Path SHOTS = Path.of("target", "screenshots");

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;
  HeadlessChromium browser;
  WebDriver driver;
  String base;

  @BeforeEach
  void start() throws IOException {
    BorderCommunes.load(jdbc);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members)"
            + " VALUES ('T-LUM', '03439', 'Thu Lũm team', ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)");
    TestUsers.bindLead(jdbc, "T-LUM");
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
  void aPlannerFindsAVillageWithoutTypingItsTonesAndOpensItsPopup() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/");
    waitFor("map", "ready");
    assertThat(text("session-user")).contains("Test planner", "Planner");
    assertThat(navLinks()).containsExactly("Map", "Dashboard", "Team week", "Dead zones");

    driver.findElement(By.id("village-search")).sendKeys("ca roong");
    wait(d -> !d.findElements(By.cssSelector("#search-results .result")).isEmpty());
    List<WebElement> results = driver.findElements(By.cssSelector("#search-results .result"));
    assertThat(results)
        .extracting(WebElement::getText)
        .containsExactly("Bản Cà Roòng 1 · Thượng Trạch");
    results.get(0).click();
    wait(d -> !d.findElements(By.cssSelector(".leaflet-popup-content")).isEmpty());
    wait(
        d ->
            "1"
                .equals(
                    script(
                        "return getComputedStyle(document.querySelector('.leaflet-popup')).opacity")));
    // the popup scrolls (its progress chart below): read its text whether scrolled into view or not
    String popup =
        driver.findElement(By.cssSelector(".leaflet-popup-content")).getAttribute("innerText");
    assertThat(popup).contains("Bản Cà Roòng 1", "Village V005 · Thượng Trạch", "Households", "80");
    shot("planner-map-search.png");

    // đ counts as d, and the search keeps to the commune chosen
    clearSearch();
    driver.findElement(By.id("village-search")).sendKeys("BAN");
    new Select(driver.findElement(By.id("commune-filter"))).selectByValue("03439");
    wait(d -> Long.valueOf(3).equals(script("return window.outreachMap.villageCount")));
    assertThat(foundNames()).containsExactly("Bản Ka Lăng", "Bản Pa Ma", "Bản Thu Lũm");
    clearSearch();
    new Select(driver.findElement(By.id("commune-filter"))).selectByValue("");
    driver.findElement(By.id("village-search")).sendKeys("nong moi");
    wait(d -> foundNames().equals(List.of("Bản Nồng Mới")));

    // the folding itself: tone marks, other diacritics and đ/Đ
    Object folded =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/js/search.js').then(m => done("
                    + "[m.fold('Đồn Biên Phòng  Đắk'), m.fold('Cà Roòng 1'), m.fold('Thượng Trạch')]));");
    assertThat(folded).isEqualTo(List.of("don bien phong dak", "ca roong 1", "thuong trach"));
  }

  @Test
  void thePlannerDashboardChartsCompletionAndReportsAnUploadRowByRow() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    driver.get(base + "/dashboard.html");
    waitFor("dashboard", "ready");
    assertThat(driver.findElements(By.cssSelector("#commune-table tbody tr"))).hasSize(5);
    assertThat(driver.findElements(By.cssSelector("#village-table tbody tr"))).hasSize(8);
    assertThat(driver.findElements(By.cssSelector("#commune-chart rect.bar"))).hasSize(5);
    assertThat(driver.findElements(By.cssSelector("#village-chart rect.bar"))).hasSize(8);
    // lowest completion first: Bản Nồng Mới, 1 of 16 = 6.3 %
    assertThat(driver.findElement(By.cssSelector("#village-table tbody tr")).getText())
        .contains("Bản Nồng Mới", "6.3 %");

    int villages = count("village");
    Path bad = Path.of("src/test/resources/imports/villages-bad.csv").toAbsolutePath();
    new Select(driver.findElement(By.id("import-kind"))).selectByValue("villages");
    driver.findElement(By.id("import-file")).sendKeys(bad.toString());
    driver.findElement(By.id("import-submit")).click();
    wait(d -> "rejected".equals(script("return window.outreachDashboard.upload")));
    assertThat(driver.findElement(By.id("import-problems")).isDisplayed()).isTrue();
    List<WebElement> problems = driver.findElements(By.cssSelector("#import-problems tbody tr"));
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).getText()).contains("villages-bad.csv");
    assertThat(text("import-status")).startsWith("Not imported:");
    assertThat(driver.findElement(By.id("import-problems-xlsx")).getAttribute("href"))
        .endsWith(
            "/api/imports/"
                + script("return window.outreachDashboard.report.importId")
                + "/problems.xlsx");
    assertThat(count("village")).isEqualTo(villages);
    shot("planner-dashboard.png");
    script("document.getElementById('import-title').scrollIntoView()");
    shot("planner-import-problems.png");
  }

  @Test
  void theMapSpeaksVietnameseAfterTheSwitch() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PLANNER);
    waitFor("map", "ready");
    driver.findElement(By.cssSelector("#session a[data-lang='vi']")).click();
    wait(d -> "vi".equals(script("return document.documentElement.lang")));
    waitFor("map", "ready");
    assertThat(driver.findElement(By.id("logout")).getText()).isEqualTo("Đăng xuất");
    assertThat(text("summary-status"))
        .isEqualTo("8 thôn, bản ở 5 xã; 55,5 % người đủ điều kiện đã có định danh điện tử mức 2.");
    assertThat(driver.findElement(By.cssSelector(".leaflet-control.legend")).getText())
        .contains("Tỷ lệ định danh điện tử mức 2");
    shot("map-vietnamese.png");
    // back to English for the other tests' cookie-less browsers (each starts afresh anyway)
    driver.findElement(By.cssSelector("#session a[data-lang='en']")).click();
    wait(d -> "en".equals(script("return document.documentElement.lang")));
  }

  @Test
  void aTeamLeadSeesTheMapButNotTheDashboard() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.TEAM_LEAD);
    // a team lead starts on their team's week
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/team.html");
    driver.get(base + "/");
    waitFor("map", "ready");
    assertThat(text("session-user")).contains("Team lead", "T-LUM");
    assertThat(navLinks()).containsExactly("Team week", "Map");
    assertThat(script("return window.outreachMap.villageCount")).isEqualTo(8L);
    shot("team-lead-map.png");

    driver.get(base + "/dashboard.html");
    assertThat(driver.getPageSource()).contains("403", "Your role may not see or change this.");
  }

  @Test
  void aPartnerSeesDeadZoneReportsAndNoVillageLayer() throws IOException {
    BrowserLogin.signIn(driver, base, TestUsers.PARTNER);
    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/partner.html");
    wait(d -> !"loading".equals(d.findElement(By.id("partner")).getAttribute("data-state")));
    assertThat(navLinks()).containsExactly("Dead zones");
    assertThat(driver.findElements(By.id("map"))).isEmpty();
    assertThat(script("return window.outreachMap === undefined")).isEqualTo(true);
    assertThat(driver.getPageSource()).doesNotContain("Cà Roòng", "V005");
    shot("partner.png");

    driver.get(base + "/");
    assertThat(driver.getPageSource()).contains("403");
    assertThat(driver.findElements(By.cssSelector(".leaflet-container"))).isEmpty();

    // signing out leads back to the login page
    driver.get(base + "/partner.html");
    wait(d -> !d.findElements(By.id("logout")).isEmpty());
    driver.findElement(By.id("logout")).click();
    wait(d -> d.getCurrentUrl().endsWith("/login?logout"));
    assertThat(driver.findElement(By.id("login-out")).isDisplayed()).isTrue();
    shot("login.png");
  }

  private void waitFor(String id, String state) {
    wait(d -> state.equals(d.findElement(By.id(id)).getAttribute("data-state")));
  }

  private void wait(java.util.function.Function<WebDriver, Boolean> condition) {
    Waits.browser(driver).until(condition::apply);
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private List<String> navLinks() {
    wait(d -> !d.findElements(By.cssSelector("#session .pages a")).isEmpty());
    return driver.findElements(By.cssSelector("#session .pages a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> foundNames() {
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) script("return window.outreachMap.found");
    return names;
  }

  private void clearSearch() {
    WebElement input = driver.findElement(By.id("village-search"));
    input.clear();
    script("document.getElementById('village-search').dispatchEvent(new Event('input'))");
  }

  private Object script(String js) {
    return browser.script(js);
  }

  private int count(String table) {
    Integer n = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    return n == null ? 0 : n;
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name), png);
    assertThat(png.length).isGreaterThan(5_000);
  }
}
