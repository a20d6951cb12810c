package org.outreachplanner.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.outreachplanner.database.ConnectionInfo;
import org.outreachplanner.i18n.Text;

/**
 * The rows of a CSV file, streamed with FastCSV. Each row's point (or WKT geometry) is read here:
 * coordinates that are not plain numbers, non-finite or missing become the row's geometry problem,
 * as does a row whose field count differs from the header's. Coordinates in another CRS are
 * reprojected by PostGIS in batches of {@link PostgisReprojection#BATCH} rows.
 */
final class CsvFeatureSource implements FeatureSource {

  private static final int MAX_WKT_DEPTH = 16;

  private final Path file;
  private final String fileName;
  private final CsvLayout layout;
  private final boolean decimalComma;
  private final ConnectionInfo database;
  private final boolean composeText;

  private CsvFeatureSource(
      Path file, String fileName, CsvLayout layout, boolean decimalComma, ConnectionInfo db) {
    this.file = file;
    this.fileName = fileName;
    this.layout = layout;
    this.decimalComma = decimalComma;
    this.database = db;
    this.composeText = !TextEncoding.isUtf8(layout.charset());
  }

  /**
   * Reads the header; {@code database} is used only when coordinates need reprojecting. A file that
   * is not {@code spatial} is a table: its rows have no geometry.
   */
  static CsvFeatureSource open(
      Path file,
      String fileName,
      ColumnAliases aliases,
      ImportOptions options,
      ConnectionInfo db,
      boolean spatial) {
    CsvLayout layout = CsvLayout.read(file, fileName, aliases, options, spatial);
    return new CsvFeatureSource(file, fileName, layout, options.decimalComma(), db);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public Set<String> columns() {
    return layout.columns().names();
  }

  @Override
  public List<String> fileColumns() {
    return layout.header();
  }

  @Override
  public String preset() {
    return layout.columns().preset();
  }

  @Override
  public void forEach(Consumer<SourceFeature> action) {
    try (Reader reader = layout.open(file);
        CsvReader<CsvRecord> csv = CsvLayout.builder(layout.separator()).ofCsvRecord(reader)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (layout.headerRow() && records.hasNext()) {
        records.next(); // the header
      }
      if (layout.srid() == 4326) {
        WKTReader wkt = new WKTReader(Wgs84.FACTORY);
        while (records.hasNext()) {
          CsvRow row = new CsvRow(records.next(), layout.columns(), composeText);
          row.geometry = readGeometry(row.record(), wkt);
          action.accept(row);
        }
      } else {
        try (PostgisReprojection reprojection = PostgisReprojection.open(database, layout.srid())) {
          new ReprojectedRows(reprojection).forEach(records, action);
        }
      }
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        long line = TextEncoding.firstInvalidLine(file, layout.charset());
        throw CsvLayout.invalidText(fileName, layout.charset(), line);
      }
      throw e;
    } catch (CsvParseException e) {
      throw new ImportRejectedException(
          ImportProblem.ofFile(
              fileName, Text.of("imports.csv.unreadable", Text.literal(e.getMessage()))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The row's geometry in the file's CRS, or its problem. */
  private SourceGeometry readGeometry(CsvRecord r, WKTReader wkt) {
    if (r.getFieldCount() != layout.header().size()) {
      return SourceGeometry.problem(
          null, Text.of("imports.csv.fieldCount", r.getFieldCount(), layout.header().size()));
    }
    if (layout.geometry() == CsvLayout.Geometry.NONE) {
      return SourceGeometry.none();
    }
    if (layout.geometry() == CsvLayout.Geometry.WKT) {
      return readWkt(FeatureColumns.clean(r.getField(layout.xIndex())), wkt);
    }
    try {
      double x = coordinate(r, layout.xIndex());
      double y = coordinate(r, layout.yIndex());
      return SourceGeometry.of(Wgs84.FACTORY.createPoint(new Coordinate(x, y)));
    } catch (ColumnProblem p) {
      return SourceGeometry.problem(layout.header().get(p.index), p.reason);
    }
  }

  private double coordinate(CsvRecord r, int index) throws ColumnProblem {
    try {
      return CoordinateText.parse(FeatureColumns.clean(r.getField(index)), decimalComma);
    } catch (CoordinateText.Problem p) {
      throw new ColumnProblem(index, p.reason());
    }
  }

  private SourceGeometry readWkt(String text, WKTReader reader) {
    String column = layout.header().get(layout.xIndex());
    if (text == null) {
      return SourceGeometry.problem(column, Text.of("imports.coordinates.noValue"));
    }
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' && ++depth > MAX_WKT_DEPTH) {
        return SourceGeometry.problem(column, Text.of("imports.csv.wktDepth", MAX_WKT_DEPTH));
      } else if (c == ')') {
        depth--;
      }
    }
    try {
      return Wgs84.checked(reader.read(text), column);
    } catch (ParseException | IllegalArgumentException e) {
      return SourceGeometry.problem(
          column, Text.of("imports.csv.notWkt", Text.literal(e.getMessage())));
    }
  }

  @Override
  public void close() {
    // nothing is held between passes
  }

  /** A coordinate problem and the column it is in. */
  private static final class ColumnProblem extends Exception {
    final int index;
    final transient Text reason;

    ColumnProblem(int index, Text reason) {
      super(reason.key(), null, false, false);
      this.index = index;
      this.reason = reason;
    }
  }

  /** Rows gathered in batches whose coordinates PostGIS reprojects in one statement each. */
  private final class ReprojectedRows {
    private final PostgisReprojection reprojection;
    private final WKTReader wkt = new WKTReader(Wgs84.FACTORY);
    private final CsvRow[] rows = new CsvRow[PostgisReprojection.BATCH];
    private final int[] slot = new int[PostgisReprojection.BATCH];
    private final double[] xs = new double[PostgisReprojection.BATCH];
    private final double[] ys = new double[PostgisReprojection.BATCH];
    private final Geometry[] shapes = new Geometry[PostgisReprojection.BATCH];
    private int count;
    private int pending;

    ReprojectedRows(PostgisReprojection reprojection) {
      this.reprojection = reprojection;
    }

    void forEach(Iterator<CsvRecord> records, Consumer<SourceFeature> action) {
      while (records.hasNext()) {
        CsvRow row = new CsvRow(records.next(), layout.columns(), composeText);
        row.geometry = readGeometry(row.record(), wkt);
        rows[count] = row;
        slot[count] = -1;
        if (row.geometry.ok()) {
          slot[count] = pending;
          if (layout.geometry() == CsvLayout.Geometry.WKT) {
            shapes[pending] = row.geometry.geometry();
          } else {
            Coordinate c = row.geometry.geometry().getCoordinate();
            xs[pending] = c.x;
            ys[pending] = c.y;
          }
          pending++;
        }
        if (++count == rows.length) {
          flush(action);
        }
      }
      flush(action);
    }

    private void flush(Consumer<SourceFeature> action) {
      Geometry[] reprojected = null;
      if (pending > 0 && layout.geometry() == CsvLayout.Geometry.WKT) {
        reprojected = reprojection.geometries(shapes, pending);
      } else if (pending > 0) {
        reprojection.points(xs, ys, pending);
      }
      for (int i = 0; i < count; i++) {
        CsvRow row = rows[i];
        int s = slot[i];
        if (s >= 0) {
          row.geometry = reprojected(reprojected, s);
        }
        rows[i] = null;
        action.accept(row);
      }
      count = 0;
      pending = 0;
    }

    private SourceGeometry reprojected(Geometry[] reprojected, int s) {
      String column = layout.header().get(layout.xIndex());
      if (reprojected != null) {
        shapes[s] = null;
        return reprojected[s] == null
            ? SourceGeometry.problem(column, cannotReproject())
            : Wgs84.checked(reprojected[s], column);
      }
      if (Double.isNaN(xs[s])) {
        return SourceGeometry.problem(column, cannotReproject());
      }
      return Wgs84.checked(Wgs84.FACTORY.createPoint(new Coordinate(xs[s], ys[s])), column);
    }

    private Text cannotReproject() {
      return Text.of("imports.geometry.cannotReproject", String.valueOf(layout.srid()));
    }
  }
}
