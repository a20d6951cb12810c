package org.outreachplanner.survey;

import java.util.Arrays;

/** A growable list of {@code long} values without boxing. */
final class LongList {

  private long[] values = new long[16];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  long get(int index) {
    return values[index];
  }

  /** Sorts the values and removes repeated ones. */
  void sortDistinct() {
    Arrays.sort(values, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || values[i] != values[distinct - 1]) {
        values[distinct++] = values[i];
      }
    }
    size = distinct;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
