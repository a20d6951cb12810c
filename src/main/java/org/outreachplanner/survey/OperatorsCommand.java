package org.outreachplanner.survey;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outreach operators}: lists the mobile networks by MCC and MNC that survey imports name
 * operators by; {@code operators set MCC MNC NAME} adds or renames one.
 */
@Command(
    name = "operators",
    mixinStandardHelpOptions = true,
    description = {
      "List the mobile networks (MCC, MNC, operator) that survey files naming networks by code"
          + " are read with; a pair not listed is imported as MCC-MNC, with a notice.",
      "outreach operators set MCC MNC NAME adds or renames one (for later imports)."
    },
    subcommands = {OperatorsCommand.List.class, OperatorsCommand.Set.class})
public class OperatorsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return list(spec);
  }

  static int list(CommandSpec spec) {
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("MCC  MNC  operator");
      for (MobileNetworkRepository.MobileNetwork n :
          context.getBean(MobileNetworkRepository.class).all()) {
        out.printf("%-4s %-4s %s%n", n.mcc(), n.mnc(), n.name());
      }
      out.flush();
      return 0;
    }
  }

  /** {@code outreach operators list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the networks.")
  static class List implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return list(spec);
    }
  }

  /** {@code outreach operators set MCC MNC NAME}. */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Name the operator of a network. Example: outreach operators set 452 04 Viettel",
        "Readings imported before keep the operator they were stored with; import them again"
            + " to rename them."
      })
  static class Set implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MCC", description = "mobile country code, 3 digits")
    String mcc;

    @Parameters(index = "1", paramLabel = "MNC", description = "mobile network code, 2-3 digits")
    String mnc;

    @Parameters(index = "2", paramLabel = "NAME", description = "the operator's name")
    String name;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext context = SpringContexts.batch()) {
        context.getBean(MobileNetworkRepository.class).set(mcc, mnc, name);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("operator not set: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return 2;
      }
      spec.commandLine().getOut().printf("%s-%s is %s%n", mcc, mnc, name.strip());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
