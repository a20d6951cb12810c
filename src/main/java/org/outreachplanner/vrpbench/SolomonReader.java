package org.outreachplanner.vrpbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Solomon VRPTW file: its name, the vehicle count and capacity after the VEHICLE heading,
 * then one row per customer after the CUSTOMER heading ({@code number x y demand ready due
 * service}), customer 0 being the depot.
 */
public final class SolomonReader {

  private SolomonReader() {}

  public static VrpInstance read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String name = null;
    int vehicles = -1;
    int capacity = -1;
    List<VrpInstance.Node> nodes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
        if (name == null && !line.isEmpty()) {
          name = line;
        }
        continue;
      }
      String[] f = line.split("\\s+");
      if (vehicles < 0) {
        int[] v = ints(file, i + 1, f, 2, "vehicle count and capacity");
        vehicles = v[0];
        capacity = v[1];
        continue;
      }
      double[] c = numbers(file, i + 1, f, 7, "number x y demand ready due service");
      if ((int) c[0] != nodes.size()) {
        throw new VrpFormatException(
            file, i + 1, "customer " + (int) c[0] + " is out of order", "number them 0, 1, 2, …");
      }
      nodes.add(
          new VrpInstance.Node(
              (int) c[0], c[1], c[2], (int) c[3], c[6], c[4], c[5], 1, new long[] {1L}));
    }
    if (vehicles < 0 || nodes.size() < 2) {
      throw new VrpFormatException(
          file,
          lines.size(),
          "no vehicle line or no customers",
          "give the VEHICLE and CUSTOMER sections of the Solomon format");
    }
    return new VrpInstance(
        name == null ? file.getFileName().toString() : name,
        vehicles,
        capacity,
        1,
        0,
        List.copyOf(nodes));
  }

  static int[] ints(Path file, int line, String[] f, int n, String what) {
    double[] d = numbers(file, line, f, n, what);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) d[i];
    }
    return out;
  }

  static double[] numbers(Path file, int line, String[] f, int n, String what) {
    if (f.length < n) {
      throw new VrpFormatException(
          file, line, "expected " + n + " numbers, found " + f.length, "the line is: " + what);
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      try {
        out[i] = Double.parseDouble(f[i]);
      } catch (NumberFormatException e) {
        throw new VrpFormatException(
            file,
            line,
            "field " + (i + 1) + " '" + f[i] + "' is no number",
            "the line is: " + what);
      }
    }
    return out;
  }
}
