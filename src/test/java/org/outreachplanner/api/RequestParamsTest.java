package org.outreachplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class RequestParamsTest {

  @Test
  void codesAreKeptAsTheyAreUnlessTooLongOrWithControlCharacters() {
    assertThat(RequestParams.code("commune", null)).isNull();
    assertThat(RequestParams.code("commune", "03439' OR '1'='1")).isEqualTo("03439' OR '1'='1");
    assertThat(RequestParams.code("commune", "x".repeat(64))).hasSize(64);
    for (String bad : new String[] {"x".repeat(65), "03439\u0000", "a\nb"}) {
      assertThatThrownBy(() -> RequestParams.code("commune", bad))
          .isInstanceOf(ResponseStatusException.class)
          .hasMessageContaining("commune must be a code of at most 64 printable characters");
    }
  }

  @Test
  void decimalsAreNonNegativePlainNumbersUpToTheMaximum() {
    assertThat(RequestParams.decimal("simplify", null, 20, 5000)).isEqualTo(20);
    assertThat(RequestParams.decimal("simplify", "0", 20, 5000)).isZero();
    assertThat(RequestParams.decimal("simplify", " 12.5 ", 20, 5000)).isEqualTo(12.5);
    assertThat(RequestParams.decimal("simplify", "5000", 20, 5000)).isEqualTo(5000);
    for (String bad : new String[] {"-1", "5000.1", "NaN", "Infinity", "1e2", "", "abc"}) {
      assertThatThrownBy(() -> RequestParams.decimal("simplify", bad, 20, 5000))
          .as(bad)
          .isInstanceOf(ResponseStatusException.class)
          .hasMessageContaining("simplify must be a number from 0 to 5000");
    }
  }
}
