package org.outreachplanner.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.outreachplanner.i18n.Text;

/**
 * Generates the national scenario province by province with the province preset's generator: each
 * province is laid out at its place, generated from random streams of its own, appended to the
 * files and dropped before the next one, so memory holds one province at a time. Progress goes to
 * {@code progress} after each province.
 */
final class NationalGenerator {

  private final long seed;
  private final PrintWriter progress;

  NationalGenerator(long seed, PrintWriter progress) {
    this.seed = seed;
    this.progress = progress;
  }

  ScenarioGenerator.Summary generate(NationalSizes sizes, double roadsPerVillage, Path outDir)
      throws IOException {
    RandomStreams national = new RandomStreams(seed);
    Terrain terrain = new Terrain(seed);
    List<NationalSizes.Share> shares = sizes.shares();
    ScenarioGenerator.Summary total = ScenarioGenerator.Summary.NONE;
    long started = System.nanoTime();
    try (ScenarioFiles files = new ScenarioFiles(outDir)) {
      for (int i = 0; i < shares.size(); i++) {
        NationalSizes.Share share = shares.get(i);
        NationalPreset.Province province = share.province();
        RandomStreams streams =
            new RandomStreams(national.key("national-province", province.number()));
        ScenarioGenerator.Summary done =
            province(share, new ScenarioGenerator(streams, terrain), roadsPerVillage, files);
        total = total.plus(done);
        report(i + 1, shares.size(), province, done, total, started);
      }
    }
    return total;
  }

  private static ScenarioGenerator.Summary province(
      NationalSizes.Share share,
      ScenarioGenerator generator,
      double roadsPerVillage,
      ScenarioFiles files)
      throws IOException {
    NationalPreset.Province province = share.province();
    ProvincePreset.Placement placement = NationalPreset.placement(province, share.communes());
    SplittableRandom random = generator.streams().stream("province-preset", 0);
    ProvinceSpec spec =
        ProvincePreset.province(
            placement, share.communes(), share.villages(), share.teams(), random);
    Set<String> borderCommunes =
        BorderPosts.communes(spec, province.border(), placement.spacingKm(share.communes()));
    ScenarioGenerator.Parts parts = generator.build(List.of(spec), roadsPerVillage);
    for (Commune commune : parts.communes()) {
      if (borderCommunes.contains(commune.code())) {
        parts
            .teams()
            .get(commune.index())
            .add(
                BorderPosts.team(
                    commune, parts.villages().get(commune.index()), province.border()));
      }
    }
    return generator.write(parts, share.surveyPoints(), province.placement().code() + "-", files);
  }

  private void report(
      int done,
      int of,
      NationalPreset.Province province,
      ScenarioGenerator.Summary summary,
      ScenarioGenerator.Summary total,
      long started) {
    progress.println(
        Text.of(
                "generate.national.province",
                done,
                of,
                province.placement().code(),
                province.placement().name(),
                summary.communes(),
                summary.villages(),
                summary.teams(),
                summary.roadSegments(),
                summary.surveyPoints(),
                total.villages(),
                (System.nanoTime() - started) / 1e9)
            .inCurrentLanguage());
    progress.flush();
  }
}
