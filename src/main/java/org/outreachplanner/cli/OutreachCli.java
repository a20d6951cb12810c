package org.outreachplanner.cli;

import java.util.Optional;
import org.outreachplanner.DatabaseStopped;
import org.outreachplanner.DiskFull;
import org.outreachplanner.database.DatabaseUnavailableException;
import org.outreachplanner.database.DbCommand;
import org.outreachplanner.generate.GenerateCommand;
import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;
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
      org.outreachplanner.job.WorkerCommand.class,
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
      org.outreachplanner.fieldreport.ReportsCommand.class,
      org.outreachplanner.progress.ProgressCommand.class,
      org.outreachplanner.stock.StockCommand.class,
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
          commandLine.getErr().println("error: " + failure(ex));
          commandLine.getErr().flush();
          return 1;
        });
    return cli.execute(args);
  }

  /**
   * What a command that failed prints, without a stack trace: that the database stopped and how to
   * start it, that a disk is full, the words of a refusal (a busy import), or the root cause's
   * message. A database that could not be prepared at all says so in its own words ({@link
   * DatabaseUnavailableException}).
   */
  static String failure(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DatabaseUnavailableException) {
        return rootMessage(ex);
      }
    }
    Optional<Text> stopped = DatabaseStopped.explain(ex).or(() -> DiskFull.explain(ex));
    if (stopped.isPresent()) {
      return stopped.get().inCurrentLanguage();
    }
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof LocalizedException localized) {
        return localized.text().inCurrentLanguage();
      }
    }
    return rootMessage(ex);
  }

  static String rootMessage(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof DatabaseUnavailableException) {
        break;
      }
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
