package org.outreachplanner.schedule;

import com.fasterxml.jackson.databind.util.StdConverter;
import org.outreachplanner.i18n.Text;

/**
 * How a {@link Text} inside a stored explanation is written to and read from jsonb: its key and
 * arguments ({@link Text#toStored()}), never a sentence; a plain sentence of old reads as it was.
 */
final class StoredText {

  private StoredText() {}

  /** Text → its stored form. */
  static final class Out extends StdConverter<Text, Object> {
    @Override
    public Object convert(Text text) {
      return text.toStored();
    }
  }

  /** Stored form (or a sentence of old) → text. */
  static final class In extends StdConverter<Object, Text> {
    @Override
    public Text convert(Object stored) {
      return Text.fromStored(stored);
    }
  }
}
