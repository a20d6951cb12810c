package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.Text;

/** The texts of the import area: problems placed in their file, in English and in Vietnamese. */
class ImportTextsTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void aProblemNamesItsRowOrFeatureAndColumnInTheReadersLanguage() {
    ImportProblem row =
        new ImportProblem(
            "villages.csv", 1234L, "households", Text.of("imports.value.notWhole", "47,5"));
    ImportProblem feature =
        new ImportProblem("roads.gpkg", 7L, null, Text.of("imports.geometry.empty"));
    ImportProblem file = ImportProblem.ofFile("roads.zip", Text.of("imports.file.empty"));

    assertThat(row.toString())
        .isEqualTo("villages.csv row 1234, column 'households': '47,5' is not a whole number");
    assertThat(row.in(VI))
        .isEqualTo("villages.csv dòng 1234, cột 'households': '47,5' không phải là số nguyên");
    assertThat(feature.toString()).isEqualTo("roads.gpkg feature 7: empty geometry");
    assertThat(feature.in(VI)).isEqualTo("roads.gpkg đối tượng 7: dữ liệu hình học rỗng");
    assertThat(file.in(VI)).isEqualTo("roads.zip: tệp rỗng");
  }

  @Test
  void aFailedReportIsSummedUpForATerminalInEitherLanguage() {
    ImportReport report =
        new ImportReport(
            1,
            "villages",
            "villages.csv",
            ImportReport.Status.FAILED,
            0,
            0,
            0,
            List.of(
                new ImportProblem(
                    "villages.csv", 2L, "eid_done", Text.of("imports.value.notWhole", "x"))),
            1234,
            10,
            Text.of("imports.problemsFoundListed", 1234, 1));

    assertThat(report.message()).isEqualTo("1,234 problems found (the first 1 are listed)");
    assertThat(report.summary(Locale.ENGLISH))
        .endsWith(
            "1,234 problems found (the first 1 are listed)\n"
                + "  villages.csv row 2, column 'eid_done': 'x' is not a whole number\n"
                + "  … and 1,233 more problems");
    assertThat(report.summary(VI))
        .isEqualTo(
            "KHÔNG THÀNH CÔNG: chưa nhập villages từ villages.csv; cơ sở dữ liệu không thay đổi"
                + " gì.\nTìm thấy 1.234 lỗi (liệt kê 1 lỗi đầu tiên)\n"
                + "  villages.csv dòng 2, cột 'eid_done': 'x' không phải là số nguyên\n"
                + "  … và 1.233 lỗi khác");
  }

  @Test
  void everyImportTextIsTranslated() throws IOException {
    Properties en = load("i18n/imports.properties");
    Properties vi = load("i18n/imports_vi.properties");
    List<String> untranslated = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String english = en.getProperty(key);
      boolean hasWords = english.replaceAll("\\{[^}]*}", "").matches("(?s).*[A-Za-z]{3,}.*");
      if (hasWords && english.equals(vi.getProperty(key))) {
        untranslated.add(key);
      }
    }
    assertThat(en.stringPropertyNames()).isNotEmpty();
    assertThat(untranslated).isEmpty();
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ImportTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
