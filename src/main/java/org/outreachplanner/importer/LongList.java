package org.outreachplanner.importer;

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

  boolean isEmpty() {
    return size == 0;
  }
}
