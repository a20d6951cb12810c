package org.outreachplanner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Serves the map and the API on the database as it is. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web application (map and API) on the current data.")
public class ServeCommand implements Callable<Integer> {

  @Mixin WebServer server;

  @Override
  public Integer call() {
    return server.serve(server.start());
  }
}
