package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** CSV cells no spreadsheet runs as formulas, and KML text that stays text (OWASP, U-cases). */
class DeadZoneExportsTest {

  @Test
  void textThatStartsLikeAFormulaGetsAnApostrophe() {
    assertThat(DeadZoneExports.cell("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(DeadZoneExports.cell("+1+2")).isEqualTo("'+1+2");
    assertThat(DeadZoneExports.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(DeadZoneExports.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(DeadZoneExports.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(DeadZoneExports.cell("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(DeadZoneExports.cell(-12)).isEqualTo("-12");
    assertThat(DeadZoneExports.cell(new BigDecimal("-0.25"))).isEqualTo("-0.25");
    assertThat(DeadZoneExports.cell(-1.5d)).isEqualTo("-1.5");
    assertThat(DeadZoneExports.cell("Bản Na = 3")).isEqualTo("Bản Na = 3");
    assertThat(DeadZoneExports.cell("")).isEmpty();
    assertThat(DeadZoneExports.cell(null)).isEmpty();
  }

  @Test
  void xmlTextIsEscapedAndCharactersXmlCannotHoldAreDropped() {
    assertThat(DeadZoneExports.xml("<b>A & \"B\"</b>\u0001\u0007 ok"))
        .isEqualTo("&lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt; ok");
  }
}
