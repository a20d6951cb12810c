package org.outreachplanner.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.outreachplanner.i18n.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The column_preset table: column mappings a planner saved under a name for one kind, applied on
 * the upload page or with {@code ./outreach import KIND FILE --preset NAME}.
 */
@Repository
public class SavedPresets {

  /** The longest name of a saved preset. */
  static final int MAX_NAME = 100;

  private static final String LIST =
      "SELECT name, mapping::text, updated_at FROM column_preset WHERE kind = ? ORDER BY name";

  private static final String ONE =
      "SELECT name, mapping::text, updated_at FROM column_preset WHERE kind = ? AND name = ?";

  private static final String UPSERT =
      """
      INSERT INTO column_preset (kind, name, mapping, updated_at) VALUES (?, ?, ?::jsonb, now())
      ON CONFLICT (kind, name) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()
      RETURNING name, mapping::text, updated_at
      """;

  private static final String DELETE = "DELETE FROM column_preset WHERE kind = ? AND name = ?";

  private static final TypeReference<LinkedHashMap<String, String>> MAPPING =
      new TypeReference<>() {};

  /**
   * One saved preset.
   *
   * @param mapping the kind's column → the file's column that holds it
   */
  public record Saved(String name, Map<String, String> mapping, OffsetDateTime updatedAt) {}

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  SavedPresets(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The presets saved for a kind, by name. */
  public List<Saved> list(ImportKind kind) {
    return jdbc.query(LIST, (rs, i) -> saved(rs.getString(1), rs.getString(2), rs), kind.cliName());
  }

  /** The preset saved under {@code name} for a kind. */
  public Optional<Saved> find(ImportKind kind, String name) {
    return jdbc
        .query(ONE, (rs, i) -> saved(rs.getString(1), rs.getString(2), rs), kind.cliName(), name)
        .stream()
        .findFirst();
  }

  /** Saves (or replaces) the preset {@code name} of a kind. */
  public Saved save(ImportKind kind, String name, Map<String, String> mapping) {
    String text;
    try {
      text = json.writeValueAsString(mapping);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return jdbc.queryForObject(
        UPSERT, (rs, i) -> saved(rs.getString(1), rs.getString(2), rs), kind.cliName(), name, text);
  }

  /** Deletes a preset; whether there was one. */
  public boolean delete(ImportKind kind, String name) {
    return jdbc.update(DELETE, kind.cliName(), name) > 0;
  }

  /**
   * The problem with a preset's name, or null when it is good: 1 to {@value #MAX_NAME} characters,
   * no control characters, not only white space.
   */
  static Text nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Text.of("imports.presets.blankName");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME) {
      return Text.of("imports.presets.longName", MAX_NAME);
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      return Text.of("imports.presets.controlInName");
    }
    return null;
  }

  /**
   * A saved mapping with explicit ones over it: an explicit mapping of a column (by any of its
   * names) replaces the saved one.
   */
  static Map<String, String> combine(
      Map<String, String> saved, Map<String, String> explicit, ColumnAliases aliases) {
    Map<String, String> combined = new LinkedHashMap<>();
    saved.forEach(
        (target, source) -> {
          boolean overridden =
              explicit.keySet().stream().anyMatch(t -> sameTarget(t, target, aliases));
          if (!overridden) {
            combined.put(target, source);
          }
        });
    combined.putAll(explicit);
    return combined;
  }

  private static boolean sameTarget(String a, String b, ColumnAliases aliases) {
    String ca = aliases.canonical(a);
    String cb = aliases.canonical(b);
    return ColumnAliases.key(a).equals(ColumnAliases.key(b)) || (ca != null && ca.equals(cb));
  }

  private Saved saved(String name, String mapping, java.sql.ResultSet rs)
      throws java.sql.SQLException {
    try {
      return new Saved(
          name, json.readValue(mapping, MAPPING), rs.getObject(3, OffsetDateTime.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("column_preset " + name + " holds no mapping", e);
    }
  }
}
