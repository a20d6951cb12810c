package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Passwords that are long enough but easy to guess are refused, with the reason. */
class UserRulesTest {

  @Test
  void repeatsAndCommonPasswordsAreRefusedWithAReason() {
    assertThatThrownBy(() -> UserRules.checkPassword("aaaaaaaaaa".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the password is too easy to guess: Repeats like \"aaa\"");
    assertThatThrownBy(() -> UserRules.checkPassword("password123".toCharArray()))
        .hasMessageContaining("common password");
    assertThatThrownBy(() -> UserRules.checkPassword("qwertyuiop".toCharArray()))
        .hasMessageContaining("too easy to guess");
    assertThatThrownBy(() -> UserRules.checkPassword("short".toCharArray()))
        .hasMessageContaining("too short");
  }

  @Test
  void aPasswordHardToGuessIsAccepted() {
    assertThatCode(() -> UserRules.checkPassword("violet-anchor-58-drum".toCharArray()))
        .doesNotThrowAnyException();
    assertThatCode(() -> UserRules.checkPassword(PasswordGenerator.generate()))
        .doesNotThrowAnyException();
  }
}
