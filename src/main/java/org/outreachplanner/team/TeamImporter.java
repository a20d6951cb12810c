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
import org.outreachplanner.importer.CommuneMembership;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.FirstSeen;
import org.outreachplanner.importer.GeometryRules;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.outreachplanner.importer.Parsed;
import org.outreachplanner.importer.RegionBounds;
import org.outreachplanner.importer.StagedMerge;
import org.outreachplanner.importer.StagingInsert;
import org.outreachplanner.importer.ValueParsers;
import org.springframework.stereotype.Component;

/**
 * Imports the digital-support teams: where each is based, how many members, which days and hours it
 * works and how it travels. Upserts by team code; a team without a commune code belongs to the
 * commune whose boundary covers its base.
 */
@Component
class TeamImporter implements KindImporter {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.ofEntries(
              Map.entry("code", List.of("team_code", "ma_doi", "ma")),
              Map.entry("name", List.of("ten_doi", "ten")),
              Map.entry("commune_code", List.of("ma_xa")),
              Map.entry("members", List.of("so_thanh_vien")),
              Map.entry("working_days", List.of("ngay_lam_viec")),
              Map.entry("day_start", List.of("gio_bat_dau")),
              Map.entry("day_end", List.of("gio_ket_thuc")),
              Map.entry("transport_mode", List.of("transport", "phuong_tien")),
              Map.entry("languages", List.of("ngon_ngu"))));

  private static final List<String> REQUIRED = List.of("code", "name", "members");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.TEAMS, COLUMNS, REQUIRED);
  private static final List<Integer> MONDAY_TO_FRIDAY = List.of(1, 2, 3, 4, 5);
  private static final LocalTime DEFAULT_START = LocalTime.of(7, 30);
  private static final LocalTime DEFAULT_END = LocalTime.of(17, 0);

  private static final String CREATE_STAGING =
      """
      CREATE TEMP TABLE import_team (
          line_no bigint NOT NULL, code text NOT NULL, commune_code text, name text NOT NULL,
          base geometry(Point, 4326) NOT NULL, members integer, working_days smallint[],
          day_start time, day_end time, transport_mode text, languages text[]
      ) ON COMMIT DROP
      """;

  private static final String INSERT_STAGING =
      """
      INSERT INTO import_team VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?)
      """;

  private static final String ASSIGN_COMMUNES =
      """
      UPDATE import_team s
         SET commune_code = (SELECT c.code FROM commune c
                              WHERE ST_Covers(c.boundary, s.base) ORDER BY c.code LIMIT 1)
       WHERE s.commune_code IS NULL
      RETURNING s.line_no, s.commune_code, ST_X(s.base), ST_Y(s.base)
      """;

  private static final String MERGE_TEAMS =
      """
      INSERT INTO team AS t (code, commune_code, name, base, members, working_days,
                             day_start, day_end, transport_mode, languages)
      SELECT code, commune_code, name, base, members, working_days,
             day_start, day_end, transport_mode, languages
        FROM import_team
      ON CONFLICT (code) DO UPDATE
         SET commune_code = EXCLUDED.commune_code, name = EXCLUDED.name, base = EXCLUDED.base,
             members = EXCLUDED.members, working_days = EXCLUDED.working_days,
             day_start = EXCLUDED.day_start, day_end = EXCLUDED.day_end,
             transport_mode = EXCLUDED.transport_mode, languages = EXCLUDED.languages,
             updated_at = now()
       WHERE (t.commune_code, t.name, t.base, t.members, t.working_days, t.day_start, t.day_end,
              t.transport_mode, t.languages)
             IS DISTINCT FROM
             (EXCLUDED.commune_code, EXCLUDED.name, EXCLUDED.base, EXCLUDED.members,
              EXCLUDED.working_days, EXCLUDED.day_start, EXCLUDED.day_end,
              EXCLUDED.transport_mode, EXCLUDED.languages)
      RETURNING (xmax = 0)
      """;

  private static final StagedMerge TEAM_UPSERT =
      new StagedMerge(CREATE_STAGING, INSERT_STAGING, MERGE_TEAMS);

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    CommuneMembership communes = CommuneMembership.load(tx);
    FirstSeen codes = new FirstSeen();
    String fileName = source.fileName();
    int staged =
        TEAM_UPSERT.stage(
            source,
            ctx,
            tx,
            f -> List.of(read(f, codes, communes, fileName, ctx.region())),
            (team, insert) -> stage(team, insert, tx));
    CommuneMembership.assignByLocation(tx, ASSIGN_COMMUNES, ctx.problems());
    return TEAM_UPSERT.mergeUnlessRefused(tx, ctx, staged);
  }

  private record Team(
      long line,
      String code,
      String communeCode,
      String name,
      Geometry base,
      Integer members,
      List<Integer> workingDays,
      LocalTime dayStart,
      LocalTime dayEnd,
      String transportMode,
      List<String> languages) {}

  private static Team read(
      FeatureCheck f,
      FirstSeen codes,
      CommuneMembership communes,
      String fileName,
      RegionBounds region) {
    String code = f.required("code");
    codes.putUnique(f, "code", code, fileName);
    String name = f.required("name");
    String communeCode = f.text("commune_code");
    communes.check(f, communeCode);
    Integer members = f.count("members", 1);
    List<Integer> days = f.optional("working_days", ValueParsers::workingDays, MONDAY_TO_FRIDAY);
    Parsed<LocalTime> start = f.optionalParsed("day_start", ValueParsers::timeOfDay, DEFAULT_START);
    Parsed<LocalTime> end = f.optionalParsed("day_end", ValueParsers::timeOfDay, DEFAULT_END);
    if (start.ok() && end.ok() && !start.value().isBefore(end.value())) {
      f.problem("day_end", Text.of("imports.team.endBeforeStart", end.value(), start.value()));
    }
    String transport = f.optional("transport_mode", ValueParsers::transportMode, "motorbike");
    Geometry base = f.geometry();
    if (base != null) {
      f.geometryProblem(GeometryRules.checkPoint(base, region));
    }
    return new Team(
        f.number(),
        code,
        communeCode,
        name,
        base,
        members,
        days,
        start.value(),
        end.value(),
        transport,
        ValueParsers.list(f.text("languages")));
  }

  private static void stage(Team t, PreparedStatement ps, Connection tx) throws SQLException {
    ps.setLong(1, t.line());
    ps.setString(2, t.code());
    ps.setString(3, t.communeCode());
    ps.setString(4, t.name());
    ps.setBytes(5, StagingInsert.wkb(t.base()));
    ps.setInt(6, t.members());
    Short[] days = t.workingDays().stream().map(Integer::shortValue).toArray(Short[]::new);
    ps.setArray(7, tx.createArrayOf("smallint", days));
    ps.setObject(8, t.dayStart());
    ps.setObject(9, t.dayEnd());
    ps.setString(10, t.transportMode());
    ps.setArray(11, tx.createArrayOf("text", t.languages().toArray()));
  }
}
