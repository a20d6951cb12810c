package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.Texts;

/** Every column of the dead-zone report has a title in English and Vietnamese. */
class DeadZoneColumnTitlesTest {

  @Test
  void everyReportColumnHasATitleInBothLanguages() {
    for (String column : DeadZoneReport.COLUMNS) {
      Text title = Text.of("coverage.column." + column);
      assertThat(title.in(Locale.ENGLISH)).as(column).isNotEqualTo(title.key());
      assertThat(title.in(Texts.VIETNAMESE))
          .as(column)
          .isNotEqualTo(title.key())
          .isNotEqualTo(title.in(Locale.ENGLISH))
          .doesNotContain(",");
    }
  }
}
