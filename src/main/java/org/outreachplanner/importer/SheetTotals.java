package org.outreachplanner.importer;

import java.util.List;
import java.util.Set;
import org.outreachplanner.i18n.Text;

/**
 * Finds where a sheet's data ends: at a totals row, never read as data. A totals row is one with a
 * cell reading {@code Tổng}, {@code Tổng cộng}, {@code Cộng}, {@code Total} …, or the last row when
 * it has no code or name and its whole numbers are the sums of the rows above. Rows below a totals
 * row (signatures, dates) are not read either.
 *
 * @param end the position, among the grid's rows, of the first row not read
 * @param notice what was skipped, or null
 */
record SheetTotals(int end, Text notice) {

  private static final Set<String> LABELS =
      Set.of(
          "tong",
          "tongcong",
          "tongso",
          "cong",
          "total",
          "totals",
          "grandtotal",
          "sum",
          "toanxa",
          "tongtoanxa",
          "congtoanxa",
          "tongcongtoanxa");

  static SheetTotals find(List<SheetGrid.Row> rows, int from, FeatureColumns columns) {
    for (int i = from; i < rows.size(); i++) {
      String label = label(rows.get(i));
      if (label != null) {
        int below = rows.size() - i - 1;
        int number = rows.get(i).number();
        return new SheetTotals(
            i,
            below == 0
                ? Text.of("imports.sheet.totalsRow", number, label)
                : Text.of("imports.sheet.totalsRowAbove", number, label, below));
      }
    }
    int last = rows.size() - 1;
    if (last > from && isSumOfAbove(rows, from, last, columns)) {
      return new SheetTotals(last, Text.of("imports.sheet.sumsRow", rows.get(last).number()));
    }
    return new SheetTotals(rows.size(), null);
  }

  private static String label(SheetGrid.Row row) {
    for (SheetCell cell : row.cells()) {
      if (cell != null
          && cell.kind() == SheetCell.Kind.TEXT
          && LABELS.contains(ColumnAliases.key(cell.text()))) {
        return cell.text();
      }
    }
    return null;
  }

  private static boolean isSumOfAbove(
      List<SheetGrid.Row> rows, int from, int last, FeatureColumns columns) {
    SheetGrid.Row row = rows.get(last);
    for (String id : List.of("code", "name")) {
      int c = columns.index(id);
      if (c >= 0 && row.text(c) != null) {
        return false;
      }
    }
    int compared = 0;
    for (String column : SheetNumbers.WHOLE) {
      int c = columns.index(column);
      Long total = c < 0 ? null : number(row.cell(c));
      if (total == null) {
        continue;
      }
      long sum = 0;
      for (int i = from; i < last; i++) {
        Long n = number(rows.get(i).cell(c));
        sum += n == null ? 0 : n;
      }
      if (sum != total) {
        return false;
      }
      compared++;
    }
    return compared > 0;
  }

  private static Long number(SheetCell cell) {
    if (cell == null || cell.kind() == SheetCell.Kind.ERROR || cell.kind() == SheetCell.Kind.DATE) {
      return null;
    }
    Parsed<String> p = SheetNumbers.read(cell.text(), true);
    try {
      return p.ok() ? Long.valueOf(p.value()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
