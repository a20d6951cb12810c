package org.outreachplanner.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files read back with GDAL's {@code ogrinfo}, as a GIS user would open them: XLSX downloads (the
 * first sheet's rows as features of attribute name to value, an empty cell absent) and any other
 * dataset GDAL opens, such as a vector tile.
 */
public final class GdalSheets {

  /** " Households (Integer) = 155": the name may hold spaces and brackets of its own. */
  private static final Pattern FIELD =
      Pattern.compile(
          "^\\s+(.+) \\((?:Integer64|Integer|Real|String|Date|DateTime|Time)(?:\\(\\d+(?:\\.\\d+)?\\))?\\) = (.*)$");

  private GdalSheets() {}

  /** The features of the first sheet of the workbook, in row order. */
  public static List<Map<String, String>> features(byte[] workbook) {
    try {
      Path file = Files.createTempFile("outreach-sheet-", ".xlsx");
      try {
        Files.write(file, workbook);
        return ogrFeatures("--config", "OGR_XLSX_HEADERS", "FORCE", file.toString());
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The features of the first layer {@code ogrinfo -ro -al -q} lists for these arguments (a dataset
   * and its options), each as attribute name to value, an unset one absent.
   */
  public static List<Map<String, String>> ogrFeatures(String... dataset) {
    List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "-al", "-q"));
    command.addAll(List.of(dataset));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();
      List<Map<String, String>> features = new ArrayList<>();
      int layers = 0;
      for (String line : out.split("\n")) {
        if (line.startsWith("Layer name:")) {
          layers++;
        } else if (layers <= 1 && line.startsWith("OGRFeature(")) {
          features.add(new LinkedHashMap<>());
        } else if (layers <= 1 && !features.isEmpty()) {
          Matcher m = FIELD.matcher(line);
          if (m.matches() && !"(null)".equals(m.group(2))) {
            features.get(features.size() - 1).put(m.group(1), m.group(2));
          }
        }
      }
      return features;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Asserts that GDAL reads the same rows as Apache POI, and the same numbers in each of the given
   * columns (empty where POI finds an empty cell).
   */
  public static void assertSameFigures(
      byte[] workbook, Spreadsheets.Table sheet, String... headers) {
    List<Map<String, String>> rows = features(workbook);
    assertThat(rows).as("rows GDAL reads").hasSize(sheet.dataRows());
    for (String header : headers) {
      for (int i = 0; i < rows.size(); i++) {
        String gdal = rows.get(i).get(header);
        if (sheet.empty(i, header)) {
          assertThat(gdal).as("%s of row %d in GDAL", header, i + 1).isNull();
        } else {
          assertThat(gdal).as("%s of row %d in GDAL", header, i + 1).isNotNull();
          assertThat(Double.parseDouble(gdal))
              .as("%s of row %d in GDAL", header, i + 1)
              .isEqualTo(sheet.number(i, header));
        }
      }
    }
  }
}
