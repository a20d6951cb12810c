package org.outreachplanner.security;

import java.util.regex.Pattern;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.scoring.Result;

/** What a valid user looks like, checked before anything is stored. */
final class UserRules {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  static final int MIN_PASSWORD_LENGTH = 10;

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
   * and dates needs, and the password must reach its default minimum entropy.
   */
  static void checkPassword(char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "the password is too short: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    Result result = Strength.ESTIMATOR.estimate(new String(password));
    if (!result.isMinimumEntropyMet()) {
      String warning = result.getFeedback().getWarning();
      throw new IllegalArgumentException(
          "the password is too easy to guess"
              + (warning == null ? "" : ": " + warning)
              + " "
              + String.join(" ", result.getFeedback().getSuggestion()));
    }
  }

  /** The estimator loads its word lists once, when a password is first checked. */
  private static final class Strength {
    static final Nbvcxz ESTIMATOR = new Nbvcxz();
  }
}
