package org.outreachplanner.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("outreach."))
        .sorted()
        .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
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
