package org.outreachplanner.village;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ColumnAliases;
import org.outreachplanner.importer.CommunePointImporter;
import org.outreachplanner.importer.FeatureCheck;
import org.outreachplanner.importer.ImportContext;
import org.outreachplanner.importer.ImportCounts;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.KindDescriptor;
import org.outreachplanner.importer.ValueParsers;
import org.springframework.stereotype.Component;

/**
 * Imports villages: the unit of planning, with their households, residents and Level-2 e-ID
 * progress. Upserts by village code; a village without a commune code goes to the commune whose
 * boundary covers it.
 *
 * <p>The four figures may be missing (no column, or an empty cell): they are then unknown (NULL),
 * never zero, and the report says how many villages have none yet. A row with none of the four
 * keeps the figures its village already has, so that re-importing place nodes or a gazetteer never
 * erases figures attached later (see {@code CensusImporter}).
 */
@Component
public class VillageImporter extends CommunePointImporter<VillageImporter.Village> {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.ofEntries(
              Map.entry("code", VillageAliases.CODE),
              Map.entry("name", VillageAliases.NAME),
              Map.entry("commune_code", VillageAliases.COMMUNE_CODE),
              Map.entry("households", VillageAliases.HOUSEHOLDS),
              Map.entry("residents", VillageAliases.RESIDENTS),
              Map.entry("eligible", VillageAliases.ELIGIBLE),
              Map.entry("eid_done", VillageAliases.EID_DONE),
              Map.entry("grid_power", List.of("electricity", "dien_luoi", "Có điện lưới")),
              Map.entry("ethnic_groups", List.of("dan_toc", "Thành phần dân tộc")),
              Map.entry("notes", List.of("ghi_chu"))));

  /** A gazetteer has names and points only: a file without codes gets them from its points. */
  private static final List<String> REQUIRED = List.of("name");

  private static final List<String> FIGURES =
      List.of("households", "residents", "eligible", "eid_done");

  /** A staged row without any figure keeps those of the village already there. */
  private static final String KEEP_FIGURES =
      "CASE WHEN num_nonnulls(EXCLUDED.households, EXCLUDED.residents, EXCLUDED.eligible,"
          + " EXCLUDED.eid_done) = 0 THEN t.%1$s ELSE EXCLUDED.%1$s END";

  private static final String COUNT_WITHOUT_FIGURES =
      "SELECT count(*) FROM import_village"
          + " WHERE num_nulls(households, residents, eligible, eid_done) > 0";

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
            "notes text"),
        FIGURES.stream()
            .collect(java.util.stream.Collectors.toMap(c -> c, KEEP_FIGURES::formatted)));
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
    boolean coded = checks.fileHas("code");
    Identity id = coded ? checks.identity(f) : checks.identityWithoutCode(f);
    Integer households = figure(f, "households");
    Integer residents = figure(f, "residents");
    Integer eligible = figure(f, "eligible");
    Integer eidDone = figure(f, "eid_done");
    if (eligible != null && residents != null && eligible > residents) {
      f.problem("eligible", Text.of("imports.village.eligibleOverResidents", eligible, residents));
    }
    if (eidDone != null && eligible != null && eidDone > eligible) {
      f.problem("eid_done", Text.of("imports.village.eidOverEligible", eidDone, eligible));
    }
    String gridPower = f.optional("grid_power", ValueParsers::gridPower, "unknown");
    Geometry location = checks.point(f);
    if (!coded && location != null) {
      id = checks.withCode(f, id, pointCode(location));
    }
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

  /**
   * The code of a village from a file without codes (a gazetteer): {@code gaz-<lon>_<lat>} to 5
   * decimals (about a metre), the same each time the same file is imported.
   */
  static String pointCode(Geometry point) {
    return String.format(
        Locale.ROOT, "gaz-%.5f_%.5f", point.getCoordinate().x, point.getCoordinate().y);
  }

  /** A figure, or null when the file has none for the village (unknown, not zero). */
  private static Integer figure(FeatureCheck f, String column) {
    return f.optionalCount(column, 0);
  }

  @Override
  protected void stageOwn(Village v, PreparedStatement ps, Connection tx) throws SQLException {
    ps.setObject(6, v.households(), Types.INTEGER);
    ps.setObject(7, v.residents(), Types.INTEGER);
    ps.setObject(8, v.eligible(), Types.INTEGER);
    ps.setObject(9, v.eidDone(), Types.INTEGER);
    ps.setString(10, v.gridPower());
    ps.setArray(11, tx.createArrayOf("text", v.ethnicGroups().toArray()));
    if (v.notes() == null) {
      ps.setNull(12, Types.VARCHAR);
    } else {
      ps.setString(12, v.notes());
    }
  }

  /**
   * Records the e-ID baseline of every village of the file that has the figure, and tells how many
   * of the file's villages have no census figures yet, when any.
   */
  @Override
  protected ImportCounts merged(ImportCounts counts, ImportContext ctx, Connection tx)
      throws SQLException {
    EidBaselines.record(tx, "import_village", ctx.importId());
    try (PreparedStatement count = tx.prepareStatement(COUNT_WITHOUT_FIGURES);
        ResultSet rs = count.executeQuery()) {
      rs.next();
      int without = rs.getInt(1);
      return without == 0
          ? counts
          : counts.withNotice(Text.of("imports.village.withoutFigures", without));
    }
  }
}
