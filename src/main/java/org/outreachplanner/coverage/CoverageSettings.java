package org.outreachplanner.coverage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The settings of the coverage analysis ({@code outreach.coverage.*}, see docs/coverage.md). */
@Component
public class CoverageSettings {

  /** Class ranks: 0 none, 1 poor, 2 fair, 3 good. */
  static final String[] CLASSES = {"none", "poor", "fair", "good"};

  final double cellSizeM;

  /** The metric CRS of the hexagons; 0 (auto) for the UTM zone of the area's centre. */
  final int srid;

  final int staleMonths;
  final boolean interpolate;
  final double idwRadiusM;
  final double idwPower;
  final int idwMinNeighbours;
  final int usableRank;
  final int highConfidenceSamples;
  final int mediumConfidenceSamples;
  final int privacyMinVillages;
  final int privacyMinHouseholds;
  final int agreementFolds;
  final double siteRadiusM;
  final boolean recomputeAfterImport;

  public CoverageSettings(
      @Value("${outreach.coverage.cell-size-m:500}") double cellSizeM,
      @Value("${outreach.coverage.srid:auto}") String srid,
      @Value("${outreach.coverage.stale-months:12}") int staleMonths,
      @Value("${outreach.coverage.interpolation:idw}") String interpolation,
      @Value("${outreach.coverage.idw-radius-m:1500}") double idwRadiusM,
      @Value("${outreach.coverage.idw-power:2}") double idwPower,
      @Value("${outreach.coverage.idw-min-neighbours:2}") int idwMinNeighbours,
      @Value("${outreach.coverage.usable-class:poor}") String usableClass,
      @Value("${outreach.coverage.confidence.high-samples:10}") int highConfidenceSamples,
      @Value("${outreach.coverage.confidence.medium-samples:3}") int mediumConfidenceSamples,
      @Value("${outreach.coverage.privacy.min-villages:3}") int privacyMinVillages,
      @Value("${outreach.coverage.privacy.min-households:30}") int privacyMinHouseholds,
      @Value("${outreach.coverage.agreement-folds:5}") int agreementFolds,
      @Value("${outreach.coverage.site-radius-m:5000}") double siteRadiusM,
      @Value("${outreach.coverage.recompute-after-import:true}") boolean recomputeAfterImport) {
    if (!(cellSizeM >= 50 && cellSizeM <= 20_000)) {
      throw new IllegalArgumentException(
          "outreach.coverage.cell-size-m must be 50 to 20000 metres, not " + cellSizeM);
    }
    this.cellSizeM = cellSizeM;
    this.srid = parseSrid(srid);
    this.staleMonths = staleMonths;
    String mode = interpolation.strip().toLowerCase(Locale.ROOT);
    if (!mode.equals("idw") && !mode.equals("none")) {
      throw new IllegalArgumentException(
          "outreach.coverage.interpolation must be idw or none, not " + interpolation);
    }
    this.interpolate = mode.equals("idw");
    this.idwRadiusM = idwRadiusM;
    this.idwPower = idwPower;
    this.idwMinNeighbours = Math.max(1, idwMinNeighbours);
    this.usableRank = rankOf(usableClass);
    if (usableRank < 1) {
      throw new IllegalArgumentException(
          "outreach.coverage.usable-class must be poor, fair or good");
    }
    this.highConfidenceSamples = highConfidenceSamples;
    this.mediumConfidenceSamples = mediumConfidenceSamples;
    this.privacyMinVillages = privacyMinVillages;
    this.privacyMinHouseholds = privacyMinHouseholds;
    this.agreementFolds = Math.max(2, agreementFolds);
    this.siteRadiusM = siteRadiusM;
    this.recomputeAfterImport = recomputeAfterImport;
  }

  /** {@code auto} (0) or an EPSG code of a metric CRS, {@code 32648} or {@code EPSG:32648}. */
  static int parseSrid(String text) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (code.equals("AUTO")) {
      return 0;
    }
    try {
      int srid = Integer.parseInt(code.startsWith("EPSG:") ? code.substring(5) : code);
      if (srid > 0) {
        return srid;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        "outreach.coverage.srid must be auto or the EPSG code of a metric CRS, not " + text);
  }

  /** The hexagon edge: half the distance between opposite corners. */
  double edgeM() {
    return cellSizeM / 2;
  }

  static int rankOf(String className) {
    for (int r = 0; r < CLASSES.length; r++) {
      if (CLASSES[r].equalsIgnoreCase(className.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(unknownClass(className).english());
  }

  /** The rank of a class named in a request: a 400 when there is no such class. */
  static int rankOfOrBadRequest(String className) {
    try {
      return rankOf(className);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, unknownClass(className));
    }
  }

  private static Text unknownClass(String className) {
    return Text.of("coverage.unknownClass", className);
  }

  /** The settings a layer depends on, as its fingerprint records them ({@code auto} as set). */
  Map<String, Object> parameters() {
    return parameters(srid == 0 ? "auto" : srid);
  }

  /**
   * The parameters a layer was computed with, stored with it and shown in the report: the metric
   * CRS is the one used, the UTM zone chosen when the setting is auto.
   */
  Map<String, Object> parameters(int usedSrid) {
    return parameters((Object) usedSrid);
  }

  private Map<String, Object> parameters(Object srid) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("cell_size_m", cellSizeM);
    p.put("srid", srid);
    p.put("stale_months", staleMonths);
    p.put("interpolation", interpolate ? "idw" : "none");
    p.put("idw_radius_m", idwRadiusM);
    p.put("idw_power", idwPower);
    p.put("idw_min_neighbours", idwMinNeighbours);
    p.put("usable_class", CLASSES[usableRank]);
    p.put("confidence_high_samples", highConfidenceSamples);
    p.put("confidence_medium_samples", mediumConfidenceSamples);
    p.put("agreement_folds", agreementFolds);
    return p;
  }
}
