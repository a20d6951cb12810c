package org.outreachplanner.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The Spring Security principal of a signed-in person, carrying their {@link AppUser} and a
 * fingerprint of the password hash they signed in against (the hash itself is erased after sign-in;
 * the fingerprint lets {@link SessionUserCheck} see that the password changed since).
 */
final class SignedInUser extends User {

  private static final long serialVersionUID = 2L;

  private final AppUser user;
  private final String passwordStamp;

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
    this.passwordStamp = stamp(passwordHash);
  }

  AppUser user() {
    return user;
  }

  /** Whether this principal still matches the stored row: same password, role, team, enabled. */
  boolean matches(UserRepository.StoredUser stored) {
    return stored.user().equals(user) && stamp(stored.passwordHash()).equals(passwordStamp);
  }

  static String stamp(String passwordHash) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(String.valueOf(passwordHash).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
