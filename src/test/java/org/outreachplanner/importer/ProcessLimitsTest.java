package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The limits on GDAL that the server binds from application.properties are the defaults of the code
 * and the figures docs/data-formats.md gives: 60 s of processor time and 180 s of running time,
 * both plus 600 s per GiB of the file, and 2 tools at once.
 */
class ProcessLimitsTest {

  private static final long GIB = 1L << 30;

  @Test
  void theBoundSettingsAreTheDefaultsOfTheCodeAndOfTheDocs() throws IOException {
    ProcessLimits bound = bound("application.properties").process();
    ProcessLimits documented = documented();

    assertThat(bound).isEqualTo(new ProcessLimits(60, 180, 600, 2, 60));
    assertThat(bound).isEqualTo(ProcessLimits.defaults());
    assertThat(bound).isEqualTo(documented);
    assertThat(unboundDefaults()).isEqualTo(bound);
  }

  @Test
  void eachGibibyteOfTheFileAddsItsSecondsToBothLimits() {
    ProcessLimits limits = ProcessLimits.defaults();

    assertThat(limits.cpuSecondsFor(0)).isEqualTo(60);
    assertThat(limits.wallTimeFor(0)).isEqualTo(Duration.ofSeconds(180));
    assertThat(limits.cpuSecondsFor(GIB)).isEqualTo(60 + 600);
    assertThat(limits.wallTimeFor(GIB)).isEqualTo(Duration.ofSeconds(180 + 600));
    // 100 MB is 0.0931 GiB: 600 × 0.0931 = 55.9, rounded up to 56 s
    assertThat(limits.cpuSecondsFor(100_000_000)).isEqualTo(60 + 56);
    assertThat(limits.wallTimeFor(2 * GIB)).isEqualTo(Duration.ofSeconds(180 + 1200));
  }

  /** The import settings as the server binds them from the properties file. */
  private static ImportSettings bound(String file) throws IOException {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    new PropertiesPropertySourceLoader()
        .load(file, new ClassPathResource(file))
        .forEach(source -> env.getPropertySources().addLast(source));
    return new Binder(ConfigurationPropertySources.get(env))
        .bind("outreach.import", ImportSettings.class)
        .get();
  }

  /** The settings bound with none of them given: the code's own defaults. */
  private static ProcessLimits unboundDefaults() {
    return new Binder(ConfigurationPropertySources.get(new StandardEnvironment()))
        .bindOrCreate("outreach.import.process", ProcessLimits.class);
  }

  /** The limits docs/data-formats.md states. */
  private static ProcessLimits documented() throws IOException {
    String docs = Files.readString(Path.of("docs", "data-formats.md")).replaceAll("\\s+", " ");
    return new ProcessLimits(
        figure(docs, "`outreach.import.process.cpu-seconds`, (\\d+) by default"),
        figure(docs, "`outreach.import.process.wall-seconds`, (\\d+)\\)"),
        figure(docs, "`outreach.import.process.seconds-per-gigabyte` \\((\\d+)\\)"),
        figure(docs, "`outreach.import.process.max-running` tools \\((\\d+)\\)"),
        figure(docs, "`outreach.import.process.queue-seconds`[^(]*\\((\\d+)"));
  }

  private static int figure(String docs, String regex) {
    Matcher m = Pattern.compile(regex).matcher(docs);
    assertThat(m.find()).as("docs/data-formats.md states " + regex).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
