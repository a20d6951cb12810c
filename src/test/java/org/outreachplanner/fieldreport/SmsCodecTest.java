package org.outreachplanner.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SMS text of docs/field-reports.md: good texts read back, bad ones name line and part. */
class SmsCodecTest {

  private static final String EXAMPLE =
      """
      OR1 DH-T02 20261208
      1a2b3c4d DH-05 Y P123 T0840-1115 H12 A8 U2.0.1.0 S5 L2 R0 GVT:2,MF:0
      9f8e7d6c DH-07 N:ROAD P124
      """;

  @Test
  void theDocumentedExampleReadsAsTwoReports() {
    List<SmsCodec.Read> read = SmsCodec.read(EXAMPLE);
    assertThat(read).hasSize(2);
    VisitReport first = read.get(0).report();
    assertThat(first.team()).isEqualTo("DH-T02");
    assertThat(first.village()).isEqualTo("DH-05");
    assertThat(first.visitDate()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(first.plannedVisitId()).isEqualTo(123L);
    assertThat(first.reached()).isTrue();
    assertThat(first.startTime()).isEqualTo(LocalTime.of(8, 40));
    assertThat(first.endTime()).isEqualTo(LocalTime.of(11, 15));
    assertThat(first.householdsHelped()).isEqualTo(12);
    assertThat(first.activationsCompleted()).isEqualTo(8);
    assertThat(first.unfinished())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                VisitReport.Unfinished.NO_SIGNAL, 2,
                VisitReport.Unfinished.NO_SIM, 0,
                VisitReport.Unfinished.NO_PHONE, 1,
                VisitReport.Unfinished.PAPERS_MISSING, 0));
    assertThat(first.simCardsHandedOut()).isEqualTo(5);
    assertThat(first.phonesLent()).isEqualTo(2);
    assertThat(first.phonesReturned()).isZero();
    assertThat(first.signal())
        .containsExactly(
            new VisitReport.SignalSeen("Viettel", VisitReport.SignalLevel.USABLE),
            new VisitReport.SignalSeen("MobiFone", VisitReport.SignalLevel.NONE));
    VisitReport second = read.get(1).report();
    assertThat(second.reached()).isFalse();
    assertThat(second.notReachedReason()).isEqualTo(VisitReport.NotReachedReason.ROAD_CLOSED);
    assertThat(second.householdsHelped()).as("not reported is unknown, not 0").isNull();
    assertThat(second.unfinished()).isEmpty();
    assertThat(EXAMPLE.strip().length()).as("one SMS").isLessThanOrEqualTo(160);
  }

  @Test
  void theSameTextGivesTheSameIdsWhateverTheCaseAndSeparators() {
    String joined = EXAMPLE.strip().toLowerCase().replace("\n", " ; ");
    List<SmsCodec.Read> again = SmsCodec.read(joined);
    List<SmsCodec.Read> first = SmsCodec.read(EXAMPLE);
    assertThat(again.get(0).report().id()).isEqualTo(first.get(0).report().id());
    assertThat(ContentHash.of(again.get(1).report()))
        .isEqualTo(ContentHash.of(first.get(1).report()));
    assertThat(first.get(0).report().id())
        .isEqualTo(SmsCodec.id("DH-T02", LocalDate.of(2026, 12, 8), "1a2b3c4d"));
  }

  @Test
  void whatIsWrittenReadsBackTheSameWithNotesWithoutDiacritics() {
    VisitReport report =
        new VisitReport(
            java.util.UUID.fromString("0badcafe-0000-4000-8000-000000000001"),
            null,
            "DH-T02",
            "DH-05",
            LocalDate.of(2026, 12, 8),
            null,
            false,
            VisitReport.NotReachedReason.OTHER,
            LocalTime.of(7, 5),
            null,
            null,
            null,
            Map.of(VisitReport.Unfinished.NO_SIM, 3),
            null,
            null,
            null,
            List.of(new VisitReport.SignalSeen("Vietnamobile", VisitReport.SignalLevel.WEAK)),
            "Đường trơn; cầu gãy");
    String text = SmsCodec.write("DH-T02", LocalDate.of(2026, 12, 8), List.of(report));
    assertThat(text)
        .isEqualTo(
            "OR1 DH-T02 20261208\n0badcafe DH-05 N:OTHER T0705- U.3.. GVM:1 #Duong tron cau gay");
    VisitReport back = SmsCodec.read(text).get(0).report();
    assertThat(back.notes()).isEqualTo("Duong tron cau gay");
    assertThat(back.startTime()).isEqualTo(LocalTime.of(7, 5));
    assertThat(back.endTime()).isNull();
    assertThat(back.unfinished()).isEqualTo(Map.of(VisitReport.Unfinished.NO_SIM, 3));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| line 1, part \"\": the text is empty",
        "OR2 DH-T02 20261208\\n1a2b3c4d DH-05 Y| line 1, part \"OR2 DH-T02 20261208\"",
        "OR1 DH-T02 2026-12-08\\n1a2b3c4d DH-05 Y| line 1, part \"2026-12-08\": the date",
        "OR1 DH-T02 20261308\\n1a2b3c4d DH-05 Y| part \"20261308\"",
        "OR1 DH-T02 20261208| the text has no report",
        "OR1 DH-T02 20261208\\nxyz DH-05 Y| line 2, part \"xyz\"",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 H12| neither Y (reached) nor N",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y N:RAIN| line 2, part \"N:RAIN\": this part is given twice",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 N:SNOW| part \"N:SNOW\": the reason must be",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y H-3| part \"H-3\": a count",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y T0840-0815| part \"T0840-0815\": the visit ends",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y T2540-| part \"T2540-\": times are hhmm-hhmm",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y U2.0.1| part \"U2.0.1\": unfinished activations",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y GVT:3| part \"GVT:3\": the signal",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y GXX:1| part \"GXX:1\": unknown operator XX",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y Q5| part \"Q5\": unknown part",
        "OR1 DH-T02 20261208\\n1a2b3c4d DH-05 Y;1A2B3C4D DH-06 Y| line 3, part \"1a2b3c4d\": two reports"
      })
  void aBadTextIsRefusedNamingLineAndPart(String text, String expected) {
    assertThatThrownBy(() -> SmsCodec.read(text.replace("\\n", "\n")))
        .isInstanceOf(SmsFormatException.class)
        .hasMessageContaining(expected.strip());
  }
}
