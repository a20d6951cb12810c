package org.outreachplanner.security;

import java.util.regex.Pattern;
import org.outreachplanner.i18n.Text;

/** What a valid user looks like, checked before anything is stored. */
final class UserRules {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  static final int MIN_PASSWORD_LENGTH = PasswordStrength.MIN_LENGTH;

  private UserRules() {}

  static void check(AppUser user) {
    if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
      throw new IllegalArgumentException(
          "the user name '"
              + user.username()
              + "' is not valid: 2 to 64 characters, lower-case letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit");
    }
    if (user.displayName() == null || user.displayName().isBlank()) {
      throw new IllegalArgumentException("the user '" + user.username() + "' has no display name");
    }
    if (user.role() == Role.TEAM_LEAD && (user.teamCode() == null || user.teamCode().isBlank())) {
      throw new IllegalArgumentException(
          "a team lead needs a team: give the team's code with --team");
    }
    if (user.role() != Role.TEAM_LEAD && user.teamCode() != null) {
      throw new IllegalArgumentException("only a team lead is bound to a team");
    }
  }

  /**
   * At least {@value #MIN_PASSWORD_LENGTH} characters, and not easy to guess: nbvcxz estimates how
   * many guesses an attacker with lists of common passwords, words, names, keyboard walks, repeats
   * and dates needs, and the password must reach its default minimum entropy. The refusal says why
   * in our own words ({@link PasswordStrength}).
   */
  static void checkPassword(char[] password) {
    Text refusal = PasswordStrength.refusal(password);
    if (refusal != null) {
      throw new WeakPasswordException(refusal);
    }
  }
}
