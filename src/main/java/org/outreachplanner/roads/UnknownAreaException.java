package org.outreachplanner.roads;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;

/** An area or place code that no commune, province, village or team has. */
public class UnknownAreaException extends TextException {

  public UnknownAreaException(Text text) {
    super(text);
  }
}
