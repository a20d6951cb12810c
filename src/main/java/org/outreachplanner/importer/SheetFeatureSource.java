package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DateUtil;
import org.locationtech.jts.geom.Coordinate;
import org.outreachplanner.i18n.Text;

/**
 * The rows of one sheet of a spreadsheet, below its header and above its totals row. Every cell the
 * kind reads is checked when the sheet is opened: an error value ({@code #REF!}) or a number that
 * reads two ways refuses the file, each problem naming the cell ({@code Sheet1!D14}) and its column
 * as written. Numbers written as text are read in either locale ({@link SheetNumbers}); a number in
 * a date column is a date serial. Rows are numbered as the spreadsheet numbers them.
 */
final class SheetFeatureSource implements FeatureSource {

  /** Columns of dates that a sheet may give as serial numbers. */
  private static final Set<String> DATES = Set.of("observed_at");

  private final String fileName;
  private final String sheet;
  private final List<String> header;
  private final FeatureColumns columns;
  private final List<SheetRow> rows;
  private final List<Text> notices;

  private SheetFeatureSource(
      String fileName,
      String sheet,
      List<String> header,
      FeatureColumns columns,
      List<SheetRow> rows,
      List<Text> notices) {
    this.fileName = fileName;
    this.sheet = sheet;
    this.header = header;
    this.columns = columns;
    this.rows = rows;
    this.notices = notices;
  }

  /** Finds the header and reads the values; a {@code spatial} kind needs coordinate columns. */
  static SheetFeatureSource open(
      SheetGrid grid,
      String fileName,
      ColumnAliases aliases,
      ImportOptions options,
      boolean spatial) {
    SheetHeader found =
        options.headerRow() == null
            ? SheetHeader.find(grid, aliases, fileName)
            : SheetHeader.at(grid, options.headerRow(), aliases, fileName);
    List<String> names = found.names();
    Map<Integer, String> mapped =
        ColumnMapping.resolve(names, aliases, options.columnMapping(), fileName);
    int lon = spatial ? coordinate(names, mapped, "lon", CsvLayout.LON) : -1;
    int lat = spatial ? coordinate(names, mapped, "lat", CsvLayout.LAT) : -1;
    if (spatial && (lon < 0 || lat < 0)) {
      throw ImportRejectedException.ofFile(
          fileName, Text.of("imports.sheet.noCoordinates", grid.sheet(), String.join(", ", names)));
    }
    Set<Integer> skip = new HashSet<>(List.of(lon, lat));
    FeatureColumns columns =
        FeatureColumns.match(names, aliases, options.columnMapping(), fileName, skip);
    List<SheetGrid.Row> all = grid.rows();
    int from = found.index() + 1;
    SheetTotals totals = SheetTotals.find(all, from, columns);
    List<Text> notices = new ArrayList<>();
    if (totals.notice() != null) {
      notices.add(totals.notice());
    }
    SheetValues values = new SheetValues(grid, fileName, names, options.decimalComma());
    List<SheetRow> rows = new ArrayList<>();
    int blank = 0;
    for (int i = from; i < totals.end(); i++) {
      SheetGrid.Row row = all.get(i);
      blank += i > from ? row.number() - all.get(i - 1).number() - 1 : 0;
      rows.add(values.row(row, columns, lon, lat));
    }
    if (blank > 0) {
      notices.add(Text.of("imports.sheet.blankRows", blank));
    }
    values.throwProblems();
    return new SheetFeatureSource(fileName, grid.sheet(), names, columns, rows, notices);
  }

  private static int coordinate(
      List<String> names, Map<Integer, String> mapped, String target, Set<String> keys) {
    int given = ColumnMapping.geometryIndex(mapped, target);
    if (given >= 0) {
      return given;
    }
    for (int i = 0; i < names.size(); i++) {
      if (!mapped.containsKey(i) && keys.contains(ColumnAliases.key(names.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** A date serial number (days since 1899-12-30) as ISO text. */
  static String serialDate(String number) {
    double serial = Double.parseDouble(number);
    return PoiSheets.date(DateUtil.getLocalDateTime(serial), serial);
  }

  static boolean isDateColumn(String canonical) {
    return DATES.contains(canonical);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public String sheet() {
    return sheet;
  }

  @Override
  public Set<String> columns() {
    return columns.names();
  }

  @Override
  public List<String> fileColumns() {
    return header.stream().filter(h -> !h.isEmpty()).toList();
  }

  @Override
  public Map<String, String> writtenColumns() {
    Map<String, String> written = new HashMap<>();
    columns.names().forEach(c -> written.put(c, header.get(columns.index(c))));
    return written;
  }

  @Override
  public List<Text> notices() {
    return List.copyOf(notices);
  }

  @Override
  public void forEach(Consumer<SourceFeature> action) {
    rows.forEach(action);
  }

  @Override
  public void close() {
    // the rows are held in memory, as the spreadsheet libraries hold the whole sheet
  }

  /** One row's values by column, and its point (or none). */
  record SheetRow(long number, FeatureColumns columns, String[] values, SourceGeometry geometry)
      implements SourceFeature {

    @Override
    public String value(String canonicalColumn) {
      int i = columns.index(canonicalColumn);
      return i < 0 || i >= values.length ? null : values[i];
    }

    static SourceGeometry point(double lon, double lat) {
      return SourceGeometry.of(Wgs84.FACTORY.createPoint(new Coordinate(lon, lat)));
    }
  }
}
