package org.outreachplanner.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks people up in {@code app_user} when they sign in (form or HTTP Basic). */
@Service
class AppUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  AppUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users
        .find(username)
        .map(stored -> new SignedInUser(stored.user(), stored.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
