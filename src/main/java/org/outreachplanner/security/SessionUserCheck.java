package org.outreachplanner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose user changed since signing in: removed, disabled, given another role
 * or team, or another password (by {@code ./outreach users}, which runs in another process, so the
 * check reads the row, one indexed query per request of a session). The request then goes on
 * anonymous: 401 for the API, the login page for pages. Requests with Basic credentials are checked
 * against the row anyway when they authenticate.
 */
final class SessionUserCheck extends OncePerRequestFilter {

  private final UserRepository users;

  SessionUserCheck(UserRepository users) {
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (session != null
        && auth != null
        && auth.getPrincipal() instanceof SignedInUser signedIn
        && !users.find(signedIn.getUsername()).filter(signedIn::matches).isPresent()) {
      SecurityContextHolder.clearContext();
      session.invalidate();
    }
    chain.doFilter(request, response);
  }
}
