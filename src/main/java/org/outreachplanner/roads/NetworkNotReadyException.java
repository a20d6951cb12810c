package org.outreachplanner.roads;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;

/** There is no routable network (yet) to compute travel times on. */
public class NetworkNotReadyException extends TextException {

  public NetworkNotReadyException(Text text) {
    super(text);
  }
}
