package org.outreachplanner.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.outreachplanner.cli.OutreachCli;

/**
 * The command line as the launcher runs it: a process of its own, from the application's entry
 * point.
 */
public final class CliProcess {

  private CliProcess() {}

  /**
   * The command that runs {@code outreach ARGS} on this test's classes and database (the outreach.*
   * properties), in English and without log lines.
   */
  public static List<String> command(String... args) {
    return command(Map.of(), args);
  }

  /**
   * The same, with {@code properties} set as well or instead of this test's (another work folder,
   * another database, a setting of its own).
   */
  public static List<String> command(Map<String, String> properties, String... args) {
    Map<String, String> all = new TreeMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("outreach."))
        .forEach(name -> all.put(name, System.getProperty(name)));
    all.putAll(properties);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    // only the quick compiler, as the launcher runs an import: a run of a test is over in seconds,
    // and the optimising compiler doubled the processor time of starting the command
    command.add("-XX:TieredStopAtLevel=1");
    all.forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.addAll(
        List.of(
            "-Duser.language=en",
            "-Duser.country=US",
            "-Dlogging.level.root=OFF",
            "-Dlogging.level.org.outreachplanner=OFF",
            "-cp",
            System.getProperty("java.class.path"),
            OutreachCli.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
