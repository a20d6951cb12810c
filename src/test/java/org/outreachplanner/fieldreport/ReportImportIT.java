package org.outreachplanner.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.fieldreport.ReportFixture.OWN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.CliRun;
import org.outreachplanner.support.DatabaseTest;
import org.outreachplanner.support.TestSheets;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code ./outreach reports import FILE}: paper forms, Vietnamese headers, all or nothing. */
@DatabaseTest
class ReportImportIT {

  private static final String HEADER =
      "Số phiếu,Mã tổ,Mã thôn,Ngày đi,Đã đến,Lý do,Giờ bắt đầu,Giờ kết thúc,Số hộ được hỗ trợ,"
          + "Kích hoạt mức 2,Không có sóng,Số SIM đã phát,Máy cho mượn,Sóng,Ghi chú\n";

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void fixture() {
    ReportFixture.load(jdbc);
  }

  private static String day() {
    return ReportFixture.yesterday().toString();
  }

  @Test
  void aCsvOfPaperFormsImportsOnceAndAgainChangesNothing(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("phieu.csv"),
            HEADER
                + "1,"
                + OWN
                + ",V001,"
                + day()
                + ",có,,08:40,11:15,12,8,2,5,1,VT:1,đường trơn\n"
                + "2,"
                + OWN
                + ",V002,"
                + day()
                + ",không,RAIN,,,,,,,,,\n");
    Result first = run(file);
    assertThat(first.exit()).as(first.output()).isZero();
    assertThat(TestTables.count(jdbc, "visit_report")).isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "SELECT via || ' ' || sent_by || ' ' || households_helped || ' '"
                    + " || unfinished_no_signal || ' ' || (unfinished_no_sim IS NULL)"
                    + " FROM visit_report WHERE village_code = 'V001'",
                String.class))
        .isEqualTo("IMPORT import phieu.csv 12 2 true");

    Result again = run(file);
    assertThat(again.exit()).as(again.output()).isZero();
    assertThat(TestTables.count(jdbc, "visit_report")).isEqualTo(2);
  }

  @Test
  void aFileWithABadRowChangesNothingAndNamesRowAndColumn(@TempDir Path dir) throws Exception {
    Path file =
        TestSheets.sheet("Báo cáo")
            .row("Mã tổ", "Mã thôn", "Ngày đi", "Đã đến", "Lý do", "Số hộ được hỗ trợ")
            .row(OWN, "V001", ReportFixture.yesterday(), "x", "", 4)
            .row(OWN, "V002", ReportFixture.yesterday(), "không", "", 1)
            .row(OWN, "V003", "hôm qua", "có", "", 2)
            .write(dir.resolve("bao-cao.xlsx"));
    Result refused = run(file);
    assertThat(refused.exit()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output())
        .contains("a visit not made needs its reason")
        .contains("the date \"hôm qua\" is not YYYY-MM-DD");
    assertThat(TestTables.count(jdbc, "visit_report")).isZero();
  }

  /** How a run of the command ended, and what it printed. */
  record Result(int exit, String output) {}

  private static Result run(Path file) throws Exception {
    try (CliRun cli = CliRun.start(Map.of(), "reports", "import", file.toString())) {
      return new Result(cli.exitCode(Waits.DEADLINE), cli.output());
    }
  }
}
