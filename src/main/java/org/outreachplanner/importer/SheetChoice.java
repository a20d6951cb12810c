package org.outreachplanner.importer;

import java.util.List;
import org.outreachplanner.i18n.Text;

/** The sheet {@code --layer} names: by its name (any case), or by its position counted from 1. */
final class SheetChoice {

  private SheetChoice() {}

  /** The index (from 0) of the sheet wanted among {@code names}, or refuses naming the sheets. */
  static int index(List<String> names, String wanted, String fileName) {
    String w = wanted.strip();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(w)) {
        return i;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(w)) {
        return i;
      }
    }
    if (w.matches("\\d{1,4}")) {
      int position = Integer.parseInt(w);
      if (position >= 1 && position <= names.size()) {
        return position - 1;
      }
    }
    throw ImportRejectedException.ofFile(
        fileName, Text.of("imports.sheet.noSuchSheet", wanted, String.join(", ", names)));
  }
}
