package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.Text;

/**
 * Reads the cells of a sheet's rows as the text the importers parse, gathering the problems of
 * cells that cannot be read at all: error values and numbers that read two ways.
 */
final class SheetValues {

  private static final int MAX_LISTED = 500;

  private final SheetGrid grid;
  private final String fileName;
  private final List<String> header;
  private final boolean decimalComma;
  private final List<ImportProblem> problems = new ArrayList<>();
  private int problemCount;

  SheetValues(SheetGrid grid, String fileName, List<String> header, boolean decimalComma) {
    this.grid = grid;
    this.fileName = fileName;
    this.header = header;
    this.decimalComma = decimalComma;
  }

  SheetFeatureSource.SheetRow row(SheetGrid.Row row, FeatureColumns columns, int lon, int lat) {
    String[] values = new String[header.size()];
    for (String canonical : columns.names()) {
      int c = columns.index(canonical);
      values[c] = value(row, c, canonical);
    }
    SourceGeometry geometry = SourceGeometry.none();
    if (lon >= 0) {
      geometry = point(row, lon, lat);
    }
    return new SheetFeatureSource.SheetRow(row.number(), columns, values, geometry);
  }

  private SourceGeometry point(SheetGrid.Row row, int lon, int lat) {
    String x = value(row, lon, "lon");
    String y = value(row, lat, "lat");
    int missing = x == null ? lon : y == null ? lat : -1;
    if (missing >= 0) {
      return SourceGeometry.problem(header.get(missing), Text.of("imports.coordinates.noValue"));
    }
    int at = lon;
    try {
      double lonValue = CoordinateText.parse(x, decimalComma);
      at = lat;
      double latValue = CoordinateText.parse(y, decimalComma);
      return SheetFeatureSource.SheetRow.point(lonValue, latValue);
    } catch (CoordinateText.Problem p) {
      return SourceGeometry.problem(header.get(at), p.reason());
    }
  }

  /** The cell's text for its column, or null when it is empty or after recording its problem. */
  private String value(SheetGrid.Row row, int column, String canonical) {
    SheetCell cell = row.cell(column);
    if (cell == null) {
      return null;
    }
    String address = grid.address(column, row.number());
    return switch (cell.kind()) {
      case ERROR -> refuse(row, column, Text.of("imports.sheet.errorValue", address, cell.text()));
      case DATE -> cell.text();
      case NUMBER ->
          SheetFeatureSource.isDateColumn(canonical)
              ? SheetFeatureSource.serialDate(cell.text())
              : cell.text();
      case TEXT -> text(row, column, canonical, cell.text(), address);
    };
  }

  private String text(SheetGrid.Row row, int column, String canonical, String text, String at) {
    boolean whole = SheetNumbers.WHOLE.contains(canonical);
    boolean numeric =
        whole
            || SheetNumbers.DECIMAL.contains(canonical)
            || "lon".equals(canonical)
            || "lat".equals(canonical);
    if (!numeric || decimalComma && !whole) {
      return text;
    }
    Parsed<String> read = SheetNumbers.read(text, whole);
    if (!read.ok()) {
      return refuse(row, column, Text.of("imports.sheet.cell", at, read.problem()));
    }
    return read.value();
  }

  private String refuse(SheetGrid.Row row, int column, Text reason) {
    if (problemCount++ < MAX_LISTED) {
      problems.add(
          new ImportProblem(
              fileName, grid.sheet(), (long) row.number(), header.get(column), reason));
    }
    return null;
  }

  /** Refuses the file when a cell could not be read. */
  void throwProblems() {
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems, problemCount);
    }
  }
}
