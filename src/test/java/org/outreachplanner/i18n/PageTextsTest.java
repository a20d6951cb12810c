package org.outreachplanner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page texts the pages name exist: every key of a {@code data-i18n} attribute and of a {@code
 * t('…')} call in the page scripts, and for every count ({@code tn('…', n)}) the plural forms
 * {@code .one} and {@code .other} in both languages (Vietnamese writes both alike).
 */
class PageTextsTest {

  private static final Path STATIC = Path.of("src/main/resources/static");
  private static final Pattern TEXT = Pattern.compile("\\bt\\(\\s*'([\\w.-]+)'");
  private static final Pattern COUNT = Pattern.compile("\\btn\\(\\s*'([\\w.-]+)'");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("data-i18n(?:-placeholder)?=\"([\\w.-]+)\"");

  @Test
  void everyKeyThePagesNameExistsAndEveryCountHasItsPluralFormsInBothLanguages()
      throws IOException {
    Properties en = load("messages.properties");
    Properties vi = load("messages_vi.properties");
    List<String> missing = new ArrayList<>();
    int counts = 0;
    try (Stream<Path> files = Files.walk(STATIC)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(js|html)")).toList()) {
        String source = Files.readString(file);
        for (Pattern keys :
            file.toString().endsWith(".html") ? List.of(ATTRIBUTE) : List.of(TEXT)) {
          Matcher m = keys.matcher(source);
          while (m.find()) {
            if (!en.containsKey(m.group(1))) {
              missing.add(file.getFileName() + ": " + m.group(1));
            }
          }
        }
        Matcher m = COUNT.matcher(source);
        while (m.find()) {
          counts++;
          for (String form : List.of(".one", ".other")) {
            for (Properties bundle : List.of(en, vi)) {
              if (!bundle.containsKey(m.group(1) + form)) {
                missing.add(file.getFileName() + ": " + m.group(1) + form);
              }
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(counts).as("counts written with their plural forms").isGreaterThan(10);
    assertThat(en.getProperty("count.visits.one")).isEqualTo("{0} visit");
    assertThat(en.getProperty("count.visits.other")).isEqualTo("{0} visits");
    assertThat(vi.getProperty("count.visits.one")).isEqualTo(vi.getProperty("count.visits.other"));
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
