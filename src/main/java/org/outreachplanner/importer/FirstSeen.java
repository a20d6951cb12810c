package org.outreachplanner.importer;

import java.util.HashMap;
import java.util.Map;

/** Remembers where each key of a file was first seen, to report duplicates with both places. */
final class FirstSeen {

  private final Map<String, Long> firstNumber = new HashMap<>();

  /** Records {@code key} at {@code number}; returns where it was seen before, or null. */
  Long put(String key, long number) {
    return firstNumber.putIfAbsent(key, number);
  }
}
