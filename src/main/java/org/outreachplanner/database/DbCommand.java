package org.outreachplanner.database;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Starts, stops and describes the app-managed local database. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Manage the app-managed local PostgreSQL cluster: status, start, stop, url.")
public class DbCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      description = "status | start | stop | url",
      defaultValue = "status",
      completionCandidates = Actions.class)
  String action;

  static class Actions extends java.util.ArrayList<String> {
    Actions() {
      super(java.util.List.of("status", "start", "stop", "url"));
    }
  }

  @Override
  public Integer call() {
    PostgresSettings settings = PostgresSettings.fromEnvironment();
    if (settings.isExternal()) {
      System.out.println("Using the external database " + settings.externalUrl());
      return "status".equals(action) || "url".equals(action) ? 0 : 1;
    }
    LocalCluster cluster = Database.cluster(settings);
    switch (action) {
      case "start" -> {
        ConnectionInfo info = Database.prepare(settings);
        // started on request: leave it running when this command exits
        cluster.keepRunning();
        System.out.println("Local database running at " + info.host() + ":" + info.port());
      }
      case "stop" -> {
        cluster.stop();
        System.out.println("Local database stopped");
      }
      case "url" -> {
        ConnectionInfo info = Database.prepare(settings);
        cluster.keepRunning();
        System.out.println(info.jdbcUrl());
      }
      case "status" -> {
        Integer port = cluster.runningPort();
        System.out.println(
            port == null
                ? "Local database in " + cluster.workDir() + " is stopped"
                : "Local database in " + cluster.workDir() + " is running on 127.0.0.1:" + port);
      }
      default -> {
        System.err.println("unknown action: " + action + " (status, start, stop, url)");
        return 2;
      }
    }
    return 0;
  }
}
