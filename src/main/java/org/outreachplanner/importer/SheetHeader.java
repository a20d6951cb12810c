package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.Text;

/**
 * Finds a sheet's header below its title rows: the first row in which at least two cells name
 * columns of the kind (or coordinates). A header of two rows — a cell merged across columns above
 * sub-headers — is read as one: a column is named by its sub-header when that alone is a column of
 * the kind, else by {@code "top sub"} when that is, else by its sub-header (or the top cell when
 * the sub-header is empty).
 *
 * @param index the position of the header's (last) row among the grid's rows
 * @param names the columns' names, as written in the file
 */
record SheetHeader(int index, List<String> names) {

  /** Title rows above the header: a header further down is not looked for. */
  private static final int MAX_ROWS_ABOVE = 30;

  /**
   * The header at row {@code number} of the sheet (its sub-headers when the row above is a top).
   */
  static SheetHeader at(SheetGrid grid, int number, ColumnAliases aliases, String fileName) {
    List<SheetGrid.Row> rows = grid.rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).number() == number) {
        List<String> one = names(null, rows.get(i), aliases);
        if (i > 0 && rows.get(i - 1).number() == number - 1) {
          List<String> two = names(rows.get(i - 1), rows.get(i), aliases);
          if (matches(two, aliases) > matches(one, aliases)) {
            return new SheetHeader(i, two);
          }
        }
        return new SheetHeader(i, one);
      }
    }
    throw ImportRejectedException.ofFile(
        fileName, Text.of("imports.sheet.noHeaderRow", number, grid.sheet()));
  }

  static SheetHeader find(SheetGrid grid, ColumnAliases aliases, String fileName) {
    List<SheetGrid.Row> rows = grid.rows();
    for (int i = 0; i < Math.min(rows.size(), MAX_ROWS_ABOVE); i++) {
      List<String> one = names(null, rows.get(i), aliases);
      int found = matches(one, aliases);
      if (found >= 2) {
        if (i + 1 < rows.size() && rows.get(i + 1).number() == rows.get(i).number() + 1) {
          List<String> two = names(rows.get(i), rows.get(i + 1), aliases);
          if (matches(two, aliases) > found) {
            return new SheetHeader(i + 1, two);
          }
        }
        return new SheetHeader(i, one);
      }
    }
    throw ImportRejectedException.ofFile(
        fileName,
        Text.of("imports.sheet.noHeader", grid.sheet(), Math.min(rows.size(), MAX_ROWS_ABOVE)));
  }

  private static List<String> names(SheetGrid.Row top, SheetGrid.Row row, ColumnAliases aliases) {
    int width = Math.max(row.cells().size(), top == null ? 0 : top.cells().size());
    List<String> names = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      String sub = row.text(c);
      names.add(top == null ? orEmpty(sub) : joined(top.text(c), sub, aliases));
    }
    return names;
  }

  private static String joined(String top, String sub, ColumnAliases aliases) {
    if (sub == null) {
      return orEmpty(top);
    }
    if (top == null || top.equals(sub) || known(sub, aliases)) {
      return sub;
    }
    return top + " " + sub;
  }

  private static boolean known(String name, ColumnAliases aliases) {
    return aliases.canonical(name) != null || isCoordinate(name);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static int matches(List<String> names, ColumnAliases aliases) {
    int n = 0;
    for (String name : names) {
      if (!name.isEmpty() && known(name, aliases)) {
        n++;
      }
    }
    return n;
  }

  static boolean isCoordinate(String name) {
    String key = ColumnAliases.key(name);
    return CsvLayout.LON.contains(key) || CsvLayout.LAT.contains(key);
  }
}
