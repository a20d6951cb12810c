package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo scenario meets the published figures it is modelled on (see DOMAIN figures). */
class SeedsScenarioTest {

  private static final String THU_LUM = "03439";
  private static final String THUONG_TRACH = "19147";
  private static final String DAN_HOA = "18904";

  @TempDir static Path out;
  private static GeneratedFiles files;

  @BeforeAll
  static void generate() {
    int exit =
        new CommandLine(new GenerateCommand())
            .execute("--preset", "seeds", "--seed", "1", "--out", out.toString());
    assertThat(exit).isZero();
    files = GeneratedFiles.read(out);
  }

  @Test
  void everyFileMeetsTheImportInvariants() throws Exception {
    ScenarioInvariants.assertAll(files);
  }

  @Test
  void committedDemoMapsAreWhatTheGeneratorWrites() throws Exception {
    Path demo = Path.of("maps", "demo");
    assumeTrue(Files.isDirectory(demo), "maps/demo is not in this checkout");
    for (String file :
        List.of("communes.geojson", "villages.csv", "teams.csv", "surveys.csv", "roads.geojson")) {
      assertThat(Files.mismatch(demo.resolve(file), out.resolve(file)))
          .as("maps/demo/%s is up to date (regenerate it as maps/README.md says)", file)
          .isEqualTo(-1);
    }
  }

  @Test
  void laiChauHasElevenBorderCommunesWithThePublishedTotals() {
    List<String> codes =
        files.communes.stream()
            .filter(c -> c.provinceCode().equals("12"))
            .map(GeneratedFiles.CommuneFeature::code)
            .toList();
    assertThat(codes).hasSize(11).contains(THU_LUM);
    List<NamedCsvRecord> villages =
        files.villages.stream().filter(v -> codes.contains(v.getField("commune_code"))).toList();
    assertThat(GeneratedFiles.sum(villages, "households")).isEqualTo(25_043);
    assertThat(GeneratedFiles.sum(villages, "residents")).isEqualTo(119_230);
    for (String code : codes) {
      assertThat(files.villagesOf(code)).hasSizeBetween(8, 15);
      assertThat(files.teamsOf(code)).hasSizeBetween(2, 3);
    }
    GeneratedFiles.CommuneFeature thuLum = files.commune(THU_LUM);
    assertThat(thuLum.name()).isEqualTo("Thu Lũm");
    assertThat(thuLum.provinceName()).isEqualTo("Lai Châu");
    assertThat(thuLum.centreLat()).isCloseTo(22.67, within(0.05));
    assertThat(thuLum.centreLon()).isCloseTo(102.38, within(0.05));
  }

  @Test
  void thuongTrachHasTwentyVillagesElevenWithoutGridPower() {
    List<NamedCsvRecord> villages = files.villagesOf(THUONG_TRACH);
    assertThat(files.commune(THUONG_TRACH).name()).isEqualTo("Thượng Trạch");
    assertThat(villages).hasSize(20);
    assertThat(villages.stream().filter(v -> v.getField("grid_power").equals("no"))).hasSize(11);
    assertThat(GeneratedFiles.sum(villages, "residents")).isEqualTo(3_600);
    assertThat(GeneratedFiles.sum(villages, "eligible")).isEqualTo(1_678);
    assertThat(GeneratedFiles.sum(villages, "eid_done")).isEqualTo(250);
    assertThat(villages.stream().map(v -> v.getField("name"))).contains("Cà Roòng 1");
    assertThat(files.teamsOf(THUONG_TRACH)).hasSize(4);
  }

  @Test
  void danHoaHasTwentyEightVillagesEachWithItsTeam() {
    List<NamedCsvRecord> villages = files.villagesOf(DAN_HOA);
    assertThat(files.commune(DAN_HOA).name()).isEqualTo("Dân Hóa");
    assertThat(villages).hasSize(28);
    assertThat(files.teamsOf(DAN_HOA)).hasSize(28);
    assertThat(GeneratedFiles.sum(villages, "households")).isEqualTo(2_054);
    double identified =
        (double) GeneratedFiles.sum(villages, "eid_done")
            / GeneratedFiles.sum(villages, "eligible");
    assertThat(identified).isCloseTo(0.39, within(0.005));
  }

  @Test
  void danHoaFarthestVillageIs29KmByRoadFromTheCommuneCentre() {
    GeneratedFiles.CommuneFeature danHoa = files.commune(DAN_HOA);
    RoadGraph roads = new RoadGraph(files.roads);
    double[] fromCentre = roads.distancesFrom(danHoa.centreLon(), danHoa.centreLat());
    double farthest = 0;
    for (NamedCsvRecord village : files.villagesOf(DAN_HOA)) {
      double metres =
          roads.distance(
              fromCentre,
              Double.parseDouble(village.getField("lon")),
              Double.parseDouble(village.getField("lat")));
      assertThat(metres).as("%s is reachable", village.getField("code")).isFinite();
      farthest = Math.max(farthest, metres);
    }
    assertThat(farthest / 1000).isCloseTo(29.0, within(0.5));
  }

  @Test
  void eachCommuneRoadStartsOnTheNetworkOfItsCentre() {
    RoadGraph roads = new RoadGraph(files.roads);
    for (GeneratedFiles.CommuneFeature commune : files.communes) {
      double[] fromCentre = roads.distancesFrom(commune.centreLon(), commune.centreLat());
      files.roads.stream()
          .filter(r -> r.sourceId().startsWith("road-" + commune.code() + "-"))
          .forEach(
              road -> {
                var start = road.line().getCoordinateN(0);
                assertThat(roads.distance(fromCentre, start.x, start.y))
                    .as("%s connected to the centre of %s", road.sourceId(), commune.code())
                    .isFinite();
              });
    }
  }

  @Test
  void provincialRoadsLinkNeighbouringCommunesOnly() {
    RoadGraph roads = new RoadGraph(files.roads);
    GeneratedFiles.CommuneFeature thuLum = files.commune(THU_LUM);
    double[] fromThuLum = roads.distancesFrom(thuLum.centreLon(), thuLum.centreLat());
    assertThat(files.communes.stream().filter(c -> c.provinceCode().equals("12")))
        .allSatisfy(
            c ->
                assertThat(roads.distance(fromThuLum, c.centreLon(), c.centreLat()))
                    .as("%s reachable from Thu Lũm", c.name())
                    .isFinite());
    // Thượng Trạch and Dân Hóa lie some 55 km apart: no road is made up between them
    GeneratedFiles.CommuneFeature danHoa = files.commune(DAN_HOA);
    GeneratedFiles.CommuneFeature thuongTrach = files.commune(THUONG_TRACH);
    double[] fromDanHoa = roads.distancesFrom(danHoa.centreLon(), danHoa.centreLat());
    assertThat(roads.distance(fromDanHoa, thuongTrach.centreLon(), thuongTrach.centreLat()))
        .isInfinite();
  }

  @Test
  void aFewVillagesHaveNoRoadAndSomeOnlyAFootpath() {
    RoadGraph roads = new RoadGraph(files.roads);
    long offTheRoads =
        files.villages.stream()
            .filter(
                v ->
                    !roads.hasNode(
                        Double.parseDouble(v.getField("lon")),
                        Double.parseDouble(v.getField("lat"))))
            .count();
    assertThat(offTheRoads).isBetween(1L, (long) (0.06 * files.villages.size()));
    assertThat(files.roads.stream().map(GeneratedFiles.RoadFeature::roadClass))
        .contains("path", "tertiary", "unclassified", "track");
  }

  @Test
  void surveysLeaveDeadZonesInThuongTrach() {
    assertThat(files.surveys).hasSize(30_000);
    List<NamedCsvRecord> villages = files.villagesOf(THUONG_TRACH);
    long deadZones = villages.stream().filter(this::hasNoUsableSignalNearby).count();
    assertThat(deadZones).isGreaterThanOrEqualTo(villages.size() / 4);
    assertThat(files.surveys.stream().map(s -> s.getField("technology")))
        .contains("4G", "3G", "2G", "none");
  }

  /** A dead zone: four readings in five within 600 m of the village give no usable signal. */
  private boolean hasNoUsableSignalNearby(NamedCsvRecord village) {
    double lon = Double.parseDouble(village.getField("lon"));
    double lat = Double.parseDouble(village.getField("lat"));
    var here = new org.locationtech.jts.geom.Coordinate(lon, lat);
    List<NamedCsvRecord> nearby =
        files.surveys.stream()
            .filter(
                s ->
                    RoadGraph.haversineMetres(
                            here,
                            new org.locationtech.jts.geom.Coordinate(
                                Double.parseDouble(s.getField("lon")),
                                Double.parseDouble(s.getField("lat"))))
                        < 600)
            .toList();
    long usable = nearby.stream().filter(SeedsScenarioTest::usable).count();
    return !nearby.isEmpty() && usable < 0.2 * nearby.size();
  }

  private static boolean usable(NamedCsvRecord reading) {
    return switch (reading.getField("technology")) {
      case "4G" -> Integer.parseInt(reading.getField("rsrp")) >= -115;
      case "3G", "2G" -> Integer.parseInt(reading.getField("rssi")) >= -100;
      default -> false;
    };
  }
}
