package org.outreachplanner.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Text encodings of imported files: names as people and {@code .cpg} files write them, the
 * PostgreSQL name of each (the server converts legacy text to UTF-8), and where a file first breaks
 * its encoding. Decoding is always strict: bytes that are not valid are an error, never replaced.
 */
final class TextEncoding {

  /** PostgreSQL client encodings by Java charset name. */
  private static final Map<String, String> POSTGRES_NAMES =
      Map.ofEntries(
          Map.entry("UTF-8", "UTF8"),
          Map.entry("windows-1250", "WIN1250"),
          Map.entry("windows-1251", "WIN1251"),
          Map.entry("windows-1252", "WIN1252"),
          Map.entry("windows-1253", "WIN1253"),
          Map.entry("windows-1254", "WIN1254"),
          Map.entry("windows-1255", "WIN1255"),
          Map.entry("windows-1256", "WIN1256"),
          Map.entry("windows-1257", "WIN1257"),
          Map.entry("windows-1258", "WIN1258"),
          Map.entry("IBM866", "WIN866"),
          Map.entry("x-IBM874", "WIN874"),
          Map.entry("ISO-8859-1", "LATIN1"),
          Map.entry("ISO-8859-2", "LATIN2"),
          Map.entry("ISO-8859-3", "LATIN3"),
          Map.entry("ISO-8859-4", "LATIN4"),
          Map.entry("ISO-8859-5", "ISO_8859_5"),
          Map.entry("ISO-8859-6", "ISO_8859_6"),
          Map.entry("ISO-8859-7", "ISO_8859_7"),
          Map.entry("ISO-8859-8", "ISO_8859_8"),
          Map.entry("ISO-8859-9", "LATIN5"),
          Map.entry("ISO-8859-13", "LATIN7"),
          Map.entry("ISO-8859-15", "LATIN9"),
          Map.entry("KOI8-R", "KOI8R"),
          Map.entry("KOI8-U", "KOI8U"),
          Map.entry("Shift_JIS", "SJIS"),
          Map.entry("EUC-JP", "EUC_JP"),
          Map.entry("EUC-KR", "EUC_KR"),
          Map.entry("Big5", "BIG5"),
          Map.entry("GBK", "GBK"),
          Map.entry("GB18030", "GB18030"));

  private TextEncoding() {}

  /**
   * The charset a name means: Java names ({@code windows-1258}, {@code UTF-8}) and the forms found
   * in {@code .cpg} files ({@code 1258}, {@code ANSI 1252}, {@code CP1258}, {@code UTF8}, {@code
   * 65001}, {@code 88591}). Null when it means none.
   */
  static Charset charset(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT).replace("ANSI", "").strip();
    if (n.equals("65001") || n.equals("UTF8")) {
      return StandardCharsets.UTF_8;
    }
    if (n.matches("\\d{3,4}")) {
      n = (n.length() == 4 && n.startsWith("12") ? "windows-" : "IBM") + n;
    } else if (n.matches("8859\\d{1,2}")) {
      n = "ISO-8859-" + n.substring(4);
    } else if (n.matches("8859[-_]\\d{1,2}")) {
      n = "ISO-8859-" + n.substring(5);
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The PostgreSQL client encoding of a charset, or null when PostgreSQL has none. */
  static String postgresName(Charset charset) {
    return POSTGRES_NAMES.get(charset.name());
  }

  /** The charsets PostgreSQL can convert, for messages. */
  static String postgresCharsets() {
    return String.join(", ", POSTGRES_NAMES.keySet().stream().sorted().toList());
  }

  static boolean isUtf8(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** A strict decoder: invalid or unmappable bytes are errors. */
  static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Whether {@code bytes[from, to)} decode strictly (pure ASCII is valid in every charset here).
   */
  static boolean decodes(CharsetDecoder decoder, byte[] bytes, int from, int to) {
    boolean ascii = true;
    for (int i = from; i < to && ascii; i++) {
      ascii = bytes[i] >= 0;
    }
    if (ascii) {
      return true;
    }
    try {
      decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The number (1-based) of the first line of a file that is not valid in {@code charset}, or -1.
   * Lines end at LF bytes, which holds for UTF-8 and the single-byte encodings.
   */
  static long firstInvalidLine(Path file, Charset charset) {
    CharsetDecoder decoder = strictDecoder(charset);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      long number = 1;
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          if (!decodes(decoder, line.toByteArray(), 0, line.size())) {
            return number;
          }
          line.reset();
          number++;
        } else {
          line.write(b);
        }
      }
      return decodes(decoder, line.toByteArray(), 0, line.size()) ? -1 : number;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
