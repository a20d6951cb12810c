package org.outreachplanner.importer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;

/**
 * What a CSV file's first line says about it: the separator ({@code ,}, {@code ;} or a tab,
 * whichever the header uses most), its columns matched to canonical names, and where the
 * coordinates are: {@code lon}/{@code lat} (EPSG:4326 unless {@code --crs}), {@code x}/{@code y} or
 * {@code wkt} (both need {@code --crs}).
 */
record CsvLayout(
    Charset charset,
    boolean bom,
    char separator,
    List<String> header,
    boolean headerRow,
    FeatureColumns columns,
    CsvLayout.Geometry geometry,
    int xIndex,
    int yIndex,
    int srid) {

  enum Geometry {
    POINT,
    WKT,
    /** a table without coordinates, for a kind that has no geometry */
    NONE
  }

  static final Set<String> LON = Set.of("lon", "longitude", "lng", "long", "kinhdo", "x");
  static final Set<String> LAT = Set.of("lat", "latitude", "vido", "y");
  private static final Set<String> WKT = Set.of("wkt", "geometry", "geom");
  private static final int MAX_HEADER_BYTES = 1 << 20;

  /**
   * Reads the header. A {@code spatial} file must have coordinate columns; another is a plain table
   * whose columns are all read as values.
   */
  static CsvLayout read(
      Path file, String fileName, ColumnAliases aliases, ImportOptions options, boolean spatial) {
    Charset charset = StandardCharsets.UTF_8;
    if (options.encoding() != null && !options.encoding().isBlank()) {
      charset = TextEncoding.charset(options.encoding());
      if (charset == null) {
        throw ImportRejectedException.ofFile(
            fileName, Text.of("imports.encoding.unknownOption", options.encoding()));
      }
    }
    boolean bom;
    byte[] firstLine;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      in.mark(3);
      byte[] start = in.readNBytes(3);
      bom =
          start.length == 3
              && (start[0] & 0xff) == 0xef
              && (start[1] & 0xff) == 0xbb
              && (start[2] & 0xff) == 0xbf;
      if (!bom) {
        in.reset();
      }
      firstLine = firstLine(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!TextEncoding.decodes(
        TextEncoding.strictDecoder(charset), firstLine, 0, firstLine.length)) {
      throw invalidText(fileName, charset, TextEncoding.firstInvalidLine(file, charset));
    }
    String headerText = new String(firstLine, charset);
    if (headerText.isBlank()) {
      throw ImportRejectedException.ofFile(fileName, Text.of("imports.csv.noHeader"));
    }
    char separator = separator(headerText);
    List<String> header;
    try (CsvReader<CsvRecord> csv = builder(separator).ofCsvRecord(headerText)) {
      header = csv.stream().findFirst().orElseThrow().getFields();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!spatial) {
      FeatureColumns columns =
          FeatureColumns.match(header, aliases, options.columnMapping(), fileName, Set.of());
      return new CsvLayout(
          charset, bom, separator, header, true, columns, Geometry.NONE, -1, -1, 4326);
    }
    List<String> implied = impliedHeader(header, aliases);
    if (implied != null) {
      return resolve(fileName, implied, false, aliases, options, charset, bom, separator);
    }
    return resolve(fileName, header, true, aliases, options, charset, bom, separator);
  }

  /**
   * The header of an app that writes none ({@link ColumnPreset#headerless}) when the first row is
   * one of its readings: as many fields, and numbers where its coordinates are; else null.
   */
  private static List<String> impliedHeader(List<String> firstRow, ColumnAliases aliases) {
    if (aliases.presetFor(firstRow) != null) {
      return null;
    }
    for (ColumnPreset preset : aliases.headerlessPresets()) {
      List<String> names = preset.headerless();
      if (names.size() == firstRow.size() && numbersAtCoordinates(names, firstRow)) {
        return names;
      }
    }
    return null;
  }

  private static boolean numbersAtCoordinates(List<String> names, List<String> row) {
    int found = 0;
    for (int i = 0; i < names.size(); i++) {
      String key = ColumnAliases.key(names.get(i));
      if (LON.contains(key) || LAT.contains(key)) {
        try {
          if (!Double.isFinite(Double.parseDouble(row.get(i).strip()))) {
            return false;
          }
        } catch (NumberFormatException e) {
          return false;
        }
        found++;
      }
    }
    return found == 2;
  }

  private static CsvLayout resolve(
      String fileName,
      List<String> header,
      boolean headerRow,
      ColumnAliases aliases,
      ImportOptions options,
      Charset charset,
      boolean bom,
      char separator) {
    int lon = -1;
    int lat = -1;
    int wkt = -1;
    Map<Integer, String> mapped =
        ColumnMapping.resolve(header, aliases, options.columnMapping(), fileName);
    for (int i = 0; i < header.size(); i++) {
      String key = geometryKey(header, mapped, i);
      if (LON.contains(key)) {
        lon = only(fileName, header, lon, i, Text.of("imports.csv.theLongitude"));
      } else if (LAT.contains(key)) {
        lat = only(fileName, header, lat, i, Text.of("imports.csv.theLatitude"));
      } else if (WKT.contains(key)) {
        wkt = only(fileName, header, wkt, i, Text.of("imports.csv.theGeometry"));
      }
    }
    if (wkt >= 0 && (lon >= 0 || lat >= 0)) {
      throw ImportRejectedException.ofFile(fileName, Text.of("imports.csv.bothGeometries"));
    }
    if ((lon >= 0) != (lat >= 0)) {
      throw ImportRejectedException.ofFile(
          fileName,
          lon >= 0
              ? Text.of("imports.csv.noLatitude", header.get(lon))
              : Text.of("imports.csv.noLongitude", header.get(lat)));
    }
    if (wkt < 0 && lon < 0) {
      throw ImportRejectedException.ofFile(fileName, Text.of("imports.csv.noCoordinates"));
    }
    boolean projected =
        wkt >= 0
            || geometryKey(header, mapped, lon).equals("x")
            || geometryKey(header, mapped, lat).equals("y");
    if (projected && options.crs() == null) {
      throw ImportRejectedException.ofFile(
          fileName,
          wkt >= 0 ? Text.of("imports.csv.wktNeedsCrs") : Text.of("imports.csv.xyNeedsCrs"));
    }
    int srid = options.crs() == null ? 4326 : options.crs();
    Set<Integer> skip = new HashSet<>(List.of(lon, lat, wkt));
    FeatureColumns columns =
        FeatureColumns.match(header, aliases, options.columnMapping(), fileName, skip);
    Geometry geometry = wkt >= 0 ? Geometry.WKT : Geometry.POINT;
    return new CsvLayout(
        charset,
        bom,
        separator,
        header,
        headerRow,
        columns,
        geometry,
        wkt >= 0 ? wkt : lon,
        wkt >= 0 ? wkt : lat,
        srid);
  }

  /** A reader of the text after the byte-order mark, failing on bytes invalid in the charset. */
  Reader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (bom) {
      in.skipNBytes(3);
    }
    return new InputStreamReader(in, TextEncoding.strictDecoder(charset));
  }

  static CsvReader.CsvReaderBuilder builder(char separator) {
    return CsvReader.builder()
        .fieldSeparator(separator)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .ignoreDifferentFieldCount(true)
        .detectBomHeader(false);
  }

  static ImportRejectedException invalidText(String fileName, Charset charset, long line) {
    return new ImportRejectedException(
        new ImportProblem(
            fileName,
            line < 0 ? null : line,
            null,
            Text.of("imports.csv.invalidBytes", charset.name())));
  }

  /** The first non-empty line (without its line end), up to a limit. */
  private static byte[] firstLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while (line.size() < MAX_HEADER_BYTES && (b = in.read()) >= 0) {
      if (b == '\n') {
        if (line.toString(StandardCharsets.ISO_8859_1).isBlank()) {
          line.reset();
          continue;
        }
        break;
      }
      line.write(b);
    }
    return line.toByteArray();
  }

  private static int only(String fileName, List<String> header, int earlier, int i, Text what) {
    if (earlier >= 0) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of("imports.csv.twoColumnsGive", header.get(earlier), header.get(i), what));
    }
    return i;
  }

  /**
   * What column {@code i} gives of the geometry: its mapped target ({@code --column lon=…}), or its
   * own name unless the mapping gives that part of the geometry from another column.
   */
  private static String geometryKey(List<String> header, Map<Integer, String> mapped, int i) {
    String target = mapped.get(i);
    if (target != null) {
      return target;
    }
    String key = ColumnAliases.key(header.get(i));
    for (String other : mapped.values()) {
      boolean sameRole =
          (LON.contains(other) && LON.contains(key))
              || (LAT.contains(other) && LAT.contains(key))
              || (WKT.contains(other) && WKT.contains(key));
      if (sameRole) {
        return "";
      }
    }
    return key;
  }

  /** The separator the header uses most: comma, semicolon or tab. */
  private static char separator(String header) {
    char best = ',';
    int most = count(header, ',');
    for (char c : new char[] {';', '\t'}) {
      int n = count(header, c);
      if (n > most) {
        best = c;
        most = n;
      }
    }
    return best;
  }

  private static int count(String text, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == c && !quoted) {
        n++;
      }
    }
    return n;
  }
}
