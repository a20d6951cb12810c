package org.outreachplanner.fieldreport;

import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;

/** An SMS text that cannot be read: names the line, the part and what is wrong with it (400). */
class SmsFormatException extends TextException {

  private static final long serialVersionUID = 1L;

  SmsFormatException(int line, String part, Text why) {
    super(Text.of("reports.sms.wrongPart", line, part, why));
  }
}
