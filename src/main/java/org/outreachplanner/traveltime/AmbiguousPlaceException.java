package org.outreachplanner.traveltime;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;

/** A code that names places of several kinds, asked for without saying which. */
class AmbiguousPlaceException extends TextException {

  AmbiguousPlaceException(Text text) {
    super(text);
  }
}
