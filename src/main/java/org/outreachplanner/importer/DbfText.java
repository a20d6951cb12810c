package org.outreachplanner.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.i18n.Text;

/**
 * Checks that the text of a shapefile's {@code .dbf} (field names and character fields) is valid in
 * the encoding it is read with, so that a wrong encoding is refused rather than turned into
 * mojibake. Reads the table once, record by record; a header whose field widths do not add up to
 * the record length is left to GDAL and to the server's own strict conversion of the text.
 */
final class DbfText {

  private record Field(String name, int offset, int width) {}

  private DbfText() {}

  /**
   * Throws when some text is not valid in {@code charset}.
   *
   * @param fileName the shapefile's name for messages
   * @param how how the encoding was chosen, e.g. "declared by its .cpg"
   */
  static void check(Path dbf, Charset charset, String fileName, Text how) {
    CharsetDecoder decoder = TextEncoding.strictDecoder(charset);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16)) {
      byte[] head = in.readNBytes(32);
      if (head.length < 32) {
        return;
      }
      long records = u32(head, 4);
      int headerLength = u16(head, 8);
      int recordLength = u16(head, 10);
      byte[] descriptors = in.readNBytes(Math.max(headerLength - 32, 0));
      List<Field> fields = new ArrayList<>();
      int offset = 1;
      for (int d = 0; d + 32 <= descriptors.length && descriptors[d] != 0x0d; d += 32) {
        int nameEnd = d;
        while (nameEnd < d + 11 && descriptors[nameEnd] != 0) {
          nameEnd++;
        }
        if (!TextEncoding.decodes(decoder, descriptors, d, nameEnd)) {
          throw invalid(fileName, null, null, Text.of("imports.encoding.fieldName"), charset, how);
        }
        String name = new String(descriptors, d, nameEnd - d, charset);
        char type = (char) descriptors[d + 11];
        int width = descriptors[d + 16] & 0xff;
        if (type == 'C') {
          fields.add(new Field(name, offset, width));
        }
        offset += width;
      }
      if (fields.isEmpty() || offset != recordLength) {
        return; // nothing to check, or a layout GDAL will judge (the server still checks the text)
      }
      byte[] record = new byte[recordLength];
      for (long r = 1; r <= records; r++) {
        if (in.readNBytes(record, 0, recordLength) < recordLength) {
          return;
        }
        if (record[0] == '*') {
          continue;
        }
        for (Field f : fields) {
          int end = f.offset() + f.width();
          while (end > f.offset() && (record[end - 1] == ' ' || record[end - 1] == 0)) {
            end--;
          }
          if (!TextEncoding.decodes(decoder, record, f.offset(), end)) {
            throw invalid(fileName, r, f.name(), Text.of("imports.encoding.theText"), charset, how);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dbf, e);
    }
  }

  private static ImportRejectedException invalid(
      String fileName, Long record, String field, Text what, Charset charset, Text how) {
    Text reason =
        TextEncoding.isUtf8(charset)
            ? Text.of("imports.encoding.invalidUtf8", what, charset.name(), how)
            : Text.of("imports.encoding.invalid", what, charset.name(), how);
    return new ImportRejectedException(new ImportProblem(fileName, record, field, reason));
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xffffffffL;
  }
}
