package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongListTest {

  @Test
  void growsAndKeepsTheOrder() {
    LongList list = new LongList();
    for (long v = 0; v < 100; v++) {
      list.add(v * 7);
    }

    assertThat(list.size()).isEqualTo(100);
    assertThat(list.get(99)).isEqualTo(693);
  }

  @Test
  void sortDistinctLeavesEachValueOnce() {
    LongList list = new LongList();
    for (long v : new long[] {5, -1, 5, Long.MIN_VALUE, 3, -1, 5}) {
      list.add(v);
    }

    list.sortDistinct();

    assertThat(list.size()).isEqualTo(4);
    assertThat(new long[] {list.get(0), list.get(1), list.get(2), list.get(3)})
        .containsExactly(Long.MIN_VALUE, -1, 3, 5);
  }
}
