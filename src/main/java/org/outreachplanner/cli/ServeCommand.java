package org.outreachplanner.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Serves the map and the API on the database as it is. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web application (map and API) on the current data.")
public class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}, or OUTREACH_PORT)",
      defaultValue = "${env:OUTREACH_PORT:-8080}")
  int port;

  @Override
  public Integer call() {
    ConfigurableApplicationContext context = SpringContexts.web(webProperties(port));
    printUrl(port);
    return awaitClose(context);
  }

  static Map<String, Object> webProperties(int port) {
    Map<String, Object> props = new HashMap<>();
    props.put("server.port", port);
    return props;
  }

  static void printUrl(int port) {
    System.out.println();
    System.out.println("Outreach Planner is serving at http://localhost:" + port + "/");
    System.out.println("Press Ctrl+C to stop.");
  }

  static int awaitClose(ConfigurableApplicationContext context) {
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
