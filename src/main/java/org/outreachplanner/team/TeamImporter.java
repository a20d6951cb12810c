package org.outreachplanner.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.CommunePointImporter;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.Parsed;
import org.outreachplanner.importer.ValueParsers;
import org.springframework.stereotype.Component;

/**
 * Imports the digital-support teams: where each is based, how many members, which days and hours it
 * works and how it travels. Upserts by team code; a team without a commune code belongs to the
 * commune whose boundary covers its base.
 */
@Component
class TeamImporter extends CommunePointImporter<TeamImporter.Team> {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.ofEntries(
              Map.entry("code", List.of("team_code", "ma_doi", "ma", "Mã tổ", "Mã nhóm")),
              Map.entry("name", List.of("ten_doi", "ten", "Tên tổ", "Tên nhóm", "Tổ công tác")),
              Map.entry("commune_code", List.of("ma_xa")),
              Map.entry("members", List.of("so_thanh_vien", "Số người", "Số cán bộ", "Quân số")),
              Map.entry("working_days", List.of("ngay_lam_viec", "Ngày làm việc trong tuần")),
              Map.entry("day_start", List.of("gio_bat_dau", "Giờ làm việc từ")),
              Map.entry("day_end", List.of("gio_ket_thuc", "Giờ làm việc đến")),
              Map.entry(
                  "transport_mode", List.of("transport", "phuong_tien", "Phương tiện di chuyển")),
              Map.entry("languages", List.of("ngon_ngu"))));

  private static final List<String> REQUIRED = List.of("code", "name", "members");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.TEAMS, COLUMNS, REQUIRED);
  private static final List<Integer> MONDAY_TO_FRIDAY = List.of(1, 2, 3, 4, 5);
  private static final LocalTime DEFAULT_START = LocalTime.of(7, 30);
  private static final LocalTime DEFAULT_END = LocalTime.of(17, 0);

  TeamImporter() {
    super(
        DESCRIPTOR,
        "team",
        "base",
        List.of(
            "members integer",
            "working_days smallint[]",
            "day_start time",
            "day_end time",
            "transport_mode text",
            "languages text[]"));
  }

  record Team(
      long line,
      Identity id,
      Geometry point,
      Integer members,
      List<Integer> workingDays,
      LocalTime dayStart,
      LocalTime dayEnd,
      String transportMode,
      List<String> languages)
      implements Row {}

  @Override
  protected Team read(FeatureCheck f, Checks checks) {
    Identity id = checks.identity(f);
    Integer members = f.count("members", 1);
    List<Integer> days = f.optional("working_days", ValueParsers::workingDays, MONDAY_TO_FRIDAY);
    Parsed<LocalTime> start = f.optionalParsed("day_start", ValueParsers::timeOfDay, DEFAULT_START);
    Parsed<LocalTime> end = f.optionalParsed("day_end", ValueParsers::timeOfDay, DEFAULT_END);
    if (start.ok() && end.ok() && !start.value().isBefore(end.value())) {
      f.problem("day_end", Text.of("imports.team.endBeforeStart", end.value(), start.value()));
    }
    String transport = f.optional("transport_mode", ValueParsers::transportMode, "motorbike");
    Geometry base = checks.point(f);
    return new Team(
        f.number(),
        id,
        base,
        members,
        days,
        start.value(),
        end.value(),
        transport,
        ValueParsers.list(f.text("languages")));
  }

  @Override
  protected void stageOwn(Team t, PreparedStatement ps, Connection tx) throws SQLException {
    ps.setInt(6, t.members());
    Short[] days = t.workingDays().stream().map(Integer::shortValue).toArray(Short[]::new);
    ps.setArray(7, tx.createArrayOf("smallint", days));
    ps.setObject(8, t.dayStart());
    ps.setObject(9, t.dayEnd());
    ps.setString(10, t.transportMode());
    ps.setArray(11, tx.createArrayOf("text", t.languages().toArray()));
  }
}
