package org.outreachplanner.village;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.CommunePointImporter;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.ValueParsers;
import org.springframework.stereotype.Component;

/**
 * Imports villages: the unit of planning, with their households, residents and Level-2 e-ID
 * progress. Upserts by village code; a village without a commune code goes to the commune whose
 * boundary covers it.
 */
@Component
public class VillageImporter extends CommunePointImporter<VillageImporter.Village> {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.ofEntries(
              Map.entry("code", List.of("village_code", "ma_thon", "ma")),
              Map.entry("name", List.of("ten_thon", "ten")),
              Map.entry("commune_code", List.of("ma_xa")),
              Map.entry("households", List.of("so_ho", "ho")),
              Map.entry("residents", List.of("nhan_khau", "so_dan", "population")),
              Map.entry("eligible", List.of("residents_14plus", "eligible_14plus", "tu_14_tuoi")),
              Map.entry("eid_done", List.of("eid_level2_done", "dinh_danh_muc_2")),
              Map.entry("grid_power", List.of("electricity", "dien_luoi")),
              Map.entry("ethnic_groups", List.of("dan_toc")),
              Map.entry("notes", List.of("ghi_chu"))));

  private static final List<String> REQUIRED =
      List.of("code", "name", "households", "residents", "eligible", "eid_done");

  private static final KindDescriptor DESCRIPTOR =
      new KindDescriptor(ImportKind.VILLAGES, COLUMNS, REQUIRED);

  VillageImporter() {
    super(
        DESCRIPTOR,
        "village",
        "location",
        List.of(
            "households integer",
            "residents integer",
            "eligible integer",
            "eid_done integer",
            "grid_power text",
            "ethnic_groups text[]",
            "notes text"));
  }

  record Village(
      long line,
      Identity id,
      Geometry point,
      Integer households,
      Integer residents,
      Integer eligible,
      Integer eidDone,
      String gridPower,
      List<String> ethnicGroups,
      String notes)
      implements Row {}

  @Override
  protected Village read(FeatureCheck f, Checks checks) {
    Identity id = checks.identity(f);
    Integer households = f.count("households", 0);
    Integer residents = f.count("residents", 0);
    Integer eligible = f.count("eligible", 0);
    Integer eidDone = f.count("eid_done", 0);
    if (eligible != null && residents != null && eligible > residents) {
      f.problem("eligible", Text.of("imports.village.eligibleOverResidents", eligible, residents));
    }
    if (eidDone != null && eligible != null && eidDone > eligible) {
      f.problem("eid_done", Text.of("imports.village.eidOverEligible", eidDone, eligible));
    }
    String gridPower = f.optional("grid_power", ValueParsers::gridPower, "unknown");
    Geometry location = checks.point(f);
    return new Village(
        f.number(),
        id,
        location,
        households,
        residents,
        eligible,
        eidDone,
        gridPower,
        ValueParsers.list(f.text("ethnic_groups")),
        f.text("notes"));
  }

  @Override
  protected void stageOwn(Village v, PreparedStatement ps, Connection tx) throws SQLException {
    ps.setInt(6, v.households());
    ps.setInt(7, v.residents());
    ps.setInt(8, v.eligible());
    ps.setInt(9, v.eidDone());
    ps.setString(10, v.gridPower());
    ps.setArray(11, tx.createArrayOf("text", v.ethnicGroups().toArray()));
    if (v.notes() == null) {
      ps.setNull(12, Types.VARCHAR);
    } else {
      ps.setString(12, v.notes());
    }
  }
}
