package org.outreachplanner.generate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code outreach generate}: writes a synthetic scenario in the import formats. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic scenario (communes.geojson, villages.csv, teams.csv, surveys.csv,"
          + " roads.geojson) in the import formats. Same options, same bytes.",
      "Presets: 'seeds' is the demo modelled on the published figures for the border communes"
          + " of Lai Châu and Quảng Trị (fixed sizes); 'province' is a synthetic province of any"
          + " size for benchmarks; 'national' is the whole country after the 2025"
          + " reorganisation (34 provinces, 3,321 communes, about 100,000 villages, 10 million"
          + " survey readings), written province by province with progress on stderr;"
          + " --provinces, --communes, --villages, --teams, --survey-points and --scale make it"
          + " smaller."
    })
public class GenerateCommand implements Callable<Integer> {

  private static final long MOST_SURVEY_POINTS = 1_000_000_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      defaultValue = "seeds",
      description = "seeds, province or national (default: ${DEFAULT-VALUE})")
  String preset;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder")
  Path out;

  @Option(
      names = "--communes",
      paramLabel = "N",
      description =
          "province: communes (default: one per 40 villages, or 30); national: communes in total"
              + " (default: the provinces' real number, 3,321 for all)")
  Integer communes;

  @Option(
      names = "--villages",
      paramLabel = "N",
      description =
          "province: villages in total (default: 40 per commune); national: about 30 per commune")
  Integer villages;

  @Option(
      names = "--teams",
      paramLabel = "N",
      description = "province: teams in total (default: 2.5 per commune)")
  Integer teams;

  @Option(
      names = {"--survey-points", "--survey-readings"},
      paramLabel = "N",
      description =
          "survey readings in total (default: 30,000 for seeds, 100,000 for province, 100 per"
              + " village for national)")
  Long surveyPoints;

  @Option(
      names = "--provinces",
      paramLabel = "N",
      description = "national: the first N of the 34 provinces, from the north (default: all)")
  Integer provinces;

  @Option(
      names = "--scale",
      paramLabel = "X",
      description =
          "national: multiplies the default communes, and with them villages, teams and survey"
              + " readings (default: 1)")
  Double scale;

  @Option(
      names = "--roads-per-village",
      paramLabel = "X",
      defaultValue = "1.0",
      description =
          "about how many roads lead to each village: 1 gives a tree of roads from each commune"
              + " centre, more adds loops between neighbouring villages (default: ${DEFAULT-VALUE})")
  double roadsPerVillage;

  public GenerateCommand() {}

  @Override
  public Integer call() throws Exception {
    checkCommonOptions();
    long started = System.nanoTime();
    ScenarioGenerator.Summary summary;
    if ("national".equals(preset)) {
      summary =
          new NationalGenerator(seed, spec.commandLine().getErr())
              .generate(nationalSizes(), roadsPerVillage, out);
    } else {
      ScenarioGenerator generator = new ScenarioGenerator(seed);
      summary = generator.generate(scenario(generator.streams()), out);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote %s: %,d communes, %,d villages, %,d teams, %,d road segments, %,d survey points"
                + " (%.1f s)%n",
            out,
            summary.communes(),
            summary.villages(),
            summary.teams(),
            summary.roadSegments(),
            summary.surveyPoints(),
            (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private void checkCommonOptions() {
    if (surveyPoints != null && (surveyPoints < 0 || surveyPoints > MOST_SURVEY_POINTS)) {
      throw usage("--survey-points must be between 0 and " + MOST_SURVEY_POINTS);
    }
    if (roadsPerVillage < 1 || roadsPerVillage > 5) {
      throw usage("--roads-per-village must be between 1 and 5");
    }
    if (!"national".equals(preset) && (provinces != null || scale != null)) {
      throw usage("--provinces and --scale apply to --preset national only");
    }
  }

  private ScenarioSpec scenario(RandomStreams streams) {
    return switch (preset) {
      case "seeds" -> seeds();
      case "province" -> province(streams);
      default -> throw usage("unknown preset '" + preset + "': use seeds, province or national");
    };
  }

  private NationalSizes nationalSizes() {
    try {
      return NationalSizes.of(
          provinces, communes, villages, teams, surveyPoints, scale != null ? scale : 1.0);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ScenarioSpec seeds() {
    if (communes != null || villages != null || teams != null) {
      throw usage(
          "the seeds preset has fixed sizes taken from the published figures;"
              + " use --preset province to choose --communes, --villages or --teams");
    }
    long points = surveyPoints != null ? surveyPoints : SeedsPreset.DEFAULT_SURVEY_POINTS;
    return SeedsPreset.scenario(points, roadsPerVillage);
  }

  private ScenarioSpec province(RandomStreams streams) {
    int communeCount =
        communes != null
            ? communes
            : villages != null
                ? (int)
                    Math.max(
                        1,
                        Math.min(
                            ProvincePreset.MAX_COMMUNES,
                            Math.round((double) villages / ProvincePreset.VILLAGES_PER_COMMUNE)))
                : ProvincePreset.DEFAULT_COMMUNES;
    if (communeCount < 1 || communeCount > ProvincePreset.MAX_COMMUNES) {
      throw usage("--communes must be between 1 and " + ProvincePreset.MAX_COMMUNES);
    }
    int villageCount =
        villages != null ? villages : communeCount * ProvincePreset.VILLAGES_PER_COMMUNE;
    if (villageCount < communeCount) {
      throw usage("--villages must be at least the number of communes (" + communeCount + ")");
    }
    int teamCount =
        teams != null ? teams : (int) Math.round(communeCount * ProvincePreset.TEAMS_PER_COMMUNE);
    if (teamCount < 0) {
      throw usage("--teams must be 0 or more");
    }
    long points = surveyPoints != null ? surveyPoints : ProvincePreset.DEFAULT_SURVEY_POINTS;
    return ProvincePreset.scenario(
        communeCount, villageCount, teamCount, points, roadsPerVillage, streams);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
