package org.outreachplanner.vrpbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Cordeau periodic VRP file: {@code type m n t}; t lines {@code D Q} (most route duration,
 * 0 for none, and capacity); then one line per vertex {@code i x y d q f a c1 … ca} (service time,
 * demand, visit frequency, number of allowed day combinations and the combinations, whose binary
 * digits mark the days, the lowest digit the first day).
 */
public final class CordeauPvrpReader {

  private CordeauPvrpReader() {}

  public static VrpInstance read(Path file) {
    List<String[]> rows = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          rows.add(lines.get(i).strip().split("\\s+"));
          lineNumbers.add(i + 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (rows.isEmpty()) {
      throw new VrpFormatException(file, 1, "the file is empty", "give a Cordeau PVRP instance");
    }
    int[] head = SolomonReader.ints(file, 1, rows.get(0), 4, "type m n t");
    if (head[0] != 1) {
      throw new VrpFormatException(
          file, 1, "type " + head[0] + " is not a periodic VRP", "the first number must be 1");
    }
    int m = head[1];
    int n = head[2];
    int t = head[3];
    if (t < 1 || t > 62 || rows.size() < 1 + t + n + 1) {
      throw new VrpFormatException(
          file,
          lineNumbers.get(rows.size() - 1),
          "expected " + t + " day lines and " + (n + 1) + " vertices",
          "check the header m n t");
    }
    double[] limits = SolomonReader.numbers(file, lineNumbers.get(1), rows.get(1), 2, "D Q");
    List<VrpInstance.Node> nodes = new ArrayList<>();
    for (int k = 0; k <= n; k++) {
      int at = 1 + t + k;
      nodes.add(node(file, lineNumbers.get(at), rows.get(at), t, k));
    }
    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
    return new VrpInstance(name, m, (int) limits[1], t, limits[0], List.copyOf(nodes));
  }

  private static VrpInstance.Node node(Path file, int line, String[] f, int t, int expected) {
    String what = "i x y d q f a and a combinations";
    double[] c = SolomonReader.numbers(file, line, f, 7, what);
    int a = (int) c[6];
    double[] all = SolomonReader.numbers(file, line, f, 7 + a, what);
    long[] combinations = new long[a];
    for (int k = 0; k < a; k++) {
      combinations[k] = (long) all[7 + k];
      if (combinations[k] >>> t != 0 || Long.bitCount(combinations[k]) != (int) c[5]) {
        throw new VrpFormatException(
            file,
            line,
            "combination "
                + combinations[k]
                + " does not have "
                + (int) c[5]
                + " of the "
                + t
                + " days",
            "check the frequency and the combinations");
      }
    }
    if ((int) c[0] != expected) {
      throw new VrpFormatException(
          file, line, "vertex " + (int) c[0] + " is out of order", "number them 0, 1, 2, …");
    }
    if (expected == 0) {
      return new VrpInstance.Node(0, c[1], c[2], 0, 0, 0, Double.MAX_VALUE, 0, new long[0]);
    }
    return new VrpInstance.Node(
        expected, c[1], c[2], (int) c[4], c[3], 0, Double.MAX_VALUE, (int) c[5], combinations);
  }
}
