package org.outreachplanner.cli;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Option;

/**
 * The web application of the commands that serve the map and the API ({@code serve}, {@code demo}):
 * their {@code --port} option, the start of the application on it and the serving until it is
 * closed. A picocli mixin.
 */
final class WebServer {

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}, or OUTREACH_PORT)",
      defaultValue = "${env:OUTREACH_PORT:-8080}")
  int port;

  /** Starts the web application on the port. */
  ConfigurableApplicationContext start() {
    return SpringContexts.web(Map.of("server.port", port));
  }

  /** Prints where the application serves, then waits until it is closed; returns 0. */
  int serve(ConfigurableApplicationContext context) {
    System.out.println();
    System.out.println("Outreach Planner is serving at http://localhost:" + port + "/");
    System.out.println("Press Ctrl+C to stop.");
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
