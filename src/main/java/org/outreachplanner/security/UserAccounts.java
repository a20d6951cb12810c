package org.outreachplanner.security;

import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Adding, listing, re-keying and removing users, with passwords hashed before they are stored (for
 * the {@code users} command and the demo).
 */
@Service
public class UserAccounts {

  /** bcrypt for new passwords; stored hashes of other kinds ({argon2}, {pbkdf2} …) still match. */
  @Configuration
  static class PasswordConfig {
    @Bean
    PasswordEncoder passwordEncoder() {
      return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
  }

  private final UserRepository users;
  private final PasswordEncoder encoder;

  UserAccounts(UserRepository users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
  }

  /**
   * Adds a user with this password (at least 10 characters, not easy to guess: {@link
   * UserRules#checkPassword}); the array is wiped afterwards.
   */
  public void add(AppUser user, char[] password) {
    try {
      checkNew(user);
      UserRules.checkPassword(password);
      users.add(user, hash(password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * Refuses a user who could not be added (name taken or malformed, unknown team), before anyone
   * types or is shown a password.
   */
  public void checkNew(AppUser user) {
    UserRules.check(user);
    if (users.exists(user.username())) {
      throw new IllegalArgumentException("a user named '" + user.username() + "' exists already");
    }
    if (user.role() == Role.TEAM_LEAD && !users.teamExists(user.teamCode())) {
      throw new IllegalArgumentException(
          "there is no team with the code '" + user.teamCode() + "'");
    }
  }

  /** Sets a new password; false when there is no such user. The array is wiped afterwards. */
  public boolean changePassword(String username, char[] password) {
    try {
      UserRules.checkPassword(password);
      return users.changePassword(username, hash(password));
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  public boolean remove(String username) {
    return users.remove(username);
  }

  public boolean exists(String username) {
    return users.exists(username);
  }

  public List<AppUser> list() {
    return users.list();
  }

  private String hash(char[] password) {
    return encoder.encode(CharBuffer.wrap(password));
  }
}
