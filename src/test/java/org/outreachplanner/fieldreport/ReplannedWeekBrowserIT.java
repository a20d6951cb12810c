package org.outreachplanner.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BrowserLogin;
import org.outreachplanner.support.HeadlessChromium;
import org.outreachplanner.support.LocalForwarder;
import org.outreachplanner.support.PublishedDemoWeek;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real headless Chromium at phone size, in Vietnamese: a team lead has the week open, the
 * planner publishes a re-plan through the API, and the page shows the new week without a reload (it
 * asks for the week's version every few minutes, sped up here to every second), refreshes the
 * offline copy and says so; the report the phone kept for a visit the re-plan removed stays on the
 * phone, shown as needing attention. The browser reaches the server through a local port forwarder
 * that the test stops while the lead reports (the phone out of reach).
 */
@WebTest
class ReplannedWeekBrowserIT {

  private static final String PUBLISHED_VISITS =
      "SELECT g.name FROM schedule_visit v JOIN schedule_plan p ON p.id = v.plan_id"
          + " JOIN village g ON g.code = v.village_code"
          + " WHERE v.team_code = ? AND p.status = 'PUBLISHED' ORDER BY v.visit_date, v.seq";

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  HeadlessChromium lead;
  LocalForwarder server;

  @BeforeEach
  void start() throws IOException {
    PublishedDemoWeek.load(jdbc, imports);
    lead = HeadlessChromium.start();
    lead.speedUpPageTimers();
  }

  @AfterEach
  void stop() throws Exception {
    if (lead != null) {
      lead.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theOpenWeekShowsARePlanWithoutAReloadAndKeepsTheReportOfAVisitItRemoved()
      throws IOException {
    ApiClient planning = ApiClient.as(port, TestUsers.PLANNER);
    // next week: a re-plan keeps what was done or under way before now (a week in the past stays)
    String monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).toString();
    planAndPublish(planning, monday, "");
    String team = PublishedDemoWeek.busiestTeam(jdbc);
    TestUsers.bindLead(jdbc, team);
    server = new LocalForwarder(0, port);
    int reachable = server.port();
    String base = "http://localhost:" + reachable;
    WebDriver phone = lead.driver();
    phone.manage().window().setSize(new Dimension(390, 844));
    BrowserLogin.signIn(phone, base, TestUsers.TEAM_LEAD);
    phone.manage().addCookie(new Cookie("lang", "vi"));
    phone.get(base + "/team.html?week=" + monday);
    Waits.browser(phone)
        .until(d -> "ready".equals(d.findElement(By.id("team")).getAttribute("data-state")));
    Waits.browser(phone)
        .until(d -> Boolean.TRUE.equals(lead.script("return window.outreachTeam.offlineReady")));
    List<String> before = jdbc.queryForList(PUBLISHED_VISITS, String.class, team);
    assertThat(visitNames(phone)).isEqualTo(before);
    String firstDay =
        jdbc.queryForObject(
            "SELECT min(v.visit_date)::text FROM schedule_visit v"
                + " JOIN schedule_plan p ON p.id = v.plan_id"
                + " WHERE v.team_code = ? AND p.status = 'PUBLISHED'",
            String.class,
            team);

    // out of reach, the lead reports the first visit: the report waits on the phone
    ReportsPage page = new ReportsPage(phone);
    server.stopAndWait();
    WebElement form = page.open(0);
    page.fill(form, true, Map.of("householdsHelped", "3"));
    page.save(form);
    Waits.until("the report to be kept").until(() -> "saved".equals(page.states().get(0)));

    // meanwhile the planner re-plans the week: the team cannot work on its first day any more
    jdbc.update(
        "INSERT INTO team_unavailable (team_code, day, reason) VALUES (?, ?::date, 'flooded')",
        team,
        firstDay);
    planAndPublish(planning, monday, ",\"release\":[\"*\"]");
    List<String> after = jdbc.queryForList(PUBLISHED_VISITS, String.class, team);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM schedule_visit v JOIN schedule_plan p ON p.id = v.plan_id"
                    + " WHERE v.team_code = ? AND p.status = 'PUBLISHED' AND v.visit_date = ?::date",
                Integer.class,
                team,
                firstDay))
        .isZero();

    // back in reach: the page shows the new week by itself, and says when
    server = new LocalForwarder(reachable, port);
    Waits.browser(phone)
        .until(d -> Boolean.TRUE.equals(lead.script("return window.outreachTeam.replanned >= 1")));
    assertThat(visitNames(phone)).isEqualTo(after);
    assertThat(
            phone.findElements(
                By.cssSelector("#days section.day[data-date='" + firstDay + "'] li.visit")))
        .isEmpty();
    WebElement note = phone.findElement(By.id("team-replanned"));
    assertThat(note.isDisplayed()).isTrue();
    assertThat(note.getText()).startsWith("Tuần đã được lập lại kế hoạch: cập nhật lúc");
    page.script("window.scrollTo(0, 0)");
    page.shot("team-replanned-390-vi.png");

    // the offline copy is the new week
    Object kept =
        page.async(
            "caches.match(location.origin + '/api/teams/"
                + team
                + "/week?week="
                + monday
                + "', {ignoreVary: true}).then(r => r.json()).then(w => done(w.visit_count))");
    assertThat(((Number) kept).intValue()).isEqualTo(after.size());

    // the report of the visit that is gone stays on the phone, shown as needing attention
    Waits.browser(phone)
        .until(d -> !d.findElements(By.cssSelector("#reports .report-gone")).isEmpty());
    WebElement gone = phone.findElement(By.cssSelector("#reports .report-gone"));
    assertThat(gone.findElement(By.className("report-state")).getAttribute("data-state"))
        .isIn("attention", "accepted");
    assertThat(gone.getText()).contains("Chuyến đi này không còn trong tuần đã công bố");
    Object stored =
        page.async(
            "import('/js/report-store.js').then(m => m.allReports()).then(r => done(r.length))");
    assertThat(((Number) stored).intValue()).isEqualTo(1);
    page.script("arguments[0].scrollIntoView({block: 'center'})", gone);
    page.shot("team-replanned-report-gone-390-vi.png");
    assertThat(page.sidewaysScroll()).isZero();
  }

  /**
   * Plans the demo commune's week of {@code monday} as a planner ({@code more}: more fields of the
   * request) and publishes it.
   */
  private static void planAndPublish(ApiClient planner, String monday, String more) {
    PublishedDemoWeek.publish(
        planner,
        "{\"area\":\""
            + PublishedDemoWeek.DAN_HOA
            + "\",\"first_week\":\""
            + monday
            + "\",\"seconds\":4"
            + more
            + "}");
  }

  private static List<String> visitNames(WebDriver driver) {
    return driver.findElements(By.cssSelector("#days li.visit .visit-name")).stream()
        .map(e -> e.getText().split(" · ")[0])
        .toList();
  }
}
