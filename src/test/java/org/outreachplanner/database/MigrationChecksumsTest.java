package org.outreachplanner.database;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * A versioned migration that has landed never changes: a database that ran it keeps its checksum
 * and Flyway refuses to start on it once the file differs. The landed ones are listed with their
 * checksums in {@code src/test/resources/db/landed-migrations.txt}; functions, which do change,
 * live in the repeatable migrations ({@code R__*.sql}) instead.
 */
class MigrationChecksumsTest {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Path LANDED = Path.of("src/test/resources/db/landed-migrations.txt");
  private static final String VERSIONED = "V\\d+(_\\d+)*__\\w+\\.sql";
  private static final String REPEATABLE = "R__\\w+\\.sql";

  @Test
  void noLandedMigrationWasEdited() throws IOException {
    List<String> edited = new ArrayList<>();
    for (Map.Entry<String, Integer> landed : landed().entrySet()) {
      Path file = MIGRATIONS.resolve(landed.getKey());
      if (Files.exists(file) && checksum(file) != landed.getValue()) {
        edited.add(
            landed.getKey()
                + " was edited after it landed (checksum "
                + checksum(file)
                + ", landed as "
                + landed.getValue()
                + "): put the change in a new migration, or in an R__ file for a function."
                + " Databases that ran the landed file would refuse to start.");
      }
    }
    assertThat(edited).withFailMessage(String.join("\n", edited)).isEmpty();
  }

  @Test
  void noLandedMigrationIsGone() throws IOException {
    List<String> gone = new ArrayList<>();
    for (String name : landed().keySet()) {
      if (!Files.exists(MIGRATIONS.resolve(name))) {
        gone.add(
            name
                + " landed but is no longer in "
                + MIGRATIONS
                + ": databases have run it, and Flyway refuses to start on a database that ran"
                + " a migration it cannot find. Put it back as it was.");
      }
    }
    assertThat(gone).withFailMessage(String.join("\n", gone)).isEmpty();
  }

  @Test
  void everyVersionedMigrationIsInTheList() throws IOException {
    Map<String, Integer> landed = landed();
    List<String> unlisted = new ArrayList<>();
    for (Path file : migrationFiles()) {
      String name = file.getFileName().toString();
      if (name.matches(VERSIONED) && !landed.containsKey(name)) {
        unlisted.add(
            name
                + " is not in "
                + LANDED
                + ". Once it is final (from then on it may not change), add this line to it:\n"
                + name
                + "  "
                + checksum(file));
      }
    }
    assertThat(unlisted).withFailMessage(String.join("\n", unlisted)).isEmpty();
  }

  @Test
  void everyFileThereIsAMigrationFlywayRuns() throws IOException {
    // Flyway passes over a file whose name it does not recognise, without a word
    List<String> misnamed =
        migrationFiles().stream()
            .map(f -> f.getFileName().toString())
            .filter(name -> !name.matches(VERSIONED) && !name.matches(REPEATABLE))
            .map(
                name ->
                    name
                        + " is neither a versioned migration (V<version>__<description>.sql)"
                        + " nor a repeatable one (R__<description>.sql): Flyway would not run it")
            .toList();
    assertThat(misnamed).withFailMessage(String.join("\n", misnamed)).isEmpty();
  }

  /**
   * Flyway's checksum of a migration, as it records it in {@code flyway_schema_history}: the CRC32
   * of the file's lines in UTF-8, without line ends and without a byte order mark.
   */
  static int checksum(Path file) throws IOException {
    CRC32 crc = new CRC32();
    try (BufferedReader reader = Files.newBufferedReader(file, UTF_8)) {
      String line = reader.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      for (; line != null; line = reader.readLine()) {
        crc.update(line.getBytes(UTF_8));
      }
    }
    return (int) crc.getValue();
  }

  /** The landed migrations and their checksums, from the list; '#' starts a comment line. */
  static Map<String, Integer> landed() throws IOException {
    Map<String, Integer> landed = new LinkedHashMap<>();
    for (String line : Files.readAllLines(LANDED, UTF_8)) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        String[] fields = entry.split("\\s+");
        assertThat(fields)
            .as("a line of %s is a file name and a checksum: %s", LANDED, line)
            .hasSize(2);
        landed.put(fields[0], Integer.parseInt(fields[1]));
      }
    }
    return landed;
  }

  private static List<Path> migrationFiles() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files.sorted().toList();
    }
  }
}
