package org.outreachplanner.coverage;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Connected regions of cells (hexagons sharing an edge), numbered from 1 in cell order. */
final class DeadZoneFinder {

  private DeadZoneFinder() {}

  /** The zone of each cell. */
  static Map<Long, Integer> zones(Set<Long> cells) {
    long[] sorted = cells.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    Map<Long, Integer> zone = new HashMap<>();
    Set<Long> members = new HashSet<>(cells);
    int next = 0;
    ArrayDeque<Long> queue = new ArrayDeque<>();
    for (long start : sorted) {
      if (zone.containsKey(start)) {
        continue;
      }
      int id = ++next;
      zone.put(start, id);
      queue.add(start);
      while (!queue.isEmpty()) {
        long cell = queue.poll();
        for (int[] step : HexGrid.NEIGHBOURS) {
          long n = HexGrid.offset(cell, step[0], step[1]);
          if (members.contains(n) && !zone.containsKey(n)) {
            zone.put(n, id);
            queue.add(n);
          }
        }
      }
    }
    return zone;
  }
}
