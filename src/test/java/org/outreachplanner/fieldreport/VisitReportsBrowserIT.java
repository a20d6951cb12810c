package org.outreachplanner.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
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
 * In real headless Chromium browsers: a team lead on a phone-sized window (390 x 844, in
 * Vietnamese) reports three visits while the server cannot be reached (the browser reaches it
 * through a local port forwarder, which the test stops), the reports wait on the phone and go as
 * soon as the server answers again; sending them again changes nothing; a resend with other content
 * is a conflict that the planner resolves on the dashboard (1366 px wide); the day's SMS text the
 * phone composed is read by the server. The phone's pages run their timers of 10 s or more every
 * second, so the test waits a second, not 20, for the page's next try to send.
 */
@WebTest
class VisitReportsBrowserIT {

  @Autowired JdbcTemplate jdbc;
  @Autowired ImportService imports;
  @LocalServerPort int port;
  HeadlessChromium lead;
  HeadlessChromium planner;
  LocalForwarder server;

  @BeforeEach
  void start() throws IOException {
    PublishedDemoWeek.load(jdbc, imports);
    lead = HeadlessChromium.start();
    lead.speedUpPageTimers();
  }

  @AfterEach
  void stop() throws IOException {
    for (AutoCloseable open : new AutoCloseable[] {lead, planner, server}) {
      try {
        if (open != null) {
          open.close();
        }
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  @Test
  void threeVisitsReportedWithoutTheServerAreSentWhenItAnswersOnceAndAChangedResendIsAConflict()
      throws Exception {
    ApiClient planning = ApiClient.as(port, TestUsers.PLANNER);
    PublishedDemoWeek.planAndPublish(planning, 4);
    String team = PublishedDemoWeek.busiestTeam(jdbc);
    TestUsers.bindLead(jdbc, team);
    String week = moveToLastWeek();
    List<String> villages =
        jdbc.queryForList(
            "SELECT code FROM village WHERE commune_code = ? AND code NOT IN"
                + " (SELECT village_code FROM schedule_visit WHERE team_code = ?)"
                + " ORDER BY code LIMIT 2",
            String.class,
            PublishedDemoWeek.DAN_HOA,
            team);
    WebDriver phone = leadOpensTheWeek(week);
    int reachable = server.port();
    // the commune's villages (for an unplanned visit) are kept too
    Waits.browser(phone)
        .until(d -> Boolean.TRUE.equals(lead.script("return window.outreachReports.villagesKept")));
    ReportsPage page = new ReportsPage(phone);
    int visits =
        jdbc.queryForObject(
            "SELECT count(*) FROM schedule_visit WHERE team_code = ?", Integer.class, team);
    page.waitForStates(java.util.Collections.nCopies(visits, "none"));

    // no connection: the page opens from the phone, the form with it
    server.stopAndWait();
    phone.navigate().refresh();
    waitForTeam(phone, "offline");
    page.waitForStates(java.util.Collections.nCopies(visits, "none"));
    reportThreeVisits(page, villages);
    page.waitForStates(threeIn(visits, "saved"));
    // (the list is drawn again whenever the phone tries to send: read it as it is drawn)
    String waitingText =
        Waits.browser(phone)
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .until(d -> d.findElement(By.id("report-waiting")).getText());
    assertThat(waitingText).isEqualTo("3 báo cáo đang chờ gửi: sẽ gửi ngay khi có kết nối.");
    assertThat(page.sidewaysScroll()).isZero();
    assertThat(page.smallTargets()).isEmpty();
    page.script("document.getElementById('reports').scrollIntoView({block: 'start'})");
    page.shot("report-list-390-vi.png");
    String sms = phone.findElement(By.id("report-sms-text")).getAttribute("value");

    // the connection returns: the reports go without anyone pressing a button
    server = new LocalForwarder(reachable, port);
    page.waitForStates(threeIn(visits, "accepted"));
    page.shot("report-list-accepted-390-vi.png");
    phone.manage().window().setSize(new Dimension(1366, 900));
    page.script("document.getElementById('reports').scrollIntoView({block: 'start'})");
    page.shot("report-list-1366-vi.png");
    assertThat(page.sidewaysScroll()).isZero();
    JsonNode listed = listing(planning, team);
    assertThat(listed).hasSize(3);
    JsonNode first = byVillage(listed, firstVillage(page));
    assertThat(first.path("householdsHelped").asInt()).isEqualTo(12);
    assertThat(first.path("startTime").asText()).startsWith("08:40");
    assertThat(first.path("phonesReturned").isNull()).as("unknown, not 0").isTrue();
    assertThat(first.path("sentBy").asText()).isEqualTo(TestUsers.TEAM_LEAD.username());

    // sending again changes nothing
    assertThat(resend(page, "")).isEqualTo("200 DUPLICATE DUPLICATE DUPLICATE");
    assertThat(listing(planning, team)).isEqualTo(listed);

    // the same id with other content: a conflict for the planner, who keeps the version received
    assertThat(resend(page, "rows[0].report.householdsHelped = 13;"))
        .isEqualTo("409 CONFLICT DUPLICATE DUPLICATE");
    JsonNode waiting = byVillage(listing(planning, team), firstVillage(page));
    assertThat(waiting.path("householdsHelped").asInt()).isEqualTo(12);
    assertThat(waiting.path("state").asText()).isEqualTo("CONFLICT");
    resolveOnTheDashboard();
    Waits.until("the version received to count")
        .until(
            () ->
                byVillage(listing(planning, team), firstVillage(page))
                    .path("householdsHelped")
                    .asInt(),
            n -> n.intValue() == 13);

    // the day's SMS text the phone composed (the newest day: the two unplanned visits), pasted on
    // the dashboard, is read by the server; pasted twice, nothing changes
    assertThat(sms).startsWith("OR1 " + team + " ").hasLineCount(3);
    assertThat(pasteOnTheDashboard(sms)).isEqualTo("ACCEPTED ACCEPTED");
    assertThat(pasteOnTheDashboard(sms)).isEqualTo("DUPLICATE DUPLICATE");
    new ReportsPage(planner.driver()).shot("dashboard-sms-1366.png");

    // the planner's map counts the activations reported, as the dashboard does
    thePlannersMapCountsTheActivations(firstVillage(page), 8);
  }

  @Test
  void signingOutWithAReportNotYetSentAsksFirst() throws Exception {
    ApiClient planning = ApiClient.as(port, TestUsers.PLANNER);
    PublishedDemoWeek.planAndPublish(planning, 2);
    String team = PublishedDemoWeek.busiestTeam(jdbc);
    TestUsers.bindLead(jdbc, team);
    String week = moveToLastWeek();
    WebDriver phone = leadOpensTheWeek(week);
    int reachable = server.port();
    ReportsPage page = new ReportsPage(phone);
    int visits =
        jdbc.queryForObject(
            "SELECT count(*) FROM schedule_visit WHERE team_code = ?", Integer.class, team);
    page.waitForStates(java.util.Collections.nCopies(visits, "none"));

    // no connection: one report waits on the phone, and signing out asks first (in Vietnamese)
    server.stopAndWait();
    WebElement form = page.open(0);
    page.fill(form, true, Map.of("householdsHelped", "4"));
    page.save(form);
    List<String> saved = new java.util.ArrayList<>(java.util.Collections.nCopies(visits, "none"));
    saved.set(0, "saved");
    page.waitForStates(saved);
    page.script("document.getElementById('logout').click()");
    org.openqa.selenium.Alert ask =
        Waits.browser(phone)
            .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
    assertThat(ask.getText())
        .startsWith("Còn 1 báo cáo chuyến đi trên điện thoại này chưa gửi được.")
        .endsWith("Vẫn đăng xuất?");
    ask.dismiss();
    // kept: still signed in, the report still waits on the phone
    assertThat(phone.getCurrentUrl()).contains("/team.html");
    page.waitForStates(saved);

    // the connection returns and the report goes: signing out asks nothing
    server = new LocalForwarder(reachable, port);
    saved.set(0, "accepted");
    page.waitForStates(saved);
    page.script("document.getElementById('logout').click()");
    Waits.browser(phone).until(d -> d.getCurrentUrl().contains("/login"));
  }

  /**
   * The lead signs in on a phone-sized window in Vietnamese, through a local forwarder the test can
   * stop, and opens the team's week, kept for use without a connection.
   */
  private WebDriver leadOpensTheWeek(String week) throws IOException {
    server = new LocalForwarder(0, port);
    String base = "http://localhost:" + server.port();
    WebDriver phone = lead.driver();
    phone.manage().window().setSize(new Dimension(390, 844));
    BrowserLogin.signIn(phone, base, TestUsers.TEAM_LEAD);
    phone.manage().addCookie(new Cookie("lang", "vi"));
    phone.get(base + "/team.html?week=" + week);
    waitForTeam(phone, "ready");
    Waits.browser(phone)
        .until(d -> Boolean.TRUE.equals(lead.script("return window.outreachTeam.offlineReady")));
    return phone;
  }

  /** Pastes a text into the dashboard's card and answers the states it shows for its reports. */
  private String pasteOnTheDashboard(String text) {
    WebDriver desk = planner.driver();
    WebElement area = desk.findElement(By.id("sms-text"));
    area.clear();
    area.sendKeys(text);
    new ReportsPage(desk).script("document.getElementById('sms-results').dataset.states = ''");
    desk.findElement(By.id("sms-submit")).click();
    return Waits.browser(desk)
        .until(
            d -> {
              String states = d.findElement(By.id("sms-results")).getAttribute("data-states");
              return states == null || states.isEmpty() ? null : states;
            });
  }

  /**
   * Three visits: the first planned one fully reported; an unplanned one to another village of the
   * commune, not reached (the reason "other" wants a note); an unplanned one with a few figures.
   */
  private void reportThreeVisits(ReportsPage page, List<String> villages) throws IOException {
    WebElement form = page.open(0);
    Map<String, String> full = new LinkedHashMap<>();
    full.put("startTime", "08:40");
    full.put("endTime", "11:15");
    full.put("householdsHelped", "12");
    full.put("activationsCompleted", "8");
    full.put("unfinished.NO_SIGNAL", "2");
    full.put("simCardsHandedOut", "5");
    full.put("phonesLent", "2");
    full.put("signal.Viettel", "WEAK");
    full.put("notes", "Đường trơn");
    page.fill(form, true, full);
    page.script("arguments[0].scrollIntoView({block: 'start'})", form);
    page.shot("report-form-390-vi.png");
    page.script("arguments[0].scrollIntoView({block: 'end'})", form);
    page.shot("report-form-end-390-vi.png");
    page.save(form);

    form = page.openUnplanned();
    page.fill(form, false, Map.of("village", villages.get(0), "notReachedReason", "OTHER"));
    form.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(page.problems(form))
        .isEqualTo("Với lý do \"Lý do khác\", hãy ghi rõ lý do trong ghi chú.");
    page.fill(form, false, Map.of("notReachedReason", "RAIN"));
    page.save(form);

    form = page.openUnplanned();
    page.fill(form, true, Map.of("village", villages.get(1), "activationsCompleted", "3"));
    page.save(form);
  }

  /**
   * Moves the published week to the week before this one, so that its visits are recent enough for
   * a lead to report and none is in the future; answers its Monday.
   */
  private String moveToLastWeek() {
    java.time.LocalDate monday =
        java.time.LocalDate.now()
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
            .minusWeeks(1);
    long days =
        java.time.temporal.ChronoUnit.DAYS.between(
            java.time.LocalDate.parse(PublishedDemoWeek.MONDAY), monday);
    jdbc.update("UPDATE schedule_visit SET visit_date = visit_date + ?", (int) days);
    return monday.toString();
  }

  /** The states of the list: the first planned visit, the others (none), two unplanned ones. */
  private static List<String> threeIn(int visits, String state) {
    List<String> all = new java.util.ArrayList<>(List.of(state));
    all.addAll(java.util.Collections.nCopies(visits - 1, "none"));
    all.addAll(List.of(state, state));
    return all;
  }

  /**
   * Sends the reports kept on the phone again from the page, after a change made by {@code change}
   * (JS over {@code rows}); answers the status and the states of the answer.
   */
  private static String resend(ReportsPage page, String change) {
    return String.valueOf(
        page.async(
            "import('/js/report-store.js').then(m => m.allReports()).then(rows => {"
                + change
                + " return import('/js/i18n.js').then(i => fetch('/api/visit-reports', {"
                + " method: 'POST', headers: {'Content-Type': 'application/json',"
                + " 'X-XSRF-TOKEN': i.csrfToken()},"
                + " body: JSON.stringify({reports: rows.map(r => r.report)})}));"
                + "}).then(r => r.json().then(b => done(r.status + ' '"
                + " + b.results.map(x => x.state).join(' '))), e => done(String(e)))"));
  }

  /** The planner's dashboard at 1366 px: the conflict with both versions; keeps the received. */
  private void resolveOnTheDashboard() throws IOException {
    planner = HeadlessChromium.start();
    WebDriver desk = planner.driver();
    desk.manage().window().setSize(new Dimension(1366, 900));
    BrowserLogin.signIn(desk, "http://localhost:" + port, TestUsers.PLANNER);
    desk.get("http://localhost:" + port + "/dashboard.html");
    Waits.browser(desk)
        .until(d -> !d.findElements(By.cssSelector("#conflicts .conflict")).isEmpty());
    WebElement conflict = desk.findElement(By.cssSelector("#conflicts .conflict"));
    assertThat(conflict.findElements(By.cssSelector(".differs"))).hasSize(2);
    assertThat(conflict.getText()).contains("12", "13");
    new ReportsPage(desk)
        .script("document.getElementById('field-reports').scrollIntoView({block: 'start'})");
    new ReportsPage(desk).shot("dashboard-conflict-1366.png");
    conflict.findElement(By.cssSelector("button[data-keep=received]")).click();
    Waits.browser(desk)
        .until(d -> d.findElements(By.cssSelector("#conflicts .conflict")).isEmpty());
  }

  /**
   * The planner's map (1366 px) counts the activations the lead reported in the village's figure:
   * the village layer it draws and the village's popup (the import's figure plus those reported).
   */
  private void thePlannersMapCountsTheActivations(String village, int activations)
      throws IOException {
    Map<String, Object> figures =
        jdbc.queryForMap("SELECT eligible, eid_done FROM village WHERE code = ?", village);
    int eligible = ((Number) figures.get("eligible")).intValue();
    int now = Math.min(((Number) figures.get("eid_done")).intValue() + activations, eligible);
    WebDriver desk = planner.driver();
    ReportsPage map = new ReportsPage(desk);
    desk.get("http://localhost:" + port + "/");
    Waits.browser(desk)
        .until(d -> "ready".equals(d.findElement(By.id("map")).getAttribute("data-state")));
    Object drawn =
        map.async(
            "fetch('/api/villages/layer').then(r => r.json()).then(l => done(l.features"
                + ".find(f => f.properties.code === '"
                + village
                + "').properties.eid_done))");
    assertThat(((Number) drawn).intValue()).isEqualTo(now);
    theTotalsCountTheActivations(map, village, now - ((Number) figures.get("eid_done")).intValue());
    map.script("window.outreachMap.openVillage(arguments[0])", village);
    Waits.browser(desk)
        .until(d -> !d.findElements(By.cssSelector(".village-progress[data-loaded]")).isEmpty());
    String popup =
        desk.findElement(By.cssSelector(".leaflet-popup-content")).getAttribute("innerText");
    assertThat(popup)
        .contains(String.format(java.util.Locale.ENGLISH, "%,d of %,d eligible", now, eligible))
        .contains("plus " + activations + " activations reported since");
    map.shot("planner-map-reported-1366.png");
  }

  /**
   * The commune's and the province's totals (the overview's commune table, the commune layer and
   * the dashboard read them) sum the villages' figures now as the layer draws them: the imported
   * figures plus the activations reported ({@code added} in the village), not the imported figures
   * alone.
   */
  private void theTotalsCountTheActivations(ReportsPage map, String village, int added) {
    String commune =
        jdbc.queryForObject(
            "SELECT commune_code FROM village WHERE code = ?", String.class, village);
    long imported =
        jdbc.queryForObject(
            "SELECT sum(eid_done) FROM village WHERE commune_code = ?", Long.class, commune);
    Object sums =
        map.async(
            "Promise.all([fetch('/api/villages/layer').then(r => r.json()),"
                + " fetch('/api/communes?commune="
                + commune
                + "').then(r => r.json()), fetch('/api/provinces').then(r => r.json())])"
                + ".then(([l, c, p]) => done([l.features.filter(f => f.properties.commune_code"
                + " === '"
                + commune
                + "').reduce((s, f) => s + (f.properties.eid_done ?? 0), 0),"
                + " c.features[0].properties.eid_done,"
                + " l.features.reduce((s, f) => s + (f.properties.eid_done ?? 0), 0),"
                + " p.provinces.reduce((s, x) => s + (x.eid_done ?? 0), 0)]))");
    List<?> figures = (List<?>) sums;
    long layerCommune = ((Number) figures.get(0)).longValue();
    // (the commune's other villages reported activations too)
    assertThat(layerCommune).isGreaterThanOrEqualTo(imported + added);
    assertThat(((Number) figures.get(1)).longValue()).isEqualTo(layerCommune);
    assertThat(((Number) figures.get(3)).longValue())
        .isEqualTo(((Number) figures.get(2)).longValue());
  }

  /** The latest version of each of the team's reports, as the server lists them. */
  private static JsonNode listing(ApiClient planning, String team) {
    ApiClient.Response answer = planning.get("/api/visit-reports?team=" + team, "application/json");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode body = answer.json();
    return body.isArray() ? body : body.path("reports");
  }

  private static String firstVillage(ReportsPage page) {
    return String.valueOf(
        page.script("return document.querySelector('#reports .report-visit').dataset.village"));
  }

  private static JsonNode byVillage(JsonNode reports, String village) {
    for (JsonNode r : reports) {
      if (r.path("village").asText().equals(village)) {
        return r;
      }
    }
    return null;
  }

  private static void waitForTeam(WebDriver driver, String state) {
    Waits.browser(driver)
        .until(d -> state.equals(d.findElement(By.id("team")).getAttribute("data-state")));
  }
}
