package org.outreachplanner.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates mobile-coverage surveys the way they are collected: a surveyor's phone logs a reading
 * every hundred metres or so while riding a road, or a few readings around a village while the team
 * works there. Each commune's share is written as it is made, so any number of rows streams through
 * in constant memory.
 */
final class SurveySimulator {

  /** Surveys cover the six months before this day; timestamps never depend on the clock. */
  static final LocalDate SURVEYS_END = LocalDate.of(2026, 6, 1);

  static final int SURVEY_DAYS = 182;
  private static final int DEVICES_PER_COMMUNE = 3;
  private static final int FIRST_SECOND = 7 * 3600 + 1800;
  private static final int LAST_START_SECOND = 16 * 3600 + 1800;
  private static final int LAST_SECOND = 18 * 3600 + 1800;
  private static final double SHARE_OF_ROAD_WALKS = 0.65;
  private static final double GPS_ERROR_METRES = 4;
  private static final double VILLAGE_SPREAD_METRES = 180;

  private final RandomStreams streams;
  private final String devicePrefix;
  private final byte[][] datePrefixes = new byte[SURVEY_DAYS][];

  /** {@code devicePrefix} comes between "dev-" and the device's number, e.g. "12-". */
  SurveySimulator(RandomStreams streams, String devicePrefix) {
    this.streams = streams;
    this.devicePrefix = devicePrefix;
    for (int d = 0; d < SURVEY_DAYS; d++) {
      String prefix = SURVEYS_END.minusDays(d + 1L) + "T";
      datePrefixes[d] = prefix.getBytes(StandardCharsets.US_ASCII);
    }
  }

  void simulate(
      List<Commune> communes,
      List<List<Village>> villages,
      RoadNetwork roads,
      List<SignalModel> signals,
      long total,
      SurveyRowWriter out)
      throws IOException {
    double[] weights = new double[communes.size()];
    for (Commune commune : communes) {
      weights[commune.index()] = villages.get(commune.index()).size() + 2;
    }
    int[] perCommune = Apportionment.split(total, weights, 0, Integer.MAX_VALUE);
    for (Commune commune : communes) {
      int c = commune.index();
      List<RoadEdge> edges = new ArrayList<>(roads.of(c).edges());
      edges.addAll(roads.linksFrom(c));
      new CommuneSurvey(commune, villages.get(c), edges, signals.get(c), out).write(perCommune[c]);
    }
  }

  /** The survey walks of one commune. */
  private final class CommuneSurvey {
    private final List<Village> villages;
    private final List<double[]> lines = new ArrayList<>();
    private final List<double[]> cumulativeMetres = new ArrayList<>();
    private final SignalModel signal;
    private final SurveyRowWriter out;
    private final SplittableRandom random;
    private final byte[][] devices = new byte[DEVICES_PER_COMMUNE][];
    private final SignalReading reading = new SignalReading();
    private final double metresPerDegreeLon;

    CommuneSurvey(
        Commune commune,
        List<Village> villages,
        List<RoadEdge> edges,
        SignalModel signal,
        SurveyRowWriter out) {
      this.villages = villages;
      this.signal = signal;
      this.out = out;
      this.random = streams.stream("surveys", commune.index());
      this.metresPerDegreeLon = commune.projection().metresPerDegreeLon();
      for (int d = 0; d < DEVICES_PER_COMMUNE; d++) {
        String id =
            "dev-"
                + devicePrefix
                + VillagePlacer.zeroPadded(commune.index() * DEVICES_PER_COMMUNE + d + 1, 3);
        devices[d] = id.getBytes(StandardCharsets.US_ASCII);
      }
      for (RoadEdge edge : edges) {
        double[] line = WindingLine.coordinates(edge);
        double[] cumulative = new double[line.length / 2];
        for (int i = 1; i < cumulative.length; i++) {
          cumulative[i] =
              cumulative[i - 1]
                  + LocalProjection.distanceMetres(
                      line[2 * i - 2], line[2 * i - 1], line[2 * i], line[2 * i + 1]);
        }
        lines.add(line);
        cumulativeMetres.add(cumulative);
      }
    }

    void write(int count) throws IOException {
      int remaining = count;
      while (remaining > 0) {
        Operator operator = Operator.pick(random.nextDouble());
        byte[] device = devices[random.nextInt(DEVICES_PER_COMMUNE)];
        byte[] day = datePrefixes[random.nextInt(SURVEY_DAYS)];
        int second = random.nextInt(FIRST_SECOND, LAST_START_SECOND);
        boolean onRoad = !lines.isEmpty() && random.nextDouble() < SHARE_OF_ROAD_WALKS;
        remaining -=
            onRoad
                ? rideRoad(remaining, operator, device, day, second)
                : stayInVillage(remaining, operator, device, day, second);
      }
    }

    private int rideRoad(int remaining, Operator operator, byte[] device, byte[] day, int second)
        throws IOException {
      int pick = random.nextInt(lines.size());
      double[] line = lines.get(pick);
      double[] cumulative = cumulativeMetres.get(pick);
      double length = cumulative[cumulative.length - 1];
      int wanted = Math.min(remaining, 10 + random.nextInt(150));
      double step = random.nextDouble(60, 200);
      double at = random.nextDouble(0, length * 0.5);
      int segment = 0;
      int written = 0;
      while (written < wanted && at <= length && second < LAST_SECOND) {
        while (segment < cumulative.length - 2 && cumulative[segment + 1] < at) {
          segment++;
        }
        double span = cumulative[segment + 1] - cumulative[segment];
        double f = span > 0 ? (at - cumulative[segment]) / span : 0;
        double lon = line[2 * segment] + f * (line[2 * segment + 2] - line[2 * segment]);
        double lat = line[2 * segment + 1] + f * (line[2 * segment + 3] - line[2 * segment + 1]);
        emit(lon, lat, GPS_ERROR_METRES, operator, device, day, second);
        written++;
        at += step * random.nextDouble(0.7, 1.3);
        second += 1 + (int) (step / random.nextDouble(4, 9));
      }
      return written;
    }

    private int stayInVillage(
        int remaining, Operator operator, byte[] device, byte[] day, int second)
        throws IOException {
      Village village = villages.get(random.nextInt(villages.size()));
      int wanted = Math.min(remaining, 4 + random.nextInt(25));
      for (int i = 0; i < wanted; i++) {
        emit(village.lon(), village.lat(), VILLAGE_SPREAD_METRES, operator, device, day, second);
        second = Math.min(LAST_SECOND, second + 20 + random.nextInt(100));
      }
      return wanted;
    }

    private void emit(
        double lon,
        double lat,
        double spreadMetres,
        Operator operator,
        byte[] device,
        byte[] day,
        int second)
        throws IOException {
      double east = spreadMetres * Math.max(-3, Math.min(3, random.nextGaussian()));
      double north = spreadMetres * Math.max(-3, Math.min(3, random.nextGaussian()));
      double pointLon = CoordinateFormat.round6(lon + east / metresPerDegreeLon);
      double pointLat =
          CoordinateFormat.round6(lat + north / LocalProjection.METRES_PER_DEGREE_LAT);
      signal.measure(pointLon, pointLat, operator, random, reading);
      out.row(pointLon, pointLat, day, second, operator, reading, device);
    }
  }
}
