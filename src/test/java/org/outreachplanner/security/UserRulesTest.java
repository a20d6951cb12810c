package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;

/**
 * Passwords that are short or easy to guess are refused with the reason in our own words, in
 * English and Vietnamese, from nbvcxz's estimate (never its English feedback).
 */
class UserRulesTest {

  @Test
  void aShortPasswordIsRefusedSayingHowLongItIsAndMustBe() {
    Text refusal = refusal("short");

    assertThat(refusal.in(Locale.ENGLISH))
        .isEqualTo("the password is too short: 5 characters, at least 10 are needed");
    assertThat(refusal.in(Texts.VIETNAMESE))
        .isEqualTo("mật khẩu quá ngắn: 5 ký tự, cần ít nhất 10");
  }

  @Test
  void aRepeatIsRefusedWithTheEstimatedGuessesWhatMakesItGuessableAndASuggestion() {
    Text refusal = refusal("aaaaaaaaaa");

    assertThat(refusal.in(Locale.ENGLISH))
        .matches(
            "the password is too easy to guess: about [0-9,]+ guesses would find it, as it repeats"
                + " characters or a group of them\\. Use four or five unrelated words, or let the"
                + " command make one with --generate\\.");
    assertThat(refusal.in(Texts.VIETNAMESE))
        .matches(
            "mật khẩu quá dễ đoán: khoảng [0-9.]+ lần đoán là ra, vì nó lặp lại một ký tự hoặc một"
                + " nhóm ký tự\\. Hãy dùng bốn hoặc năm từ không liên quan đến nhau, hoặc để lệnh"
                + " tự tạo bằng --generate\\.");
  }

  @Test
  void commonPasswordsKeyboardWalksAndSequencesAreNamedAsSuch() {
    assertThat(refusal("password123").in(Locale.ENGLISH)).contains("as it is a common password.");
    assertThat(refusal("password123").in(Texts.VIETNAMESE))
        .contains("vì đây là một mật khẩu phổ biến.");
    assertThat(refusal("qwertyuiop").in(Locale.ENGLISH))
        .contains("too easy to guess")
        .containsAnyOf("common password", "keys next to each other");
    assertThat(refusal("abcdefghijk").in(Locale.ENGLISH))
        .contains("as it follows a sequence such as abc or 123.");
    assertThat(refusal("1990-12-31-1990").in(Locale.ENGLISH)).contains("too easy to guess");
  }

  @Test
  void theRefusalIsAnIllegalArgumentWithItsEnglishTextAsMessage() {
    assertThatThrownBy(() -> UserRules.checkPassword("aaaaaaaaaa".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the password is too easy to guess: about ")
        .hasMessageNotContaining("Repeats like");
  }

  @Test
  void aPasswordHardToGuessIsAccepted() {
    assertThatCode(() -> UserRules.checkPassword("violet-anchor-58-drum".toCharArray()))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.checkPassword(PasswordGenerator.generate()))
        .doesNotThrowAnyException();
  }

  private static Text refusal(String password) {
    WeakPasswordException refused =
        catchThrowableOfType(
            () -> UserRules.checkPassword(password.toCharArray()), WeakPasswordException.class);
    assertThat(refused).as(password + " is refused").isNotNull();
    return refused.text();
  }
}
