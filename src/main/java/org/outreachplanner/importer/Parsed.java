package org.outreachplanner.importer;

import org.outreachplanner.i18n.Text;

/**
 * A value read from a cell, or why it could not be read.
 *
 * @param value the value, or null when there is a problem
 * @param problem what is wrong with the cell, or null
 */
public record Parsed<T>(T value, Text problem) {

  static <T> Parsed<T> of(T value) {
    return new Parsed<>(value, null);
  }

  static <T> Parsed<T> refused(Text problem) {
    return new Parsed<>(null, problem);
  }

  public boolean ok() {
    return problem == null;
  }
}
