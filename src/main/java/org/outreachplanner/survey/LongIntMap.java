package org.outreachplanner.survey;

/**
 * A map from {@code long} to {@code int} without boxing: open addressing with linear probing in two
 * parallel arrays, at most 3/4 full, so about 16 bytes per entry. The slot is taken from the high
 * bits of the key times a large odd constant, so sequential keys spread as well as hashes do. Not
 * thread-safe.
 */
final class LongIntMap {

  /** What {@link #get} and {@link #putIfAbsent} return for a key that is not in the map. */
  static final int ABSENT = Integer.MIN_VALUE;

  private static final long EMPTY_KEY = 0L;

  /** 2^64 divided by the golden ratio: multiplying by it spreads any key over the high bits. */
  private static final long SPREAD = 0x9E3779B97F4A7C15L;

  private static final int MIN_CAPACITY = 16;

  private long[] keys;
  private int[] values;
  private int shift;
  private int size;
  private int resizeAt;
  private boolean hasZeroKey;
  private int zeroKeyValue;

  LongIntMap() {
    this(MIN_CAPACITY);
  }

  /** A map that holds {@code expectedSize} entries before it grows. */
  LongIntMap(int expectedSize) {
    int capacity = MIN_CAPACITY;
    while (capacity / 4 * 3 < expectedSize) {
      capacity <<= 1;
    }
    allocate(capacity);
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or {@link #ABSENT}. */
  int get(long key) {
    if (key == EMPTY_KEY) {
      return hasZeroKey ? zeroKeyValue : ABSENT;
    }
    int mask = keys.length - 1;
    for (int slot = slot(key); ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY_KEY) {
        return ABSENT;
      }
    }
  }

  /**
   * Stores {@code value} for {@code key} unless the key is there already.
   *
   * @return the value already stored for the key, or {@link #ABSENT} when it was added now
   */
  int putIfAbsent(long key, int value) {
    if (value == ABSENT) {
      throw new IllegalArgumentException("the value " + ABSENT + " cannot be stored");
    }
    if (key == EMPTY_KEY) {
      if (hasZeroKey) {
        return zeroKeyValue;
      }
      hasZeroKey = true;
      zeroKeyValue = value;
      size++;
      return ABSENT;
    }
    int mask = keys.length - 1;
    int slot = slot(key);
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY_KEY) {
        break;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    if (++size > resizeAt) {
      grow();
    }
    return ABSENT;
  }

  private int slot(long key) {
    return (int) ((key * SPREAD) >>> shift);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
    resizeAt = capacity / 4 * 3;
  }

  private void grow() {
    if (keys.length >= 1 << 30) {
      throw new IllegalStateException("LongIntMap cannot hold more than " + resizeAt + " entries");
    }
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(keys.length * 2);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      long key = oldKeys[i];
      if (key != EMPTY_KEY) {
        int slot = slot(key);
        while (keys[slot] != EMPTY_KEY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = oldValues[i];
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
  }
}
