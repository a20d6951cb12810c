package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.MarkupNames;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The partners' dead-zone page shows village and commune names holding markup as text. */
@WebTest
// the fixture's zones are small: with the privacy thresholds on, a partner would see no village
// name at all, and these tests are about how names are written
@TestPropertySource(
    properties = {
      "outreach.coverage.privacy.min-villages=1",
      "outreach.coverage.privacy.min-households=0"
    })
class DeadZoneMarkupBrowserIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
  HeadlessChromium browser;

  @BeforeEach
  void start() throws IOException {
    new CoverageFixture(jdbc).load();
    MarkupNames.rename(jdbc);
    CoverageFixture.service(dataSource, false).recompute(true, null);
    browser = HeadlessChromium.start();
    MarkupNames.watch(browser);
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aPartnersDeadZonePageShowsMarkupAsText() throws IOException {
    WebDriver driver = browser.driver();
    BrowserLogin.signIn(driver, "http://localhost:" + port, TestUsers.PARTNER);
    Waits.browser(driver)
        .until(d -> "ready".equals(d.findElement(By.id("partner")).getAttribute("data-state")));
    assertThat(browser.script("return window.deadZoneReport.zones")).isEqualTo(2L);
    MarkupNames.openEverything(browser);
    MarkupNames.assertShownAsText(browser, "partner", MarkupNames.VILLAGE);
  }
}
