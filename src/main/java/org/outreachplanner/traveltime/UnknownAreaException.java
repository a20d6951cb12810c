package org.outreachplanner.traveltime;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;
import org.springframework.http.HttpStatus;

/**
 * An area or place code that no commune, province, village or team has. An API request answers 404.
 */
public class UnknownAreaException extends TextException {

  public UnknownAreaException(Text text) {
    super(HttpStatus.NOT_FOUND, text);
  }
}
