package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

  @Test
  void keepsTheFirstValueOfAKey() {
    LongIntMap map = new LongIntMap();

    assertThat(map.putIfAbsent(42L, 7)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.putIfAbsent(42L, 9)).isEqualTo(7);
    assertThat(map.get(42L)).isEqualTo(7);
    assertThat(map.get(43L)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.size()).isEqualTo(1);
  }

  @Test
  void zeroAndExtremeKeysAreOrdinaryKeys() {
    LongIntMap map = new LongIntMap();

    map.putIfAbsent(0L, 1);
    map.putIfAbsent(Long.MIN_VALUE, 2);
    map.putIfAbsent(Long.MAX_VALUE, 3);
    map.putIfAbsent(-1L, 4);

    assertThat(map.get(0L)).isEqualTo(1);
    assertThat(map.putIfAbsent(0L, 5)).isEqualTo(1);
    assertThat(map.get(Long.MIN_VALUE)).isEqualTo(2);
    assertThat(map.get(Long.MAX_VALUE)).isEqualTo(3);
    assertThat(map.get(-1L)).isEqualTo(4);
    assertThat(map.size()).isEqualTo(4);
  }

  @Test
  void growsAndAgreesWithAHashMap() {
    LongIntMap map = new LongIntMap();
    Map<Long, Integer> expected = new HashMap<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      // a narrow key range forces repeats
      long key = random.nextInt(150_000) * 1_000_003L - 70_000_000_000L;
      Integer before = expected.putIfAbsent(key, i);
      assertThat(map.putIfAbsent(key, i)).isEqualTo(before == null ? LongIntMap.ABSENT : before);
    }
    assertThat(map.size()).isEqualTo(expected.size());
    expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
  }

  @Test
  void sequentialKeysStillSpreadOverTheTable() {
    LongIntMap map = new LongIntMap(4);
    for (int i = 1; i <= 100_000; i++) {
      map.putIfAbsent(i, i);
    }
    for (int i = 1; i <= 100_000; i++) {
      assertThat(map.get(i)).isEqualTo(i);
    }
  }

  @Test
  void refusesTheAbsentMarkerAsValue() {
    assertThatThrownBy(() -> new LongIntMap().putIfAbsent(1L, LongIntMap.ABSENT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
