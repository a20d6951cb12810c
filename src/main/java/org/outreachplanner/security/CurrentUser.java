package org.outreachplanner.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person who made the current request, as the security filters established it. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The signed-in user of this request, or empty for an anonymous one. */
  public static Optional<AppUser> get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
      return Optional.of(signedIn.user());
    }
    return Optional.empty();
  }
}
