package org.outreachplanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code outreach solve}'s options as the request they make, without a database: the freeze time of
 * a re-plan read as the API reads {@code freeze_before}, with the API's text when it is not one.
 */
class SolveCommandTest {

  private final SolveCommand command = new SolveCommand();
  private final CommandLine cli = new CommandLine(command);
  private final StringWriter err = new StringWriter();

  SolveCommandTest() {
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
  }

  @Test
  void theFreezeTimeIsTheFieldsTimeOfDay() {
    cli.parseArgs(
        "--area",
        "18904",
        "--week",
        "2026-12-07",
        "--release",
        "*",
        "--freeze-before",
        " 2026-12-09T12:00 ");
    SolveRequest request = command.request();
    assertThat(request.freezeBefore()).isEqualTo(LocalDateTime.of(2026, 12, 9, 12, 0));
    assertThat(request.released("18904-01")).isTrue();
  }

  @Test
  void withoutAFreezeTimeOnlyReportedVisitsAreFrozen() {
    cli.parseArgs("--area", "18904", "--week", "2026-12-07");
    assertThat(command.request().freezeBefore()).isNull();
  }

  @Test
  void aFreezeTimeThatIsNoneIsAUsageErrorWithTheApisText() {
    int exit =
        cli.execute("--area", "18904", "--week", "2026-12-07", "--freeze-before", "Wednesday noon");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "The field \"--freeze-before\" is \"Wednesday noon\", not a day and time: write it as"
                + " 2026-12-09T12:00.");
    assertThat(SolveRequest.freezeTime("freeze_before", "")).isNull();
  }

  @Test
  void theHelpNamesTheOption() {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString()).contains("--freeze-before=YYYY-MM-DDTHH:MM").contains("re-plan");
  }
}
