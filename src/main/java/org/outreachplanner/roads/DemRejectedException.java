package org.outreachplanner.roads;

import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/** An elevation model file that cannot be loaded, and why; the DEM in the database is unchanged. */
public class DemRejectedException extends RuntimeException implements LocalizedException {

  private final transient Text text;

  public DemRejectedException(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
