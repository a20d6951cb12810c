package org.outreachplanner.stock;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.outreachplanner.i18n.TextException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code outreach stock}: the teams' SIM cards and loaner phones; records received and lost. */
@Command(
    name = "stock",
    mixinStandardHelpOptions = true,
    description = {
      "Show the SIM cards and loaner phones of every team (or of TEAM), or record what a team"
          + " received or lost (docs/progress.md). Handed out, lent and returned come from the"
          + " visit reports."
    })
public class StockCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TEAM",
      description = "the team (all teams when only showing)")
  String team;

  @Option(names = "--received", description = "record what the team received")
  boolean received;

  @Option(names = "--lost", description = "record what the team lost")
  boolean lost;

  @Option(names = "--sims", paramLabel = "N", description = "SIM cards")
  Integer sims;

  @Option(names = "--phones", paramLabel = "N", description = "loaner phones")
  Integer phones;

  @Option(
      names = "--village",
      paramLabel = "CODE",
      description = "with --lost --phones: the village where lent phones were lost")
  String village;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the day (default today)")
  LocalDate date;

  @Option(names = "--note", description = "a note kept with the entry")
  String note;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (received == lost && (received || sims != null || phones != null)) {
      err.println("stock: give either --received or --lost, with --sims N and/or --phones N");
      return 2;
    }
    if ((received || lost) && (team == null || (sims == null && phones == null))) {
      err.println("stock: name the TEAM and give --sims N and/or --phones N");
      return 2;
    }
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      StockRepository stock = context.getBean(StockRepository.class);
      if (received || lost) {
        StockService service = context.getBean(StockService.class);
        String kind = received ? "RECEIVED" : "LOST";
        String by = "cli:" + System.getProperty("user.name", "unknown");
        try {
          if (sims != null) {
            service.record(new StockEntry(team, "SIM", kind, sims, null, date, note), by);
          }
          if (phones != null) {
            service.record(new StockEntry(team, "PHONE", kind, phones, village, date, note), by);
          }
        } catch (TextException e) {
          err.println("stock: " + e.text().inCurrentLanguage());
          return 1;
        }
      }
      List<TeamStock> shown =
          team == null ? stock.all() : List.copyOf(stock.forTeams(List.of(team)).values());
      shown.forEach(s -> out.println(line(s)));
      out.flush();
      return 0;
    }
  }

  private static String line(TeamStock s) {
    return String.format(
        "%s  SIM cards: %s on hand (received %s, handed out %s, lost %s)"
            + "  phones: %s on hand, %s out (received %s, lent %s, returned %s, lost %s)",
        s.team(),
        n(s.simsOnHand()),
        n(s.simsReceived()),
        n(s.simsHandedOut()),
        n(s.simsLost()),
        n(s.phonesOnHand()),
        n(s.phonesOut()),
        n(s.phonesReceived()),
        n(s.phonesLent()),
        n(s.phonesReturned()),
        n(s.phonesLost()));
  }

  private static String n(Integer value) {
    return value == null ? "unknown" : String.format("%,d", value);
  }
}
