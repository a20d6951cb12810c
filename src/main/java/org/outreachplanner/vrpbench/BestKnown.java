package org.outreachplanner.vrpbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Best-known values: Solomon's distance-only ones ({@code NAME_distance} keys of BKS.json), or
 * Cordeau's costs of BKS.csv ({@code instance,bks}).
 */
public final class BestKnown {

  private BestKnown() {}

  public static Map<String, Double> of(Path data, String suite) {
    Map<String, Double> out = new HashMap<>();
    try {
      if (suite.equals("solomon")) {
        JsonNode root = new ObjectMapper().readTree(data.resolve("solomon/BKS.json").toFile());
        root.fields()
            .forEachRemaining(
                e -> {
                  if (e.getKey().endsWith("_distance")) {
                    out.put(
                        e.getKey().replace("_distance", ""),
                        e.getValue().get("best_known_cost").asDouble());
                  }
                });
      } else {
        for (String line : Files.readAllLines(data.resolve("pvrp-cordeau/BKS.csv"))) {
          String[] f = line.split(",");
          if (f.length == 2 && !f[0].equals("instance")) {
            out.put(f[0].strip(), Double.parseDouble(f[1].strip()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the best-known values in " + data, e);
    }
    return out;
  }
}
