package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role and anonymous, over real HTTP through the real filter chain. The
 * endpoints come from Spring's own handler mapping, so a new controller method is checked as soon
 * as it exists, and one that {@link #EXPECTED} does not cover fails the test until its access is
 * decided here (and in {@link AccessRules}).
 */
@WebTest
class SecurityMatrixIT {

  /** Who asks. */
  enum Who {
    ANONYMOUS(null),
    PLANNER(TestUsers.PLANNER),
    TEAM_LEAD(TestUsers.TEAM_LEAD),
    PARTNER(TestUsers.PARTNER);

    final TestUsers.TestUser user;

    Who(TestUsers.TestUser user) {
      this.user = user;
    }
  }

  private static final Who P = Who.PLANNER;
  private static final Who L = Who.TEAM_LEAD;
  private static final Who T = Who.PARTNER;
  private static final Who A = Who.ANONYMOUS;

  /** The lead's own team and another one, for the paths that name a team. */
  static final String OWN_TEAM = "T-OWN";

  static final String OTHER_TEAM = "T-OTHER";

  /**
   * Who may use each endpoint: "METHOD path" exactly as mapped, or "METHOD prefix/**" for a family
   * of endpoints (also those still to come, such as schedules and dead zones). Everyone else must
   * be refused: 401 (API) or the login page (pages) when anonymous, 403 when signed in.
   */
  static final Map<String, Set<Who>> EXPECTED = new LinkedHashMap<>();

  static {
    // map basics: read by planners and team leads
    for (String path :
        List.of(
            "/api/villages/**",
            "/api/communes/**",
            "/api/provinces/**",
            "/api/travel-times/**",
            "/api/closures/**",
            "/api/speeds/**",
            "/api/coverage/**",
            "/api/roads/**")) {
      expect("GET " + path, P, L);
    }
    // whole plans (every team's visits): planners; a team lead reads their team's week only
    expect("GET /api/schedules/**", P);
    // batches of solves (every commune of a province or of the country): planners
    expect("GET /api/schedule-batches/**", P);
    // changes, imports, sites, the API description: planners only
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      expect(method + " /api/**", P);
    }
    expect("GET /api/imports/**", P);
    expect("GET /api/sites/**", P);
    expect("GET /api/openapi/**", P);
    expect("GET /api/openapi.yaml", P);
    // one team's data: planners and that team's lead (checked with both team codes below)
    expect("GET /api/teams/**", P, L);
    // visit reports: a lead sends and reads their own team's (checked per report); conflicts are
    // the planners'
    expect("POST /api/visit-reports", P, L);
    expect("GET /api/visit-reports", P, L);
    expect("GET /api/visit-reports/conflicts", P);
    expect("POST /api/visit-reports/sms", P);
    expect("POST /api/visit-reports/conflicts/**", P);
    // dead-zone reports: planners and telecom partners
    expect("GET /api/dead-zones/**", P, T);
    // the map's vector tiles, layer by layer as the API's data
    expect("GET /tiles/villages/**", P, L);
    expect("GET /tiles/coverage/**", P, L);
    expect("GET /tiles/dead-zones/**", P, T);
    expect("GET /tiles/communes/**", P, L, T);
    // every signed-in user; everyone
    expect("GET /api/me", P, L, T);
    expect("GET /home", P, L, T);
    expect("GET /api/i18n", A, P, L, T);
    expect("GET /error", A, P, L, T);
    // pages and what is not a controller method
    expect("GET /login", A, P, L, T);
    expect("GET /actuator/health", A, P, L, T);
    expect("GET /actuator/info", P);
    expect("GET /", P, L);
    expect("GET /index.html", P, L);
    expect("GET /dashboard.html", P);
    expect("GET /team.html", P, L);
    expect("GET /partner.html", P, T);
    expect("GET /dead-zones.html", P, T);
    expect("GET /api/teams", P);
    // weekly progress of any area, every team's stock: planners (a village's series is a map basic)
    expect("GET /api/progress", P);
    expect("GET /api/progress.xlsx", P);
    expect("GET /api/stock", P);
    expect("GET /js/map.js", P, L, T);
    expect("GET /js/offline.js", A, P, L, T);
    expect("GET /team-sw.js", P, L);
  }

  /**
   * Paths served outside the controllers (static pages, actuator, the login view), and paths of the
   * endpoint families still to come (schedules, team weeks, dead zones, coverage, sites), so that
   * their rules are checked through the filter chain already: where no controller answers yet, an
   * allowed caller gets 404 and a refused one 401 or 403.
   */
  static final List<String> NOT_CONTROLLERS =
      List.of(
          "GET /login",
          "GET /actuator/health",
          "GET /actuator/info",
          "GET /",
          "GET /index.html",
          "GET /dashboard.html",
          "GET /team.html",
          "GET /partner.html",
          "GET /dead-zones.html",
          "GET /js/map.js",
          "GET /js/offline.js",
          "GET /team-sw.js",
          "GET /api/teams/{code}",
          "GET /api/teams/{code}/schedule",
          "POST /api/teams/{code}/schedule",
          "GET /api/teams",
          "GET /api/schedules",
          "POST /api/schedules",
          "GET /api/dead-zones",
          "GET /api/dead-zones/{id}/download",
          "DELETE /api/dead-zones/{id}",
          "GET /api/coverage",
          "GET /api/sites",
          "PUT /api/sites/{id}");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @LocalServerPort int port;

  @BeforeEach
  void fixture() {
    BorderCommunes.load(jdbc);
    for (String team : List.of(OWN_TEAM, OTHER_TEAM)) {
      jdbc.update(
          "INSERT INTO team (code, commune_code, name, base, members)"
              + " VALUES (?, '03439', ?, ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)",
          team,
          "Team " + team);
    }
    TestUsers.bindLead(jdbc, OWN_TEAM);
  }

  @Test
  void everyEndpointAnswersEachRoleAsTheRulesSay() throws Exception {
    List<String> endpoints = endpoints();
    List<String> unlisted = endpoints.stream().filter(e -> expected(e) == null).toList();
    assertThat(unlisted)
        .as("endpoints without an access rule in SecurityMatrixIT.EXPECTED (and AccessRules)")
        .isEmpty();

    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (String endpoint : endpoints) {
      Set<Who> allowed = expected(endpoint);
      for (String path : concretePaths(endpoint)) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        boolean otherTeam = path.contains("/" + OTHER_TEAM);
        for (Who who : Who.values()) {
          boolean mayUse = allowed.contains(who) && !(otherTeam && who == Who.TEAM_LEAD);
          HttpResponse<String> response = send(method, path, who);
          cells++;
          String problem = check(path, who, mayUse, response);
          if (problem != null) {
            wrong.add(method + " " + path + " as " + who + ": " + problem);
          }
        }
      }
    }
    assertThat(wrong).as("cells answered against the rules").isEmpty();
    // the current controllers, pages and actuator: at least 21 endpoints × 4 callers
    assertThat(cells).isGreaterThanOrEqualTo(21 * 4);
  }

  @Test
  void aCookieSessionMustSendTheCsrfTokenToChangeAnything() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String base = "http://localhost:" + port;

    // the login page sets the token cookie; signing in without it is refused
    browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), ofString());
    String token = cookie(browser, base, SecurityConfig.CSRF_COOKIE);
    assertThat(token).isNotBlank();
    HttpResponse<String> noToken = browser.send(form(base, null), ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);
    HttpResponse<String> signedIn = browser.send(form(base, token), ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");

    // reading needs no token; signing in gave the session a new one
    HttpResponse<String> read =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/closures")).build(), ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    String sessionToken = cookie(browser, base, SecurityConfig.CSRF_COOKIE);
    assertThat(sessionToken).isNotBlank().isNotEqualTo(token);

    // a change without the token is refused and changes nothing; with it, it is served
    int closures = count("road_closure");
    String closure = "{\"edgeId\":1,\"reason\":\"landslide\",\"startsOn\":\"2026-01-01\"}";
    HttpResponse<String> refused =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/closures"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(closure))
                .build(),
            ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).path("message").asText()).contains("CSRF");
    assertThat(count("road_closure")).isEqualTo(closures);

    HttpResponse<String> wrongToken =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/closures/999999"))
                .header(SecurityConfig.CSRF_HEADER, "not-the-token")
                .DELETE()
                .build(),
            ofString());
    assertThat(wrongToken.statusCode()).isEqualTo(403);

    HttpResponse<String> withToken =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/closures/999999"))
                .header(SecurityConfig.CSRF_HEADER, sessionToken)
                .DELETE()
                .build(),
            ofString());
    assertThat(withToken.statusCode()).isEqualTo(404);

    // Basic credentials sent by a browser (a cross-site request carries Sec-Fetch-Site) need the
    // token too; an API client without that header does not
    HttpResponse<String> crossSite =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/closures/999999"))
                .header("Authorization", TestUsers.PLANNER.basicAuthorization())
                .header("Sec-Fetch-Site", "cross-site")
                .DELETE()
                .build(),
            ofString());
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(
            ApiClient.as(port, TestUsers.PLANNER)
                .send("DELETE", "/api/closures/999999", null, null)
                .status())
        .isEqualTo(404);

    // signing out ends the session
    HttpResponse<String> out =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Accept", "text/html")
                .header(SecurityConfig.CSRF_HEADER, sessionToken)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            ofString());
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(
            browser
                .send(
                    HttpRequest.newBuilder(URI.create(base + "/api/closures")).build(), ofString())
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void wrongPasswordsAndUnknownUsersAreRefusedAlike() throws Exception {
    for (String credentials : List.of("test-planner:wrong-password", "nobody:planner-test-pw")) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/villages"))
                  .header(
                      "Authorization",
                      "Basic "
                          + java.util.Base64.getEncoder()
                              .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                  .build(),
              ofString());
      assertThat(response.statusCode()).as(credentials).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
      assertThat(JSON.readTree(response.body()).path("message").asText()).contains("Sign in");
    }
  }

  @Test
  void refusalsSpeakTheCallersLanguage() throws Exception {
    String url = "http://localhost:" + port + "/api/villages";
    HttpResponse<String> browserVi =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "vi-VN,vi;q=0.9")
                .build(),
            ofString());
    assertThat(JSON.readTree(browserVi.body()).path("message").asText())
        .startsWith("Cần đăng nhập trước");
    HttpResponse<String> cookieVi =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "en")
                .header("Cookie", "lang=vi")
                .header("Authorization", TestUsers.PARTNER.basicAuthorization())
                .build(),
            ofString());
    assertThat(cookieVi.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(cookieVi.body()).path("message").asText())
        .isEqualTo("Vai trò của bạn không được xem hoặc thay đổi mục này.");
  }

  @Test
  void partnerResponsesHoldNoVillageFigures() throws Exception {
    List<String> villageWords = jdbc.queryForList("SELECT code FROM village", String.class);
    int read = 0;
    for (String endpoint : endpoints()) {
      if (!endpoint.startsWith("GET ")) {
        continue;
      }
      for (String path : concretePaths(endpoint)) {
        HttpResponse<String> response = send("GET", path, Who.PARTNER);
        String body = response.body();
        assertThat(body).as(path).doesNotContain(villageWords.toArray(String[]::new));
        if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
          List<String> keys = new ArrayList<>();
          collectKeys(JSON.readTree(body), keys);
          assertThat(keys).as(path).noneMatch(SENSITIVE_KEY.asMatchPredicate());
        }
        read++;
      }
    }
    assertThat(read).isGreaterThan(10);
  }

  /**
   * Field names that would carry per-village or per-team figures, or account secrets. A dead zone's
   * totals (households, residents, residents without e-ID above the privacy threshold) and the
   * names of its villages are what partners are given; per-village e-ID figures never are.
   */
  static final Pattern SENSITIVE_KEY =
      Pattern.compile(
          "(?i)(eid_?done|eligible|ethnic.*|completion.*|village.?codes?|team.*|"
              + "password.*|.*hash.*|households_?per_?village)");

  private static void collectKeys(JsonNode node, List<String> keys) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        keys.add(f.getKey());
        collectKeys(f.getValue(), keys);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectKeys(n, keys));
    }
  }

  /** "METHOD pattern" of every controller method, and the other paths, sorted. */
  private List<String> endpoints() {
    Set<String> all = new TreeSet<>(NOT_CONTROLLERS);
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (methods.isEmpty()) {
          all.add("GET " + pattern);
        }
        for (RequestMethod m : methods) {
          all.add(m.name() + " " + pattern);
        }
      }
    }
    return new ArrayList<>(all);
  }

  private static void expect(String endpoint, Who... who) {
    EXPECTED.put(endpoint, who.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.of(who[0], who));
  }

  /** The rule of an endpoint: its own, else the longest matching family, else null. */
  static Set<Who> expected(String endpoint) {
    Set<Who> exact = EXPECTED.get(endpoint);
    if (exact != null) {
      return exact;
    }
    String best = null;
    for (String rule : EXPECTED.keySet()) {
      if (rule.endsWith("/**")) {
        String prefix = rule.substring(0, rule.length() - 3);
        boolean matches = endpoint.equals(prefix) || endpoint.startsWith(prefix + "/");
        if (matches && (best == null || rule.length() > best.length())) {
          best = rule;
        }
      }
    }
    return best == null ? null : EXPECTED.get(best);
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  /** The path with sample values; a path naming a team is tried with the lead's and another. */
  static List<String> concretePaths(String endpoint) {
    String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
    if (pattern.startsWith("/api/teams/{")) {
      return List.of(fill(pattern, OWN_TEAM), fill(pattern, OTHER_TEAM));
    }
    return List.of(fill(pattern, null));
  }

  private static String fill(String pattern, String team) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder out = new StringBuilder();
    boolean first = true;
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "kind" -> "villages";
            case "id" -> "999999";
            default -> first && team != null ? team : "X-SAMPLE";
          };
      m.appendReplacement(out, value);
      first = false;
    }
    m.appendTail(out);
    return out.toString().replace("/**", "/x");
  }

  private HttpResponse<String> send(String method, String path, Who who)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Waits.DEADLINE)
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (who.user != null) {
      request.header("Authorization", who.user.basicAuthorization());
    }
    return HTTP.send(request.build(), ofString());
  }

  /** What is wrong with this answer, or null. */
  private static String check(String path, Who who, boolean mayUse, HttpResponse<String> r) {
    int status = r.statusCode();
    String location = r.headers().firstValue("Location").orElse("");
    boolean toLogin = status == 302 && location.endsWith("/login");
    boolean api = path.startsWith("/api/") || path.startsWith("/actuator/");
    if (mayUse) {
      if (status >= 500 && !path.equals("/error")) {
        return "failed with " + status + ": " + r.body();
      }
      return status == 401 || status == 403 || toLogin ? "refused with " + status : null;
    }
    if (who == Who.ANONYMOUS) {
      if (api) {
        return status == 401 ? null : "expected 401, got " + status;
      }
      return toLogin ? null : "expected the login page, got " + status + " " + location;
    }
    return status == 403 ? null : "expected 403, got " + status;
  }

  private int count(String table) {
    Integer n = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    return n == null ? 0 : n;
  }

  private HttpRequest form(String base, String token) {
    String body =
        "username=" + TestUsers.PLANNER.username() + "&password=" + TestUsers.PLANNER.password();
    if (token != null) {
      body += "&_csrf=" + token;
    }
    return HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static String cookie(HttpClient client, String base, String name) {
    java.net.CookieManager cookies = (java.net.CookieManager) client.cookieHandler().orElseThrow();
    return cookies.getCookieStore().get(URI.create(base)).stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }
}
