package org.outreachplanner.roads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;

/**
 * Every message key the road code names exists in both languages, including keys handed over other
 * than by {@code Text.of("…")} (to a helper, in a conditional), which the bundle check does not
 * see; and the texts put together at run time read right in both languages.
 */
class RoadTextKeysTest {

  private static final Pattern KEY = Pattern.compile("\"(roads\\.[A-Za-z0-9_.]+)\"");

  @Test
  void everyKeyNamedInTheRoadCodeIsInBothBundles() throws IOException {
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/outreachplanner/roads"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          named.add(m.group(1));
        }
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
    Text codes =
        RoadTexts.and(java.util.List.of(Text.literal("village"), Text.literal("team_base")));
    Text ambiguous = Text.of("roads.place.ambiguous", "T1", codes, "from");
    assertThat(ambiguous.english())
        .isEqualTo("T1 is the code of village and team_base: say which with from_kind");
    assertThat(ambiguous.in(Texts.VIETNAMESE))
        .isEqualTo("T1 là mã của cả village và team_base: hãy chỉ rõ loại bằng tham số from_kind");
    Text two =
        RoadTexts.semicolons(
            java.util.List.of(
                RoadTexts.field("name", Text.of("roads.closure.nameRequired")),
                RoadTexts.field("closed_from", Text.of("roads.closure.dateRequired"))));
    assertThat(two.in(Texts.VIETNAMESE))
        .isEqualTo("name: cần có tên; closed_from: cần có ngày (YYYY-MM-DD)");
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RoadTextKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
