package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.i18n.Text;

class DbfTextTest {

  private static final Text HOW = Text.of("imports.encoding.asCpg");

  @TempDir Path dir;

  /** A .dbf with one character field TEN of width 20 and the given records (first byte: flag). */
  private Path dbf(byte[]... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = new byte[32];
    head[0] = 3;
    head[4] = (byte) records.length;
    head[8] = 65; // header: 32 + one 32-byte descriptor + terminator
    head[10] = 21; // record: flag + 20
    out.write(head);
    byte[] field = new byte[32];
    System.arraycopy("TEN".getBytes(StandardCharsets.US_ASCII), 0, field, 0, 3);
    field[11] = 'C';
    field[16] = 20;
    out.write(field);
    out.write(0x0d);
    for (byte[] r : records) {
      byte[] padded = Arrays.copyOf(r, 21);
      Arrays.fill(padded, r.length, 21, (byte) ' ');
      out.write(padded);
    }
    out.write(0x1a);
    return Files.write(dir.resolve("villages.dbf"), out.toByteArray());
  }

  private static byte[] record(char flag, byte[] text) {
    byte[] r = new byte[text.length + 1];
    r[0] = (byte) flag;
    System.arraycopy(text, 0, r, 1, text.length);
    return r;
  }

  @Test
  void namesTheRecordAndFieldOfTheFirstInvalidText() throws IOException {
    byte[] cp1258 = {'T', 'h', (byte) 0xfd, (byte) 0xf5, (byte) 0xf2, 'n', 'g'};
    Path file =
        dbf(
            record(' ', "Cà Roòng 1".getBytes(StandardCharsets.UTF_8)),
            record('*', cp1258),
            record(' ', cp1258));
    assertThatThrownBy(() -> DbfText.check(file, StandardCharsets.UTF_8, "villages.shp", HOW))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "villages.shp feature 3, column 'TEN': the text is not valid UTF-8 (as its .cpg"
                + " declares); give the file's encoding with --encoding, for example --encoding"
                + " windows-1258");
    assertThatCode(() -> DbfText.check(file, Charset.forName("windows-1258"), "v.shp", HOW))
        .as("deleted records are not read, and windows-1258 maps these bytes")
        .doesNotThrowAnyException();
  }

  @Test
  void leavesALayoutThatDoesNotAddUpToGdal() throws IOException {
    Path file = dbf(record(' ', new byte[] {(byte) 0xff}));
    byte[] bytes = Files.readAllBytes(file);
    bytes[10] = 30; // the record length no longer matches the field widths
    Files.write(file, bytes);
    assertThatCode(() -> DbfText.check(file, StandardCharsets.UTF_8, "villages.shp", HOW))
        .doesNotThrowAnyException();
  }
}
