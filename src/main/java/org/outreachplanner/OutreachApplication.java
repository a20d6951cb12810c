package org.outreachplanner;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application; {@link org.outreachplanner.system.OutreachCli} is the entry point.
 */
@SpringBootApplication
public class OutreachApplication {

  public static void main(String[] args) {
    System.exit(org.outreachplanner.system.OutreachCli.run(args));
  }
}
