package org.outreachplanner.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches a file's column names to our canonical names, case-insensitively and ignoring diacritics,
 * spaces and punctuation (Unicode NFD with the marks removed, {@code đ} as {@code d}): {@code "Số
 * hộ"}, {@code "SO HO"} and {@code "so_ho"} all match the alias {@code so_ho}. Two aliases of
 * different columns that compare equal are a mistake, refused when the aliases are built.
 */
public final class ColumnAliases {

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, String> canonicalByKey = new LinkedHashMap<>();
  private final List<ColumnPreset> presets = new ArrayList<>();

  private ColumnAliases() {}

  /** Builds from canonical name → aliases; the canonical name is an alias of itself. */
  public static ColumnAliases of(Map<String, List<String>> aliases) {
    ColumnAliases a = new ColumnAliases();
    aliases.forEach(
        (canonical, names) -> {
          a.add(canonical, canonical);
          names.forEach(n -> a.add(n, canonical));
        });
    return a;
  }

  private void add(String alias, String canonical) {
    String earlier = canonicalByKey.putIfAbsent(key(alias), canonical);
    if (earlier != null && !earlier.equals(canonical)) {
      throw new IllegalArgumentException(
          "alias '" + alias + "' of " + canonical + " is also one of " + earlier);
    }
  }

  /** The same aliases, with layouts recognised from the header (tried in order). */
  public ColumnAliases withPresets(List<ColumnPreset> layouts) {
    ColumnAliases a = new ColumnAliases();
    a.canonicalByKey.putAll(canonicalByKey);
    a.presets.addAll(presets);
    a.presets.addAll(layouts);
    return a;
  }

  /** The first preset whose signature the header has, or null. */
  public ColumnPreset presetFor(List<String> header) {
    Set<String> keys = new HashSet<>();
    header.forEach(h -> keys.add(key(h)));
    return presets.stream().filter(p -> p.recognises(keys)).findFirst().orElse(null);
  }

  /** The presets of apps that write no header row, in order. */
  List<ColumnPreset> headerlessPresets() {
    return presets.stream().filter(p -> !p.headerless().isEmpty()).toList();
  }

  public List<ColumnPreset> presets() {
    return List.copyOf(presets);
  }

  /** The canonical name a file's column matches, or null. */
  public String canonical(String fileColumn) {
    return canonicalByKey.get(key(fileColumn));
  }

  public Set<String> canonicalNames() {
    return Set.copyOf(canonicalByKey.values());
  }

  /** Lower case, no diacritics (đ → d), letters and digits only. */
  public static String key(String name) {
    String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    n = n.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    return NOT_LETTER_OR_DIGIT.matcher(n).replaceAll("");
  }
}
