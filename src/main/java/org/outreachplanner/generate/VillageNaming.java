package org.outreachplanner.generate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Styles of village names: Tai-origin names of the northwest, Bru and Chứt names of Trường Sơn. */
enum VillageNaming {
  NORTHWEST(
      List.of("Bản ", "Bản ", "Bản ", "Bản ", "Thôn "),
      List.of(
          "Nà", "Huổi", "Pa", "Nậm", "Phìn", "Sin", "Tà", "Ma", "Lả", "Pắc", "Hồ", "Chang", "Mò",
          "Xà", "Lò", "Phiêng", "Khoang", "Séo", "Lùng", "Na"),
      List.of(
          "Khum", "Luông", "Pho", "Chải", "Hồ", "Sảo", "Vì", "Mé", "Xin", "Bó", "Pao", "Lếch",
          "Lùng", "Hừ", "Sì", "Tở", "Củng", "Lầu", "Cuổi", "Ngài", "Hạ", "Nhè", "Hăn", "Cang",
          "Lay", "Mươi", "Thàng", "Tè", "Pục", "Sang")),
  TRUONG_SON(
      List.of(""),
      List.of("Cà", "Ka", "Tà", "Ra", "Pa", "A", "Y", "Hà", "Cha", "La", "K", "Ta", "Xà", "Cu"),
      List.of(
          "Roòng", "Ai", "Oóc", "Vờng", "Mai", "Xen", "Leng", "Rà", "Cáp", "Vi", "Ky", "Loóc",
          "Trộng", "Chăm", "Dinh", "Roàng", "Lòm", "Nông", "Vàng", "Ploang", "Dộ", "Sy", "Pai",
          "Lâng"));

  private final List<String> prefixes;
  private final List<String> firstSyllables;
  private final List<String> secondSyllables;

  VillageNaming(List<String> prefixes, List<String> firstSyllables, List<String> secondSyllables) {
    this.prefixes = prefixes;
    this.firstSyllables = firstSyllables;
    this.secondSyllables = secondSyllables;
  }

  /** A village name not yet in {@code taken}. */
  String newVillageName(SplittableRandom random, Set<String> taken) {
    return newName(random, taken, true);
  }

  /** A place name without the village prefix, as commune names are written. */
  String newPlaceName(SplittableRandom random, Set<String> taken) {
    return newName(random, taken, false);
  }

  /** Once the syllables run out, a number tells twins apart: Bản Nà Khum 2, Bản Nà Khum 3… */
  private String newName(SplittableRandom random, Set<String> taken, boolean withPrefix) {
    String prefix = withPrefix ? prefixes.get(random.nextInt(prefixes.size())) : "";
    String first = firstSyllables.get(random.nextInt(firstSyllables.size()));
    String second = secondSyllables.get(random.nextInt(secondSyllables.size()));
    String base = prefix + first + (first.equals("K") ? "-" : " ") + second;
    String name = base;
    for (int twin = 2; !taken.add(name); twin++) {
      name = base + " " + twin;
    }
    return name;
  }
}
