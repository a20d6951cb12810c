package org.outreachplanner.schedule;

import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.roads.UnknownAreaException;

/** No commune or province has the code a solve asks for (404 in the API). */
final class UnknownArea extends UnknownAreaException implements LocalizedException {

  private final transient Text text;

  UnknownArea(String code) {
    this(Text.of("schedules.area.unknown", code));
  }

  private UnknownArea(Text text) {
    super(text.english());
    this.text = text;
  }

  @Override
  public Text text() {
    return text;
  }
}
