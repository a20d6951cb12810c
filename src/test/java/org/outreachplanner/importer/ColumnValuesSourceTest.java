package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnValuesSourceTest {

  private static final ColumnAliases COLUMNS =
      ColumnAliases.of(
          Map.of("code", List.of("ma"), "province_code", List.of("ma_tinh"), "name", List.of()));

  @Test
  void givenValuesFillMissingColumnsAndEmptyCellsOnly() {
    MemorySource file = new MemorySource("c.geojson", COLUMNS, "code | province_code\nA | 12\nB |");
    FeatureSource source =
        ColumnValuesSource.wrap(file, Map.of("Mã tỉnh", "99", "name", "X"), COLUMNS);

    assertThat(source.columns()).containsExactlyInAnyOrder("code", "province_code", "name");
    List<String> seen = new ArrayList<>();
    source.forEach(
        f -> seen.add(f.value("code") + "/" + f.value("province_code") + "/" + f.value("name")));
    assertThat(seen).containsExactly("A/12/X", "B/99/X");
    source.close();
    assertThat(file.closed()).isTrue();
  }

  @Test
  void withoutValuesTheSourceIsUnchanged() {
    MemorySource file = new MemorySource("c.geojson", COLUMNS, "code\nA");
    assertThat(ColumnValuesSource.wrap(file, Map.of(), COLUMNS)).isSameAs(file);
  }

  @Test
  void anUnknownColumnIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> ColumnValuesSource.canonical(Map.of("provice", "12"), COLUMNS))
        .isInstanceOf(ImportRequestException.class)
        .hasMessage(
            "'provice' is not a column of this kind; its columns are code, name, province_code");
  }
}
