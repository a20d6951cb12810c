package org.outreachplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the session (Spring's {@link HttpSessionCsrfTokenRepository}), so that a
 * token is only good for the session it was issued to; a copy goes out as the cookie {@code
 * XSRF-TOKEN} for the page scripts to read and send back in the {@code X-XSRF-TOKEN} header. The
 * cookie is never what a request is checked against: a token planted in it from elsewhere does not
 * match.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

  private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

  SessionCsrfTokens() {
    session.setHeaderName(SecurityConfig.CSRF_HEADER);
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return session.generateToken(request);
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    if (token != null && request.getSession(false) == null && SecurityConfig.isApi(request)) {
      // an API client (curl, a health probe) gets no session just for a token it cannot use
      return;
    }
    session.saveToken(token, request, response);
    ResponseCookie cookie =
        ResponseCookie.from(SecurityConfig.CSRF_COOKIE, token == null ? "" : token.getToken())
            .path("/")
            .sameSite("Lax")
            .secure(request.isSecure())
            .httpOnly(false)
            .maxAge(token == null ? 0 : -1)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return session.loadToken(request);
  }
}
