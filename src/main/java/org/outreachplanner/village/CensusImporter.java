package org.outreachplanner.village;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.FeatureSource;
import org.outreachplanner.importer.FirstSeen;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.KindImporter;
import org.outreachplanner.importer.StagedMerge;
import org.springframework.stereotype.Component;

/**
 * Attaches census figures to villages imported already (from place nodes or a gazetteer, without
 * figures): a table (CSV) keyed by village code, or by village name within a commune (its code or
 * its name). Names are matched case- and diacritic-insensitively ({@link PlaceNames}). Every row
 * must find exactly one village: each unmatched or ambiguous name is reported with its row, and
 * nothing changes unless all rows match (the staged all-or-nothing merge). An empty cell is an
 * unknown figure.
 */
@Component
class CensusImporter implements KindImporter {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.ofEntries(
              Map.entry("code", VillageAliases.CODE),
              Map.entry(
                  "name",
                  Stream.concat(Stream.of("village", "village_name"), VillageAliases.NAME.stream())
                      .toList()),
              Map.entry("commune_code", VillageAliases.COMMUNE_CODE),
              Map.entry(
                  "commune",
                  List.of("commune_name", "ten_xa", "xa", "ward", "Xã/phường", "Phường")),
              Map.entry("households", VillageAliases.HOUSEHOLDS),
              Map.entry("residents", VillageAliases.RESIDENTS),
              Map.entry("eligible", VillageAliases.ELIGIBLE),
              Map.entry("eid_done", VillageAliases.EID_DONE)));

  private static final List<String> REQUIRED =
      List.of("households", "residents", "eligible", "eid_done");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.CENSUS, COLUMNS, REQUIRED);

  private static final StagedMerge UPDATE =
      new StagedMerge(
          """
          CREATE TEMP TABLE import_census (
              line_no bigint NOT NULL, code text NOT NULL, households integer,
              residents integer, eligible integer, eid_done integer
          ) ON COMMIT DROP
          """,
          "INSERT INTO import_census VALUES (?, ?, ?, ?, ?, ?)",
          """
          UPDATE village v
             SET households = s.households, residents = s.residents, eligible = s.eligible,
                 eid_done = s.eid_done, updated_at = now()
            FROM import_census s
           WHERE v.code = s.code
             AND (v.households, v.residents, v.eligible, v.eid_done)
                 IS DISTINCT FROM (s.households, s.residents, s.eligible, s.eid_done)
          RETURNING false
          """);

  /** One row's figures for the village it matched. */
  record Figures(
      long line,
      String code,
      Integer households,
      Integer residents,
      Integer eligible,
      Integer done) {}

  @Override
  public KindDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public ImportCounts importFeatures(FeatureSource source, ImportContext ctx, Connection tx)
      throws SQLException {
    CensusMatcher villages = CensusMatcher.load(tx);
    FirstSeen matched = new FirstSeen();
    String file = source.fileName();
    int staged =
        UPDATE.stage(
            source,
            ctx,
            tx,
            f -> {
              Figures row = read(f, villages, matched, file);
              return row == null ? List.of() : List.of(row);
            },
            CensusImporter::stage);
    ImportCounts counts = UPDATE.mergeUnlessRefused(tx, ctx, staged);
    if (ctx.problems().isEmpty()) {
      EidBaselines.record(tx, "import_census", ctx.importId());
    }
    return counts;
  }

  private static Figures read(
      FeatureCheck f, CensusMatcher villages, FirstSeen matched, String file) {
    String code = village(f, villages);
    Integer households = f.optionalCount("households", 0);
    Integer residents = f.optionalCount("residents", 0);
    Integer eligible = f.optionalCount("eligible", 0);
    Integer done = f.optionalCount("eid_done", 0);
    if (eligible != null && residents != null && eligible > residents) {
      f.problem("eligible", Text.of("imports.village.eligibleOverResidents", eligible, residents));
    }
    if (done != null && eligible != null && done > eligible) {
      f.problem("eid_done", Text.of("imports.village.eidOverEligible", done, eligible));
    }
    if (code == null) {
      return null;
    }
    Long first = matched.put(code, f.number());
    if (first != null) {
      f.problem("code", Text.of("imports.census.twice", code, FeatureCheck.at(file, first)));
    }
    return new Figures(f.number(), code, households, residents, eligible, done);
  }

  /** The code of the village a row is about, or null after recording why there is none. */
  private static String village(FeatureCheck f, CensusMatcher villages) {
    String code = f.text("code");
    if (code != null) {
      if (!villages.hasCode(code)) {
        f.problem("code", Text.of("imports.census.noSuchCode", code));
        return null;
      }
      return code;
    }
    String name = f.text("name");
    String communeCode = f.text("commune_code");
    String communeName = f.text("commune");
    if (name == null || (communeCode == null && communeName == null)) {
      f.problem("code", Text.of("imports.census.noKey"));
      return null;
    }
    Set<String> communes = villages.communes(communeCode, communeName);
    String commune = communeCode != null ? communeCode : communeName;
    CensusMatcher.Match match = villages.byName(name, communes);
    if (match.codes().isEmpty()) {
      f.problem("name", Text.of("imports.census.unmatched", name, commune));
      return null;
    }
    if (!match.unique()) {
      f.problem(
          "name",
          Text.of(
              "imports.census.ambiguous",
              name,
              commune,
              match.codes().size(),
              String.join(", ", match.codes())));
      return null;
    }
    return match.codes().get(0);
  }

  private static void stage(Figures row, PreparedStatement ps) throws SQLException {
    ps.setLong(1, row.line());
    ps.setString(2, row.code());
    ps.setObject(3, row.households(), Types.INTEGER);
    ps.setObject(4, row.residents(), Types.INTEGER);
    ps.setObject(5, row.eligible(), Types.INTEGER);
    ps.setObject(6, row.done(), Types.INTEGER);
  }
}
