package org.outreachplanner.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates what a phone of a given operator measures at a point: the best of that operator's
 * towers in the commune, with rural Hata-like path loss, knife-edge diffraction over the terrain
 * between tower and phone, and random fading. Behind ridges and far from towers the phone falls
 * back to 3G or 2G, or finds no service at all: the dead zones.
 */
final class SignalModel {

  private static final double EIRP_DBM = 58;
  private static final double PATH_LOSS_AT_1_KM_DB = 98;
  private static final double PATH_LOSS_PER_DECADE_DB = 35;
  private static final double CLUTTER_LOSS_DB = 14;
  private static final double WAVELENGTH_METRES = 0.17;
  private static final double MOST_SHADOW_DB = 50;
  private static final double PHONE_HEIGHT_METRES = 1.5;
  private static final double[] RIDGE_SAMPLES = {0.25, 0.5, 0.75};

  /** Reference-signal power lies about 31 dB below the total power of a 20 MHz LTE carrier. */
  private static final double RSRP_BELOW_TOTAL_DB = 31;

  private static final double LTE_CAMPING_RSRP_DBM = -125;
  private static final double UMTS_SERVICE_DBM = -106;
  private static final double GSM_SERVICE_DBM = -108;
  private static final double GSM_FREQUENCY_GAIN_DB = 6;

  private final Terrain terrain;
  private final LocalProjection projection;
  private final Tower[][] towersByOperator = new Tower[Operator.values().length][];

  SignalModel(Terrain terrain, LocalProjection projection, List<Tower> towers) {
    this.terrain = terrain;
    this.projection = projection;
    for (Operator operator : Operator.values()) {
      towersByOperator[operator.ordinal()] =
          towers.stream().filter(t -> t.operator() == operator).toArray(Tower[]::new);
    }
  }

  void measure(
      double lon, double lat, Operator operator, SplittableRandom random, SignalReading reading) {
    Tower best = null;
    double bestPower = Double.NEGATIVE_INFINITY;
    double phoneTop = terrain.elevation(lon, lat) + PHONE_HEIGHT_METRES;
    double x = projection.x(lon);
    double y = projection.y(lat);
    for (Tower tower : towersByOperator[operator.ordinal()]) {
      double power = receivedPower(tower, lon, lat, x, y, phoneTop);
      if (power > bestPower) {
        best = tower;
        bestPower = power;
      }
    }
    double received = bestPower + 4 * random.nextGaussian();
    double rsrp = received - RSRP_BELOW_TOTAL_DB;
    if (best == null) {
      reading.noService();
    } else if (best.lte() && rsrp >= LTE_CAMPING_RSRP_DBM - 4 * random.nextDouble()) {
      int measuredRsrp = clamp(rsrp, -140, -44);
      int snr = clamp((measuredRsrp + 120) * 0.55 + 2.5 * random.nextGaussian(), -10, 30);
      int rsrq = clamp(-14 + 0.3 * snr + 1.5 * random.nextGaussian(), -20, -3);
      reading.lte(measuredRsrp, rsrq, snr);
    } else if (best.umts() && received >= UMTS_SERVICE_DBM) {
      reading.rssiOnly(Technology.UMTS, clamp(received, -113, -51));
    } else if (best.gsm() && received + GSM_FREQUENCY_GAIN_DB >= GSM_SERVICE_DBM) {
      reading.rssiOnly(Technology.GSM, clamp(received + GSM_FREQUENCY_GAIN_DB, -113, -51));
    } else {
      reading.noService();
    }
  }

  private double receivedPower(
      Tower tower, double lon, double lat, double x, double y, double phoneTop) {
    double distance = Math.max(30, Math.hypot(x - tower.x(), y - tower.y()));
    double pathLoss =
        PATH_LOSS_AT_1_KM_DB
            + PATH_LOSS_PER_DECADE_DB * Math.log10(distance / 1000)
            + CLUTTER_LOSS_DB;
    double shadow = 0;
    for (double f : RIDGE_SAMPLES) {
      double ground =
          terrain.elevation(
              tower.lon() + f * (lon - tower.lon()), tower.lat() + f * (lat - tower.lat()));
      double lineOfSight = tower.antennaTopMetres() + f * (phoneTop - tower.antennaTopMetres());
      shadow =
          Math.max(shadow, knifeEdgeLoss(ground - lineOfSight, f * distance, (1 - f) * distance));
    }
    return EIRP_DBM - pathLoss - Math.min(shadow, MOST_SHADOW_DB);
  }

  /** ITU-R P.526 single knife-edge approximation for an obstacle {@code height} above the path. */
  private static double knifeEdgeLoss(double height, double toObstacle, double beyondObstacle) {
    double v =
        height
            * Math.sqrt(
                2
                    * (toObstacle + beyondObstacle)
                    / (WAVELENGTH_METRES * toObstacle * beyondObstacle));
    if (v <= -0.78) {
      return 0;
    }
    return 6.9 + 20 * Math.log10(Math.sqrt((v - 0.1) * (v - 0.1) + 1) + v - 0.1);
  }

  private static int clamp(double value, int lowest, int highest) {
    return (int) Math.max(lowest, Math.min(highest, Math.round(value)));
  }
}
