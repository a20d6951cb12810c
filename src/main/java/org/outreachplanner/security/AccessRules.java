package org.outreachplanner.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may reach which path. Deny by default: a path not named here is refused to everyone, so a new
 * endpoint is closed until a rule opens it (and the security matrix test fails until it is listed).
 * docs/architecture.md has the same table in words.
 *
 * <ul>
 *   <li>Anonymous: the login page and what it loads (with js/offline.js, which deletes the copies
 *       the team page kept for use without a connection), the message bundles, health.
 *   <li>PLANNER: everything.
 *   <li>TEAM_LEAD: starts on team.html (their team's week and its downloads); reads the map basics
 *       (villages, communes, provinces, travel times, closures, speeds, coverage, roads) and their
 *       own team under /api/teams/{code}/** (its published week; {@link TeamScope} checks the team
 *       again in the query); changes nothing. Plans as a whole (/api/schedules/**) are the
 *       planners'.
 *   <li>TEAM_LEAD also sends visit reports of their own team and reads them (POST and GET
 *       /api/visit-reports; the service checks the team of every report).
 *   <li>TELECOM_PARTNER: reads /api/dead-zones/** and the partner pages, nothing else.
 * </ul>
 */
final class AccessRules {

  static final String PLANNER = Role.PLANNER.name();
  static final String LEAD = Role.TEAM_LEAD.name();
  static final String PARTNER = Role.TELECOM_PARTNER.name();

  /** What the login page needs before anyone has signed in. */
  static final String[] PUBLIC = {
    "/login",
    "/login.html",
    "/css/login.css",
    "/js/login.js",
    "/js/i18n.js",
    "/js/offline.js",
    "/img/**",
    "/favicon.ico",
    "/api/i18n",
    "/actuator/health",
    "/actuator/health/**",
    "/error"
  };

  private AccessRules() {}

  static void apply(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
    rules
        .requestMatchers(PUBLIC)
        .permitAll()
        // pages and their shared assets
        // the team page's service worker (team-sw.js) is served with the page it works for
        .requestMatchers(GET, "/", "/index.html", "/team.html", "/team-sw.js")
        .hasAnyRole(PLANNER, LEAD)
        .requestMatchers(GET, "/dashboard.html")
        .hasRole(PLANNER)
        .requestMatchers(GET, "/partner.html", "/dead-zones.html")
        .hasAnyRole(PLANNER, PARTNER)
        .requestMatchers(GET, "/home", "/css/**", "/js/**", "/webjars/**", "/api/me")
        .authenticated()
        // map basics: read by planners and team leads, changed by planners only
        .requestMatchers(
            GET,
            "/api/villages/**",
            "/api/communes/**",
            "/api/provinces/**",
            "/api/travel-times/**",
            "/api/closures/**",
            "/api/speeds/**",
            "/api/coverage/**",
            "/api/roads/**")
        .hasAnyRole(PLANNER, LEAD)
        // one team's data: planners, or the lead of that very team
        .requestMatchers(GET, "/api/teams/{code}", "/api/teams/{code}/**")
        .access(AccessRules::plannerOrLeadOfTeam)
        // visit reports: a lead sends and reads their own team's (the service checks the team),
        // conflicts and SMS texts are the planners'
        // an SMS text: a planner pastes it, a gateway posts it with its token (checked by the
        // endpoint against the setting outreach.reports.sms-token)
        .requestMatchers(POST, "/api/visit-reports/sms")
        .access(AccessRules::plannerOrSmsGateway)
        .requestMatchers("/api/visit-reports/conflicts", "/api/visit-reports/conflicts/**")
        .hasRole(PLANNER)
        .requestMatchers(GET, "/api/visit-reports")
        .hasAnyRole(PLANNER, LEAD)
        .requestMatchers(POST, "/api/visit-reports")
        .hasAnyRole(PLANNER, LEAD)
        // dead-zone reports: the telecom partners' part
        .requestMatchers(GET, "/api/dead-zones/**")
        .hasAnyRole(PLANNER, PARTNER)
        // every other /api path (imports, changes of any kind, sites, the API description) and
        // the other actuator endpoints
        .requestMatchers("/api/**", "/actuator/**")
        .hasRole(PLANNER)
        .anyRequest()
        .denyAll();
  }

  /** The header an SMS gateway sends its token in. */
  static final String SMS_TOKEN_HEADER = "X-Outreach-Sms-Token";

  /**
   * A planner, or a request without a session cookie that carries the SMS gateway's token header
   * (the endpoint compares the token with the setting).
   */
  private static AuthorizationDecision plannerOrSmsGateway(
      Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    Authentication auth = authentication.get();
    boolean planner =
        auth != null
            && auth.getPrincipal() instanceof SignedInUser signedIn
            && signedIn.user().role() == Role.PLANNER;
    return new AuthorizationDecision(planner || smsGateway(context.getRequest()));
  }

  /** A non-browser request carrying the gateway token header (it needs no CSRF token). */
  static boolean smsGateway(HttpServletRequest request) {
    String token = request.getHeader(SMS_TOKEN_HEADER);
    return token != null
        && !token.isBlank()
        && request.getHeader("Cookie") == null
        && request.getHeader("Authorization") == null;
  }

  /** The path's {code} is a team the signed-in user may read (see {@link TeamScope}). */
  private static AuthorizationDecision plannerOrLeadOfTeam(
      Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    Authentication auth = authentication.get();
    String code = context.getVariables().get("code");
    boolean allowed =
        auth != null
            && auth.getPrincipal() instanceof SignedInUser signedIn
            && TeamScope.canRead(signedIn.user(), code);
    return new AuthorizationDecision(allowed);
  }
}
