package org.outreachplanner.generate;

import java.util.SplittableRandom;

/**
 * Reproducible random streams, one per purpose and item. Keying streams this way keeps each part of
 * a scenario stable on its own: placing one more village in one commune does not reshuffle the
 * villages, roads or survey points of the others.
 */
final class RandomStreams {

  private final long seed;

  RandomStreams(long seed) {
    this.seed = seed;
  }

  SplittableRandom stream(String purpose, long index) {
    return new SplittableRandom(key(purpose, index));
  }

  long key(String purpose, long index) {
    long h = mix(seed ^ 0x5DEECE66DL);
    h = mix(h ^ purpose.hashCode());
    return mix(h + index * 0x9E3779B97F4A7C15L);
  }

  /** The SplitMix64 finaliser: spreads nearby inputs over the whole 64-bit range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
