package org.outreachplanner.cli;

import org.outreachplanner.database.DbCommand;
import org.outreachplanner.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code outreach} command line: one subcommand per job. */
@Command(
    name = "outreach",
    mixinStandardHelpOptions = true,
    version = "Outreach Planner 0.1.0",
    description = "Coverage planning and outreach scheduling for remote border communes.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      GenerateCommand.class,
      org.outreachplanner.importer.ImportCommand.class,
      org.outreachplanner.network.NetworkCommand.class,
      org.outreachplanner.network.SpeedsCommand.class,
      org.outreachplanner.traveltime.TravelTimesCommand.class,
      org.outreachplanner.traveltime.TravelTimeBenchmarkCommand.class,
      org.outreachplanner.network.DemCommand.class,
      org.outreachplanner.coverage.CoverageCommand.class,
      org.outreachplanner.survey.OperatorsCommand.class,
      org.outreachplanner.schedule.SolveCommand.class,
      org.outreachplanner.schedule.ScheduleBenchmarkCommand.class,
      DbCommand.class,
      org.outreachplanner.security.UsersCommand.class,
      CommandLine.HelpCommand.class
    })
public class OutreachCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cli = new CommandLine(new OutreachCli());
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + rootMessage(ex));
          return 1;
        });
    return cli.execute(args);
  }

  static String rootMessage(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof org.outreachplanner.database.DatabaseUnavailableException) {
        break;
      }
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
