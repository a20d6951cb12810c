package org.outreachplanner.roads;

import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/** There is no routable network (yet) to compute travel times on. */
public class NetworkNotReadyException extends RuntimeException implements LocalizedException {

  private final transient Text text;

  public NetworkNotReadyException(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
