package org.outreachplanner.importer;

/**
 * One cell of a spreadsheet as it is stored: text as written; a number as plain digits ({@code
 * 1202}, {@code 21.5}); a date cell as ISO text ({@code 2026-11-30}, {@code 07:30}, {@code
 * 2026-11-30T09:12:00}); an error value as written ({@code #REF!}). A formula is its cached value.
 */
record SheetCell(Kind kind, String text) {

  enum Kind {
    TEXT,
    NUMBER,
    DATE,
    ERROR
  }

  static SheetCell text(String text) {
    return text == null || text.isBlank() ? null : new SheetCell(Kind.TEXT, text.strip());
  }
}
