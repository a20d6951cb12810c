package org.outreachplanner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle has the same keys in English and Vietnamese, every pattern is a valid {@link
 * MessageFormat} using the same arguments in both languages with apostrophes written right, and
 * every key the code names exists.
 */
class TextBundlesTest {

  /** Literal keys given to {@code Text.of}, {@code Texts.get} and {@code new ApiException}. */
  private static final Pattern KEY_IN_CODE =
      Pattern.compile(
          "(?:Text\\.of|Texts\\.get\\(\\s*[\\w.()]+\\s*,|ApiException\\(\\s*[\\w.]+\\s*,)\\(?\\s*\"([\\w.-]+)\"");

  @Test
  void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
    for (String basename : Texts.BASENAMES) {
      Properties en = load(basename + ".properties");
      Properties vi = load(basename + "_vi.properties");
      assertThat(new TreeSet<>(vi.stringPropertyNames()))
          .as("keys of %s_vi.properties", basename)
          .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }
  }

  @Test
  void everyServerPatternIsValidAndUsesTheSameArgumentsInBothLanguages() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String basename : Texts.BASENAMES) {
      if (basename.equals("messages")) {
        continue; // the page texts are filled in by the pages' own script
      }
      Properties en = load(basename + ".properties");
      Properties vi = load(basename + "_vi.properties");
      for (String key : en.stringPropertyNames()) {
        int enArgs = check(basename, key, en.getProperty(key), wrong);
        if (vi.containsKey(key)) {
          int viArgs = check(basename + "_vi", key, vi.getProperty(key), wrong);
          if (enArgs != viArgs) {
            wrong.add(key + ": " + enArgs + " arguments in English, " + viArgs + " in Vietnamese");
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Properties all = new Properties();
    for (String basename : Texts.BASENAMES) {
      all.putAll(load(basename + ".properties"));
    }
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
        while (m.find()) {
          // a key ending in a dot is the start of keys made at run time: their own tests check them
          if (!m.group(1).endsWith(".") && !all.containsKey(m.group(1))) {
            missing.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void textsAreWrittenInTheReadersLanguageWithItsNumbersAndDates() {
    Text tooLarge = Text.of("api.tooLarge", "20MB");
    assertThat(tooLarge.in(Locale.ENGLISH))
        .isEqualTo("the file is larger than the upload limit of 20MB");
    assertThat(tooLarge.in(Locale.forLanguageTag("vi")))
        .isEqualTo("tệp lớn hơn giới hạn tải lên 20MB");
    assertThat(tooLarge.in(Locale.FRENCH))
        .as("a language without a bundle")
        .isEqualTo(tooLarge.english());
    assertThat(Text.of("api.missingParameter", "from").english())
        .isEqualTo("the request has no parameter 'from'");
    assertThat(Text.literal("GDAL: not recognized").in(Texts.VIETNAMESE))
        .isEqualTo("GDAL: not recognized");
    assertThat(Texts.date(java.time.LocalDate.of(2026, 11, 23), Locale.ENGLISH))
        .isEqualTo("23 Nov 2026");
  }

  @Test
  void storedTextsReadBackWithTheirNestedTextsDatesAndNumbers() {
    Text text =
        Text.of(
            "api.badParameter",
            Text.of("api.missingPart", "file"),
            java.time.LocalDate.of(2026, 11, 23),
            12345L);
    Text back =
        Text.fromStored(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .convertValue(text.toStored(), Object.class));
    assertThat(back.english()).isEqualTo(text.english());
    assertThat(back.args().get(1)).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
    assertThat(Text.fromStored("an old sentence")).isEqualTo(Text.literal("an old sentence"));
  }

  /** Checks one pattern and answers how many arguments it has. */
  private static int check(String bundle, String key, String pattern, List<String> wrong) {
    MessageFormat format;
    try {
      format = new MessageFormat(pattern, Locale.UK);
    } catch (IllegalArgumentException e) {
      wrong.add(bundle + " " + key + ": not a valid pattern: " + e.getMessage());
      return -1;
    }
    Format[] byIndex = format.getFormatsByArgumentIndex();
    if (byIndex.length == 0) {
      if (pattern.contains("''")) {
        wrong.add(bundle + " " + key + ": '' in a pattern without arguments is written twice");
      }
      return 0;
    }
    Object[] samples = new Object[byIndex.length];
    for (int i = 0; i < samples.length; i++) {
      samples[i] =
          byIndex[i] instanceof NumberFormat || byIndex[i] instanceof ChoiceFormat
              ? (Object) 2
              : "«arg" + i + "»";
    }
    String out = format.format(samples);
    for (int i = 0; i < samples.length; i++) {
      if (samples[i] instanceof String s && !out.contains(s) && pattern.contains("{" + i + "}")) {
        wrong.add(bundle + " " + key + ": {" + i + "} is not written (a lone apostrophe?)");
      }
    }
    if (out.contains("{") || out.contains("}")) {
      wrong.add(bundle + " " + key + ": a brace is left in \"" + out + "\"");
    }
    return byIndex.length;
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TextBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
