package org.outreachplanner;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application. The program's entry point is the command line, {@code
 * cli.OutreachCli}, which starts it through {@link SpringContexts}.
 */
@SpringBootApplication
public class OutreachApplication {}
