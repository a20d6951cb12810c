package org.outreachplanner.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The Spring Security principal of a signed-in person, carrying their {@link AppUser}. */
final class SignedInUser extends User {

  private static final long serialVersionUID = 1L;

  private final AppUser user;

  SignedInUser(AppUser user, String passwordHash) {
    super(
        user.username(),
        passwordHash,
        user.enabled(),
        true,
        true,
        true,
        List.of(new SimpleGrantedAuthority(user.role().authority())));
    this.user = user;
  }

  AppUser user() {
    return user;
  }
}
