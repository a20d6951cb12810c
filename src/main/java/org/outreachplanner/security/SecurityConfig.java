package org.outreachplanner.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.outreachplanner.api.ErrorInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in and access control of the web application.
 *
 * <ul>
 *   <li>Browsers sign in on /login (a form; the session cookie keeps them signed in) and sign out
 *       with POST /logout.
 *   <li>API clients such as curl send HTTP Basic credentials with every request; no session is kept
 *       for them.
 *   <li>Every state-changing request of a browser needs the CSRF token of its session, whatever the
 *       credentials: the token is kept in the session ({@link SessionCsrfTokens}); the page script
 *       reads its copy in the XSRF-TOKEN cookie and sends it back as the X-XSRF-TOKEN header (the
 *       login form as the _csrf field). Requests with Basic credentials from a non-browser client
 *       (no Sec-Fetch-Site header, which every current browser sends, and no cookie at all) carry
 *       no ambient credentials and need no token.
 *   <li>A session ends when its user is removed or disabled, or their password, role or team
 *       changes ({@link SessionUserCheck}).
 *   <li>Repeated failed sign-ins for a name or from an address are held back for a while ({@link
 *       SignInGuard}, {@link SignInThrottle}).
 *   <li>Passwords are checked against hashes in Spring's '{id}hash' form (bcrypt for new ones).
 *   <li>Who may reach which path: {@link AccessRules}.
 * </ul>
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

  static final String CSRF_COOKIE = "XSRF-TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      ObjectMapper json,
      MessageSource messages,
      LocaleResolver locales,
      UserRepository users,
      SignInThrottle throttle,
      @Value("${outreach.map.tile-sources:}") List<String> tileSources)
      throws Exception {
    SessionCsrfTokens csrfTokens = new SessionCsrfTokens();
    CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
    // load the token on every request, so the cookie is there before the first form or change
    csrfHandler.setCsrfRequestAttributeName(null);
    Refusals refusals = new Refusals(json, messages, locales);

    http.authorizeHttpRequests(AccessRules::apply)
        .addFilterAfter(new SessionUserCheck(users), SecurityContextHolderFilter.class)
        .addFilterBefore(
            new SignInGuard(throttle, refusals::throttled),
            UsernamePasswordAuthenticationFilter.class)
        .formLogin(
            form ->
                form.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/home", true)
                    .failureUrl("/login?error")
                    .permitAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals::unauthenticated))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(csrfHandler)
                    .ignoringRequestMatchers(
                        SecurityConfig::basicFromNonBrowser, AccessRules::smsGateway))
        .requestCache(cache -> cache.disable())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp -> csp.policyDirectives(ContentPolicy.of(tileSources)))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(refusals::unauthenticated)
                    .accessDeniedHandler(refusals));
    return http.build();
  }

  /**
   * An API client sending Basic credentials, not a browser: no Sec-Fetch-Site header (every current
   * browser sends it) and no cookie at all (a browser sends the session's). See the class comment.
   */
  static boolean basicFromNonBrowser(HttpServletRequest request) {
    String auth = request.getHeader("Authorization");
    return auth != null
        && auth.regionMatches(true, 0, "Basic ", 0, 6)
        && request.getHeader("Sec-Fetch-Site") == null
        && request.getHeader("Cookie") == null;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/actuator/");
  }

  /** What refused requests get: JSON for the API, the login page or a short page for browsers. */
  static final class Refusals implements AccessDeniedHandler {

    private final ObjectMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    Refusals(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
      this.json = json;
      this.messages = messages;
      this.locales = locales;
    }

    void unauthenticated(
        HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
        throws IOException {
      if (!isApi(request)) {
        response.sendRedirect(request.getContextPath() + "/login");
        return;
      }
      // a browser's script gets no Basic challenge: the browser would open its own password
      // dialog and then send those credentials with every request, cookies or not
      if (request.getHeader("Sec-Fetch-Mode") == null
          && request.getHeader("X-Requested-With") == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Outreach Planner\"");
      }
      write(response, request, HttpStatus.UNAUTHORIZED, text(request, "error.unauthenticated"));
    }

    void throttled(HttpServletRequest request, HttpServletResponse response, Duration wait)
        throws IOException {
      long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
      write(
          response,
          request,
          HttpStatus.TOO_MANY_REQUESTS,
          messages.getMessage(
              "error.signInThrottled",
              new Object[] {minutes},
              "error.signInThrottled",
              locales.resolveLocale(request)));
    }

    @Override
    public void handle(
        HttpServletRequest request,
        HttpServletResponse response,
        org.springframework.security.access.AccessDeniedException e)
        throws IOException {
      if (e instanceof CsrfException
          && isApi(request)
          && !signedIn()
          && request.getHeader("Authorization") == null) {
        // an anonymous change is refused for want of credentials, not of the token
        unauthenticated(request, response, null);
        return;
      }
      String message = text(request, e instanceof CsrfException ? "error.csrf" : "error.forbidden");
      if (isApi(request) || e instanceof CsrfException) {
        write(response, request, HttpStatus.FORBIDDEN, message);
        return;
      }
      response.setStatus(HttpStatus.FORBIDDEN.value());
      response.setContentType("text/html;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<!doctype html><html><head><meta charset=\"utf-8\"><title>403</title>"
                  + "<link rel=\"stylesheet\" href=\"/css/login.css\"></head><body class=\"login\">"
                  + "<main class=\"login-box\"><h1>403</h1><p>"
                  + message
                  + "</p><p><a href=\"/home\">"
                  + text(request, "nav.home")
                  + "</a></p></main></body></html>");
    }

    private static boolean signedIn() {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      return auth != null
          && auth.isAuthenticated()
          && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** A text in the request's language: the language cookie, else Accept-Language. */
    private String text(HttpServletRequest request, String key) {
      return messages.getMessage(key, null, key, locales.resolveLocale(request));
    }

    private void write(
        HttpServletResponse response, HttpServletRequest request, HttpStatus status, String message)
        throws IOException {
      response.setStatus(status.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(
          response.getWriter(),
          new ErrorInfo(
              status.value(), status.getReasonPhrase(), message, request.getRequestURI()));
    }
  }
}
