package org.outreachplanner.network;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;

/** An elevation model file that cannot be loaded, and why; the DEM in the database is unchanged. */
public class DemRejectedException extends TextException {

  public DemRejectedException(Text text) {
    super(text);
  }
}
