package org.outreachplanner.network;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;
import org.springframework.http.HttpStatus;

/** There is no routable network (yet) to compute travel times on. An API request answers 409. */
public class NetworkNotReadyException extends TextException {

  public NetworkNotReadyException(Text text) {
    super(HttpStatus.CONFLICT, text);
  }
}
