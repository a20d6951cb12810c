package org.outreachplanner.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * What the load benchmark asks for, written by benchmarks/load into a properties file: the server,
 * the users of each role, the demo commune and its published week, and the phases' lengths.
 *
 * @param commune the demo commune whose week is published (the solves plan the week after it)
 * @param bbox the commune's extent, "minLon,minLat,maxLon,maxLat", as the map asks for a view
 * @param village a village of the commune, the end of the map's travel-time route
 * @param plan the published plan's id, opened on the dashboard
 * @param villagesFile the villages CSV re-imported again and again during the load
 */
record Scenario(
    String base,
    Account planner,
    Account lead,
    Account partner,
    String province,
    String commune,
    String bbox,
    String village,
    String team,
    String week,
    String solveWeek,
    long plan,
    Path villagesFile,
    int clients,
    Duration warmUp,
    Duration baseline,
    Duration load,
    int solveSeconds,
    Duration timeout) {

  record Account(String user, String password) {}

  static Scenario read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    }
    return new Scenario(
        p.getProperty("base"),
        account(p, "planner"),
        account(p, "lead"),
        account(p, "partner"),
        p.getProperty("province"),
        p.getProperty("commune"),
        p.getProperty("bbox"),
        p.getProperty("village"),
        p.getProperty("team"),
        p.getProperty("week"),
        p.getProperty("solve.week"),
        Long.parseLong(p.getProperty("plan")),
        Path.of(p.getProperty("villages.file")),
        Integer.parseInt(p.getProperty("clients")),
        seconds(p, "warmup.seconds"),
        seconds(p, "baseline.seconds"),
        seconds(p, "load.seconds"),
        Integer.parseInt(p.getProperty("solve.seconds")),
        seconds(p, "timeout.seconds"));
  }

  private static Account account(Properties p, String role) {
    return new Account(p.getProperty(role + ".user"), p.getProperty(role + ".password"));
  }

  private static Duration seconds(Properties p, String key) {
    return Duration.ofMillis(Math.round(Double.parseDouble(p.getProperty(key)) * 1000));
  }
}
