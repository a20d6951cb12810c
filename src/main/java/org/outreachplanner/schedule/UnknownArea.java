package org.outreachplanner.schedule;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.traveltime.UnknownAreaException;

/** No commune or province has the code a solve asks for (404 in the API). */
final class UnknownArea extends UnknownAreaException {

  UnknownArea(String code) {
    super(Text.of("schedules.area.unknown", code));
  }
}
