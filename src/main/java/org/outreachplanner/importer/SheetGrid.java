package org.outreachplanner.importer;

import java.util.List;

/**
 * The non-empty rows of one sheet of a spreadsheet, whichever library read it (Apache POI for XLSX
 * and XLS, GDAL for ODS), so that finding the header and reading the values is the same for all.
 *
 * @param sheet the sheet's name, for cell addresses such as {@code Sheet1!D14}
 * @param sheets the names of all the workbook's sheets, in order (for a choice on the upload page)
 */
record SheetGrid(String sheet, List<String> sheets, List<Row> rows) {

  SheetGrid {
    sheets = List.copyOf(sheets);
    rows = List.copyOf(rows);
  }

  /**
   * One row that has at least one cell.
   *
   * @param number the row's number in the sheet (the first row is 1)
   * @param cells by column (A is 0); null where a cell is empty
   */
  record Row(int number, List<SheetCell> cells) {

    SheetCell cell(int column) {
      return column < cells.size() ? cells.get(column) : null;
    }

    /** The text of a cell, or null when it is empty. */
    String text(int column) {
      SheetCell c = cell(column);
      return c == null ? null : c.text();
    }
  }

  /** A cell's address as a spreadsheet writes it: {@code 'Sheet 1'!D14}. */
  String address(int column, int rowNumber) {
    String name = sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    return name + "!" + columnLetters(column) + rowNumber;
  }

  static String columnLetters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }
}
