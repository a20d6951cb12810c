package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {

  @TempDir Path dir;

  @Test
  void understandsTheNamesFoundInCpgFiles() {
    assertThat(TextEncoding.charset("UTF-8")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.charset("utf8")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.charset("65001")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextEncoding.charset("1258").name()).isEqualTo("windows-1258");
    assertThat(TextEncoding.charset("ANSI 1252").name()).isEqualTo("windows-1252");
    assertThat(TextEncoding.charset("CP1258").name()).isEqualTo("windows-1258");
    assertThat(TextEncoding.charset("88591").name()).isEqualTo("ISO-8859-1");
    assertThat(TextEncoding.charset("8859-15").name()).isEqualTo("ISO-8859-15");
    assertThat(TextEncoding.charset("no such encoding")).isNull();
  }

  @Test
  void namesThePostgresqlClientEncoding() {
    assertThat(TextEncoding.postgresName(StandardCharsets.UTF_8)).isEqualTo("UTF8");
    assertThat(TextEncoding.postgresName(TextEncoding.charset("1258"))).isEqualTo("WIN1258");
    assertThat(TextEncoding.postgresName(StandardCharsets.ISO_8859_1)).isEqualTo("LATIN1");
    assertThat(TextEncoding.postgresName(StandardCharsets.UTF_16)).isNull();
  }

  @Test
  void findsTheFirstLineThatIsNotValid() throws IOException {
    Path file = dir.resolve("text.csv");
    Files.write(file, new byte[] {'a', '\n', 'b', '\n', 'c', (byte) 0xc3, '\n', (byte) 0xff});
    assertThat(TextEncoding.firstInvalidLine(file, StandardCharsets.UTF_8)).isEqualTo(3);
    Files.write(file, "a\nCà Roòng 1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(TextEncoding.firstInvalidLine(file, StandardCharsets.UTF_8)).isEqualTo(-1);
  }
}
