package org.outreachplanner.i18n;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Text} in API responses as the sentence in the request's language. */
final class TextJson extends StdSerializer<Text> {

  TextJson() {
    super(Text.class);
  }

  @Override
  public void serialize(Text text, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeString(text.inCurrentLanguage());
  }
}
