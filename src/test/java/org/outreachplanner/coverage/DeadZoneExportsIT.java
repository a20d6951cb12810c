package org.outreachplanner.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dead-zone downloads with village names that are formulas and markup: the CSV neutralises the
 * formula, the KML keeps both as text.
 */
@WebTest
// the fixture's zones are small: with the privacy thresholds on, a partner would see no village
// name at all, and these tests are about how names are written
@TestPropertySource(
    properties = {
      "outreach.coverage.privacy.min-villages=1",
      "outreach.coverage.privacy.min-households=0"
    })
class DeadZoneExportsIT {

  private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
  private static final String MARKUP = "<b>Bản & \"Na\"</b>";

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void load() {
    new CoverageFixture(jdbc).load();
    jdbc.update("UPDATE village SET name = ? WHERE code = 'V1'", FORMULA);
    jdbc.update("UPDATE village SET name = ? WHERE code = 'V2'", MARKUP);
    CoverageFixture.service(dataSource, false).recompute(true, null);
    api = ApiClient.as(port, TestUsers.PARTNER);
  }

  @Test
  void csvNeutralisesAFormulaInAName() {
    ApiClient.Response csv = api.get("/api/dead-zones/report.csv?header=codes");
    assertThat(csv.status()).isEqualTo(200);
    // the cell is quoted (it holds quotes and a comma), its first character is the apostrophe
    assertThat(csv.body())
        .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\"); <b>Bản & \"\"Na\"\"</b>")
        .doesNotContain(",\"=HYPERLINK")
        .doesNotContain(",=HYPERLINK");
  }

  @Test
  void xlsxKeepsAFormulaInANameAsText() {
    org.outreachplanner.support.Spreadsheets.Table sheet =
        org.outreachplanner.support.Spreadsheets.read(
            api.inLanguage("en"), "/api/dead-zones/report.xlsx");
    org.apache.poi.ss.usermodel.Cell names = sheet.cell(0, DeadZoneExports.title("village_names"));
    // a text cell holding the name as it is: no formula to run, no apostrophe added
    assertThat(names.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
    assertThat(names.getStringCellValue()).startsWith(FORMULA + "; " + MARKUP);
  }

  @Test
  void kmlKeepsNamesAsText() throws Exception {
    ApiClient.Response kml = api.get("/api/dead-zones/report.kml");
    assertThat(kml.status()).isEqualTo(200);
    assertThat(kml.body()).doesNotContain("<b>");
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(kml.body().getBytes(StandardCharsets.UTF_8)));
    NodeList data = doc.getElementsByTagName("Data");
    String names = null;
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("name").equals("village_names") && names == null) {
        names = d.getElementsByTagName("value").item(0).getTextContent();
      }
    }
    assertThat(names).isEqualTo(FORMULA + "; " + MARKUP);
  }
}
