package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

  @TempDir Path tmp;

  @Test
  void sameOptionsWriteByteIdenticalFiles() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    assertThat(run("--preset", "seeds", "--seed", "7", "--out", first.toString())).isZero();
    assertThat(run("--preset", "seeds", "--seed", "7", "--out", second.toString())).isZero();
    GeneratedFiles.assertSameBytes(first, second);
  }

  @Test
  void anotherSeedWritesAnotherScenario() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    run("--seed", "1", "--out", first.toString());
    run("--seed", "2", "--out", second.toString());
    assertThat(Files.mismatch(first.resolve("villages.csv"), second.resolve("villages.csv")))
        .isNotEqualTo(-1);
  }

  @Test
  void provincePresetHonoursTheSizeOptions() throws Exception {
    Path out = tmp.resolve("province");
    int exit =
        run(
            "--preset",
            "province",
            "--seed",
            "3",
            "--communes",
            "40",
            "--villages",
            "2000",
            "--teams",
            "90",
            "--survey-points",
            "100000",
            "--out",
            out.toString());
    assertThat(exit).isZero();
    GeneratedFiles files = GeneratedFiles.read(out);
    assertThat(files.communes).hasSize(40);
    assertThat(files.villages).hasSize(2_000);
    assertThat(files.teams).hasSize(90);
    assertThat(files.surveys).hasSize(100_000);
    ScenarioInvariants.assertAll(files);
  }

  @Test
  void moreRoadsPerVillageAddLoops() throws Exception {
    Path tree = tmp.resolve("tree");
    Path loops = tmp.resolve("loops");
    run(
        "--preset",
        "province",
        "--villages",
        "400",
        "--survey-points",
        "0",
        "--out",
        tree.toString());
    run(
        "--preset",
        "province",
        "--villages",
        "400",
        "--survey-points",
        "0",
        "--roads-per-village",
        "1.5",
        "--out",
        loops.toString());
    GeneratedFiles treeFiles = GeneratedFiles.read(tree);
    GeneratedFiles loopFiles = GeneratedFiles.read(loops);
    assertThat(loopFiles.roads.size() - treeFiles.roads.size()).isBetween(190, 210);
    ScenarioInvariants.assertRoads(loopFiles);
  }

  @Test
  void seedsPresetRefusesSizeOptions() {
    StringWriter errors = new StringWriter();
    CommandLine command = new CommandLine(new GenerateCommand());
    command.setErr(new PrintWriter(errors));
    int exit = command.execute("--preset", "seeds", "--villages", "10", "--out", tmp.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(errors.toString()).contains("--preset province");
  }

  @Test
  void unknownPresetIsRefused() {
    StringWriter errors = new StringWriter();
    CommandLine command = new CommandLine(new GenerateCommand());
    command.setErr(new PrintWriter(errors));
    assertThat(command.execute("--preset", "country", "--out", tmp.toString())).isEqualTo(2);
    assertThat(errors.toString()).contains("unknown preset 'country'");
  }

  private static int run(String... args) {
    return new CommandLine(new GenerateCommand()).execute(args);
  }
}
