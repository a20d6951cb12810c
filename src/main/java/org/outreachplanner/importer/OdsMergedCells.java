package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.outreachplanner.i18n.Text;

/**
 * The merged cells of one sheet of an OpenDocument spreadsheet. GDAL's ODS driver gives a merged
 * region's value in its first cell only; this reads the regions from the file's {@code content.xml}
 * (cells with {@code table:number-columns-spanned} or {@code table:number-rows-spanned}) and puts
 * the value in every cell of each, as {@link PoiSheets} does for XLSX and XLS, so that a merged
 * header reads the same in every format.
 */
final class OdsMergedCells {

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

  /** Larger regions are left as they are: no header is merged over more cells. */
  private static final int MAX_REGION_CELLS = 4096;

  /** A {@code content.xml} larger than this is not read (GDAL has read the sheet already). */
  private static final long MAX_CONTENT_BYTES = 256L << 20;

  /** A region: its first row's number (from 1), first column (from 0) and size. */
  record Region(int row, int column, int rows, int columns) {}

  private OdsMergedCells() {}

  /** The rows of {@code sheet} as GDAL read them, every merged region's cells filled. */
  static List<SheetGrid.Row> filled(
      Path ods, String fileName, String sheet, List<SheetGrid.Row> rows) {
    return fill(rows, regions(ods, fileName, sheet));
  }

  /** The merged regions of the sheet named {@code sheet}. */
  static List<Region> regions(Path ods, String fileName, String sheet) {
    try (ZipFile zip = new ZipFile(ods.toFile())) {
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null || content.getSize() > MAX_CONTENT_BYTES) {
        return List.of();
      }
      try (InputStream in = zip.getInputStream(content)) {
        XMLStreamReader xml = XmlGuard.hardenedFactory().createXMLStreamReader(in);
        try {
          return regions(xml, sheet);
        } finally {
          xml.close();
        }
      }
    } catch (XMLStreamException e) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of("imports.sheet.unreadable", Text.literal(String.valueOf(e.getMessage()))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ods, e);
    }
  }

  private static List<Region> regions(XMLStreamReader xml, String sheet) throws XMLStreamException {
    List<Region> regions = new ArrayList<>();
    boolean inSheet = false;
    int row = 0;
    int rowsRepeated = 1;
    int column = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())) {
        String name = xml.getLocalName();
        if (name.equals("table")) {
          inSheet = sheet.equals(xml.getAttributeValue(TABLE, "name"));
        } else if (inSheet && name.equals("table-row")) {
          rowsRepeated = count(xml, "number-rows-repeated");
          column = 0;
        } else if (inSheet && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
          int rows = count(xml, "number-rows-spanned");
          int columns = count(xml, "number-columns-spanned");
          if (name.equals("table-cell") && (rows > 1 || columns > 1)) {
            regions.add(new Region(row + 1, column, rows, columns));
          }
          column += count(xml, "number-columns-repeated");
        }
      } else if (event == XMLStreamConstants.END_ELEMENT
          && inSheet
          && TABLE.equals(xml.getNamespaceURI())) {
        if (xml.getLocalName().equals("table-row")) {
          row += rowsRepeated;
        } else if (xml.getLocalName().equals("table")) {
          break;
        }
      }
    }
    return regions;
  }

  /** A count attribute of the current element: 1 when absent or not a positive number. */
  private static int count(XMLStreamReader xml, String attribute) {
    String value = xml.getAttributeValue(TABLE, attribute);
    if (value == null || !value.matches("\\d{1,9}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(value));
  }

  /** The rows with each region's first cell copied into its empty cells. */
  static List<SheetGrid.Row> fill(List<SheetGrid.Row> rows, List<Region> regions) {
    if (regions.isEmpty()) {
      return rows;
    }
    TreeMap<Integer, List<SheetCell>> cells = new TreeMap<>();
    rows.forEach(r -> cells.put(r.number(), new ArrayList<>(r.cells())));
    for (Region region : regions) {
      List<SheetCell> top = cells.get(region.row());
      SheetCell value =
          top == null || region.column() >= top.size() ? null : top.get(region.column());
      if (value == null || (long) region.rows() * region.columns() > MAX_REGION_CELLS) {
        continue;
      }
      for (int r = region.row(); r < region.row() + region.rows(); r++) {
        List<SheetCell> row = cells.computeIfAbsent(r, n -> new ArrayList<>());
        for (int c = region.column(); c < region.column() + region.columns(); c++) {
          while (row.size() <= c) {
            row.add(null);
          }
          if (row.get(c) == null) {
            row.set(c, value);
          }
        }
      }
    }
    List<SheetGrid.Row> filled = new ArrayList<>();
    cells.forEach((number, row) -> filled.add(new SheetGrid.Row(number, row)));
    return filled;
  }
}
