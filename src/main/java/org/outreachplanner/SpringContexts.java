package org.outreachplanner;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context: with the web server for serving, without it for CLI jobs. */
public final class SpringContexts {

  private SpringContexts() {}

  /**
   * A context without the web server, for one command-line job. The connection pool's own warnings
   * are off: a lost database is told once, by the command's error message, not by the pool's stack
   * traces before it.
   */
  public static ConfigurableApplicationContext batch() {
    return batch(false);
  }

  /**
   * A context without the web server whose workers claim tasks (solves) from the database: for
   * {@code outreach worker} and the commands that wait for their solves ({@code outreach solve}).
   * Other command-line jobs run no worker, so an import never takes a solve.
   */
  public static ConfigurableApplicationContext batchWorker() {
    return batch(true);
  }

  private static ConfigurableApplicationContext batch(boolean workers) {
    return new SpringApplicationBuilder(OutreachApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(
            Map.of("logging.level.root", "WARN", "logging.level.org.outreachplanner", "INFO"))
        .run(
            "--logging.level.com.zaxxer.hikari=OFF",
            "--logging.level.com.github.kagkarlsson=WARN",
            "--outreach.workers.enabled=" + workers);
  }

  /**
   * The web application, serving until the process is stopped. The properties are passed as
   * command-line arguments, so they win over application.properties and the environment.
   */
  public static ConfigurableApplicationContext web(Map<String, Object> properties) {
    String[] args =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(OutreachApplication.class)
        .web(WebApplicationType.SERVLET)
        .bannerMode(Banner.Mode.OFF)
        .run(args);
  }
}
