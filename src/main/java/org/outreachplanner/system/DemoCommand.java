package org.outreachplanner.system;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the demo job lands. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the demo.")
public class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
