package org.outreachplanner.network;

import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code outreach network}: rebuilds the routable road network and prints what it found. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the routable road network from the imported roads, and attach every village,"
          + " commune centre and team base to it (see docs/travel-times.md).",
      "Prints the report: edges, vertices, components, isolated pieces, zero-length segments"
          + " dropped, unknown road classes, places not attached; with an elevation model, edges"
          + " too steep to pass and edges walked implausibly slowly or fast."
    })
public class NetworkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--snap-tolerance",
      paramLabel = "METRES",
      description = "join segment ends this close (default: outreach.network.snap-tolerance-m, 5)")
  Double snapToleranceM;

  @Option(
      names = "--max-offroad",
      paramLabel = "METRES",
      description =
          "attach places this close to a road (default: outreach.network.max-offroad-m, 3000)")
  Double maxOffroadM;

  @Override
  public Integer call() {
    if (snapToleranceM != null && !(snapToleranceM >= 0 && snapToleranceM <= 100)) {
      throw new ParameterException(spec.commandLine(), "--snap-tolerance must be 0 to 100 m");
    }
    if (maxOffroadM != null && !(maxOffroadM >= 0 && maxOffroadM <= 100_000)) {
      throw new ParameterException(spec.commandLine(), "--max-offroad must be 0 to 100000 m");
    }
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      NetworkBuilder builder = context.getBean(NetworkBuilder.class);
      NetworkReport report =
          builder.rebuild(
              snapToleranceM == null ? builder.snapToleranceM() : snapToleranceM,
              maxOffroadM == null ? builder.maxOffroadM() : maxOffroadM);
      NetworkReportText.lines(report).forEach(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
