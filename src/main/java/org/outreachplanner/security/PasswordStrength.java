package org.outreachplanner.security;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import org.outreachplanner.i18n.Text;

/**
 * Why a password is refused, in our own words ({@code users.password.*} in the bundles), from
 * nbvcxz's estimate: too short; or too easy to guess, with the guesses nbvcxz estimates an attacker
 * needs, what makes it guessable (its longest pattern: a common password, a word or name, a repeat,
 * a sequence, a keyboard walk, a date) and what to do instead. nbvcxz's own feedback is English
 * only, so it is not shown.
 */
final class PasswordStrength {

  static final int MIN_LENGTH = 10;

  private PasswordStrength() {}

  /** The reason {@code password} is refused, or null when it is long and hard enough to guess. */
  static Text refusal(char[] password) {
    int characters = Character.codePointCount(password, 0, password.length);
    if (characters < MIN_LENGTH) {
      return Text.of("users.password.tooShort", characters, MIN_LENGTH);
    }
    var result = Estimator.NBVCXZ.estimate(new String(password));
    if (result.isMinimumEntropyMet()) {
      return null;
    }
    return Text.of(
        "users.password.guessable",
        guesses(result.getGuesses()),
        Text.of("users.password.pattern." + pattern(result.getMatches())),
        Text.of("users.password.suggestion"));
  }

  /** The estimated guesses, as a whole number (at least 1). */
  private static long guesses(BigDecimal guesses) {
    return guesses.max(BigDecimal.ONE).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
  }

  /** The kind of the longest pattern nbvcxz found; "short" when it found none but random text. */
  static String pattern(List<Match> matches) {
    return matches.stream()
        .filter(m -> !"short".equals(kind(m)))
        .max(Comparator.comparingInt(Match::getLength))
        .map(PasswordStrength::kind)
        .orElse("short");
  }

  private static String kind(Match match) {
    if (match instanceof DictionaryMatch d) {
      return "passwords".equals(d.getDictionaryName()) ? "common" : "word";
    }
    if (match instanceof RepeatMatch) {
      return "repeat";
    }
    if (match instanceof SequenceMatch) {
      return "sequence";
    }
    if (match instanceof SpacialMatch) {
      return "keyboard";
    }
    if (match instanceof DateMatch || match instanceof YearMatch) {
      return "date";
    }
    return "short";
  }

  /** The estimator loads its word lists once, when a password is first checked. */
  private static final class Estimator {
    static final Nbvcxz NBVCXZ = new Nbvcxz();
  }
}
