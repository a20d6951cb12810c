package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void sharesAddUpToTheTotalExactly() {
    int[] shares = Apportionment.split(25_043, new double[] {1.3, 0.7, 1.1, 0.9, 1.0}, 0, 100_000);
    assertThat(Arrays.stream(shares).sum()).isEqualTo(25_043);
  }

  @Test
  void sharesFollowTheWeights() {
    // 10 split 1:2:2 is 2, 4, 4 exactly
    assertThat(Apportionment.split(10, new double[] {1, 2, 2}, 0, 10)).containsExactly(2, 4, 4);
  }

  @Test
  void largestRemaindersGetTheLeftoverUnits() {
    // ideal shares 3.33, 3.33, 3.33: one unit left over, the lowest index breaks the tie
    assertThat(Apportionment.split(10, new double[] {1, 1, 1}, 0, 10)).containsExactly(4, 3, 3);
  }

  @Test
  void sharesStayWithinTheirBounds() {
    int[] shares =
        Apportionment.split(
            300, new double[] {10, 1, 1}, new int[] {0, 20, 20}, new int[] {250, 250, 250});
    assertThat(shares).containsExactly(250, 25, 25);
  }

  @Test
  void anImpossibleTotalIsRefused() {
    assertThatThrownBy(() -> Apportionment.split(1_000, new double[] {1, 1}, 20, 250))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
