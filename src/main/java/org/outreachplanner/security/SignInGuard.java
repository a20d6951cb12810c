package org.outreachplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in (the login form or HTTP Basic credentials) while {@link SignInThrottle} holds
 * its user name or address back: the form goes back to the login page with {@code ?throttled}, an
 * API client gets 429 with Retry-After, before any password is checked.
 */
final class SignInGuard extends OncePerRequestFilter {

  /** Writes the 429 answer of an API client. */
  interface Refusal {
    void throttled(HttpServletRequest request, HttpServletResponse response, Duration wait)
        throws IOException;
  }

  private final SignInThrottle throttle;
  private final Refusal refusal;

  SignInGuard(SignInThrottle throttle, Refusal refusal) {
    this.throttle = throttle;
    this.refusal = refusal;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean form = isFormSignIn(request);
    String basicUser = form ? null : basicUser(request.getHeader("Authorization"));
    if (form || basicUser != null) {
      String username = form ? request.getParameter("username") : basicUser;
      Optional<Duration> wait = throttle.refusedFor(username, request.getRemoteAddr());
      if (wait.isPresent()) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
        if (form) {
          response.sendRedirect(request.getContextPath() + "/login?throttled");
        } else {
          refusal.throttled(request, response, wait.get());
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isFormSignIn(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && request.getRequestURI().equals(request.getContextPath() + "/login");
  }

  /** The user name of Basic credentials; null without them, "" when they cannot be read. */
  static String basicUser(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? "" : pair.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
