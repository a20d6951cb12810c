package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  private static final Path DATA = Path.of("../shared/data");

  @Test
  void namesMeetWithoutCaseDiacriticsSpacesOrPunctuation() {
    assertThat(PlaceNames.key("Thượng Trạch")).isEqualTo("thuongtrach");
    assertThat(PlaceNames.key("THƯỢNG-TRẠCH")).isEqualTo("thuongtrach");
    assertThat(PlaceNames.key("Đắk Đoa")).isEqualTo("dakdoa");
    // the tone mark on another vowel (old and new style) and decomposed input
    assertThat(PlaceNames.key("Dân Hoá")).isEqualTo(PlaceNames.key("Dân Hóa"));
    assertThat(PlaceNames.key(Normalizer.normalize("Dân Hóa", Normalizer.Form.NFD)))
        .isEqualTo("danhoa");
    assertThat(PlaceNames.key(null)).isEmpty();
  }

  @Test
  void theWordNamingTheKindOfPlaceIsDroppedOnlyBeforeAName() {
    assertThat(PlaceNames.keyWithoutKind("Thôn Cà Roòng 1")).isEqualTo("caroong1");
    assertThat(PlaceNames.keyWithoutKind("Xã Thượng Trạch")).isEqualTo("thuongtrach");
    assertThat(PlaceNames.keyWithoutKind("Tổ dân phố 3")).isEqualTo("3");
    assertThat(PlaceNames.keyWithoutKind("Bản")).isEqualTo("ban");
    assertThat(PlaceNames.keyWithoutKind("Bảnh")).isEqualTo("banh");
  }

  /** The 2019 census writes commune names without spaces; the commune outlines with them. */
  @Test
  void theCensusCommuneNamesMeetTheCommuneOutlinesNames() throws IOException {
    Path census = DATA.resolve("vn-census-2019/vn_population_ward.csv");
    Assumptions.assumeTrue(
        Files.isRegularFile(census), "../shared/data is absent: real census names not checked");
    Map<String, String> wards;
    try (Stream<String> lines = Files.lines(census)) {
      wards =
          lines
              .skip(1)
              .map(l -> l.split(","))
              .collect(Collectors.toMap(c -> c[0], c -> c[3], (a, b) -> a));
    }
    // Thượng Trạch, Dân Hóa (Quảng Bình in 2019) and Thu Lũm (Lai Châu)
    Map<String, String> outlines =
        Map.of(
            "quang_tri/19147", "VNM.46.1.27_1",
            "quang_tri/18904", "VNM.46.4.1_1");
    for (Map.Entry<String, String> e : outlines.entrySet()) {
      String name = outlineName(e.getKey());
      assertThat(PlaceNames.key(wards.get(e.getValue()))).as(name).isEqualTo(PlaceNames.key(name));
    }
    String thuLum = outlineName("lai_chau/03439");
    assertThat(
            wards.values().stream().filter(w -> PlaceNames.key(w).equals(PlaceNames.key(thuLum))))
        .as(thuLum)
        .hasSize(1);
  }

  private static String outlineName(String codeInFolder) throws IOException {
    String[] parts = codeInFolder.split("/");
    Path folder = DATA.resolve("vn-communes").resolve(parts[0]);
    try (Stream<Path> files = Files.list(folder)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith(parts[1] + "_"))
              .findFirst()
              .orElseThrow();
      return new ObjectMapper()
          .readTree(file.toFile())
          .path("features")
          .get(0)
          .path("properties")
          .path("name")
          .asText();
    }
  }
}
