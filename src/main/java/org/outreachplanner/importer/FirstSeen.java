package org.outreachplanner.importer;

import java.util.HashMap;
import java.util.Map;
import org.outreachplanner.i18n.Text;

/** Remembers where each key of a file was first seen, to report duplicates with both places. */
public final class FirstSeen {

  private final Map<String, Long> firstNumber = new HashMap<>();

  /** Records {@code key} at {@code number}; returns where it was seen before, or null. */
  public Long put(String key, long number) {
    return firstNumber.putIfAbsent(key, number);
  }

  /**
   * Records the {@code column} value {@code key} of feature {@code f}, and a problem on {@code f}
   * when an earlier row or feature of {@code fileName} had it already. A null key is not recorded.
   */
  public void putUnique(FeatureCheck f, String column, String key, String fileName) {
    if (key == null) {
      return;
    }
    Long first = put(key, f.number());
    if (first != null) {
      f.problem(
          column, Text.of("imports.duplicate", column, key, FeatureCheck.at(fileName, first)));
    }
  }
}
