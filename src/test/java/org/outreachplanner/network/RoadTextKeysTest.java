package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;
import org.outreachplanner.traveltime.Durations;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Every message key the road code (network, routing, travel times) names exists in both languages,
 * including keys handed over other than by {@code Text.of("…")} (to a helper, in a conditional),
 * which the bundle check does not see; and the texts put together at run time read right in both
 * languages.
 */
class RoadTextKeysTest {

  private static final Pattern KEY = Pattern.compile("\"(roads\\.[A-Za-z0-9_.]+)\"");

  @Test
  void everyKeyNamedInTheRoadCodeIsInBothBundles() throws IOException {
    Set<String> named = new TreeSet<>();
    List<Path> roadCode = new ArrayList<>();
    for (String pkg : List.of("network", "routing", "traveltime")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/java/org/outreachplanner", pkg))) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(roadCode::add);
      }
    }
    for (Path file : roadCode) {
      Matcher m = KEY.matcher(Files.readString(file));
      while (m.find()) {
        named.add(m.group(1));
      }
    }
    assertThat(named).hasSizeGreaterThan(80);
    Properties english = load("i18n/roads.properties");
    Properties vietnamese = load("i18n/roads_vi.properties");
    assertThat(english.stringPropertyNames()).containsAll(named);
    assertThat(vietnamese.stringPropertyNames()).containsAll(named);
  }

  @Test
  void modesSeasonsAndDurationsAreWordsOfTheReader() {
    assertThat(TravelMode.ON_FOOT.label().english()).isEqualTo("on foot");
    assertThat(TravelMode.ON_FOOT.label().in(Texts.VIETNAMESE)).isEqualTo("đi bộ");
    assertThat(Season.RAINY.label().in(Texts.VIETNAMESE)).isEqualTo("mưa");
    assertThat(Durations.words(45 * 60)).isEqualTo("45 min");
    assertThat(Durations.text(125 * 60).english()).isEqualTo("2 h 05 min");
    assertThat(Durations.text(125 * 60).in(Texts.VIETNAMESE)).isEqualTo("2 giờ 05 phút");
  }

  @Test
  void theNetworkBuildsProblemsOfPlacesAreTranslatedAndUnknownWordsKept() {
    assertThat(Place.problemText("no road within 3000 m").in(Texts.VIETNAMESE))
        .isEqualTo("không có con đường nào trong phạm vi 3000 m");
    assertThat(Place.problemText("no road within 12.5 m").english())
        .isEqualTo("no road within 12.5 m");
    assertThat(Place.problemText(Place.NOT_PLACED).in(Texts.VIETNAMESE))
        .isEqualTo("lần dựng mạng lưới đường gần nhất chưa gắn địa điểm này");
    assertThat(Place.problemText("something else").in(Texts.VIETNAMESE))
        .isEqualTo("something else");
    assertThat(Place.problemText(null)).isNull();
  }

  @Test
  void listsOfTextsAreJoinedInTheReadersLanguage() {
    Text codes = RoadTexts.and(List.of(Text.literal("village"), Text.literal("team_base")));
    Text ambiguous = Text.of("roads.place.ambiguous", "T1", codes, "from");
    assertThat(ambiguous.english())
        .isEqualTo("T1 is the code of village and team_base: say which with from_kind");
    assertThat(ambiguous.in(Texts.VIETNAMESE))
        .isEqualTo("T1 là mã của cả village và team_base: hãy chỉ rõ loại bằng tham số from_kind");
    Text two =
        RoadTexts.semicolons(
            List.of(
                RoadTexts.field("name", Text.of("roads.closure.nameRequired")),
                RoadTexts.field("closed_from", Text.of("roads.closure.dateRequired"))));
    assertThat(two.in(Texts.VIETNAMESE))
        .isEqualTo("name: cần có tên; closed_from: cần có ngày (YYYY-MM-DD)");
  }

  @Test
  void theNetworkReportReadsInEnglishAndInVietnamese() {
    NetworkReport report =
        new NetworkReport(
            5,
            3000,
            6,
            11,
            1,
            13,
            2,
            3.0623,
            0,
            List.of(new NetworkReport.IsolatedPiece(2, 1, 102.88, 103.0305, 22.52)),
            List.of(new NetworkReport.ZeroLengthSegment(5, "tiny", 1.51)),
            List.of(new NetworkReport.CollapsedPieces(7, null, 2, 105.554903, 19.372011)),
            List.of(),
            1234,
            1,
            List.of(new NetworkReport.UnattachedPlace("village", "V-5KM", "no road within 3000 m")),
            null,
            1260);
    assertThat(NetworkReportText.lines(report))
        .containsExactly(
            "Network built in 1.3 s (segment ends snapped within 5 m, places attached within"
                + " 3000 m)",
            "  6 road segments -> 11 edges (1 off-road leg), 13 vertices, 3.062 km of road",
            "  2 connected components",
            "  isolated pieces (no place attached): 1",
            "    component 2: 1 edge, 102.88 m, around 103.030500, 22.520000 (lon, lat)",
            "  zero-length segments dropped: 1",
            "    segment 5 (tiny), 1.51 m long, both ends on one vertex",
            "  stretches collapsed into one vertex, dropped: 1",
            "    segment 7: 2 stretches at 105.554903, 19.372011 (lon, lat)",
            "  unknown road classes (they use the '*' speeds): none",
            "  places attached: 1,234 (1 by an off-road leg)",
            "  places not attached: 1",
            "    village V-5KM: no road within 3000 m",
            "  edges with climb and descent: 0 (no elevation model loaded or none covers them)");
    LocaleContextHolder.setLocale(Texts.VIETNAMESE);
    try {
      List<String> vi = NetworkReportText.lines(report);
      assertThat(vi.get(0))
          .isEqualTo(
              "Đã dựng mạng lưới đường trong 1,3 giây (đầu đoạn đường được gộp trong phạm vi 5 m,"
                  + " địa điểm được nối trong phạm vi 3000 m)");
      assertThat(vi)
          .contains(
              "    phần 2: 1 cạnh, 102,88 m, quanh điểm 103.030500, 22.520000 (kinh độ, vĩ độ)",
              "  địa điểm đã nối: 1.234 (1 địa điểm qua đoạn đi bộ ngoài đường)",
              "    village V-5KM: không có con đường nào trong phạm vi 3000 m");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RoadTextKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
