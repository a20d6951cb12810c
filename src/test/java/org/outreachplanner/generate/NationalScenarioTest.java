package org.outreachplanner.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NationalScenarioTest {

  @TempDir Path tmp;

  @Test
  void sameSeedWritesByteIdenticalFiles() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    assertThat(small(first, "5").exit).isZero();
    assertThat(small(second, "5").exit).isZero();
    GeneratedFiles.assertSameBytes(first, second);
  }

  @Test
  void smallRunHonoursTheSizesAndReportsEachProvince() throws Exception {
    Path out = tmp.resolve("small");
    Run run = small(out, "1");
    assertThat(run.exit).isZero();
    assertThat(run.errors)
        .contains("Province 1/2: 01 Hà Nội")
        .contains("Province 2/2: 04 Cao Bằng");
    GeneratedFiles files = GeneratedFiles.read(out);
    assertThat(files.communes).hasSize(12);
    assertThat(files.communes.stream().map(GeneratedFiles.CommuneFeature::provinceCode))
        .containsOnly("01", "04");
    assertThat(files.villages).hasSize(150);
    assertThat(files.surveys).hasSize(3_000);
    ScenarioInvariants.assertAll(files);
  }

  @Test
  void teamsAtEveryCommuneCentreAndAtTheBorderPostsOfBorderProvinces() throws Exception {
    Path out = tmp.resolve("posts");
    assertThat(small(out, "2").exit).isZero();
    GeneratedFiles files = GeneratedFiles.read(out);
    for (GeneratedFiles.CommuneFeature commune : files.communes) {
      assertThat(files.teamsOf(commune.code())).as("teams of %s", commune.code()).isNotEmpty();
    }
    Set<String> posts =
        files.teams.stream()
            .map(t -> t.getField("code"))
            .filter(code -> code.endsWith("-B01"))
            .collect(Collectors.toSet());
    // Hà Nội has no land border; Cao Bằng's border runs along its north
    assertThat(posts).isNotEmpty().allMatch(code -> code.startsWith("04"));
    NamedCsvRecord post =
        files.teams.stream().filter(t -> t.getField("code").endsWith("-B01")).findFirst().get();
    assertThat(post.getField("name")).startsWith("Tổ công tác đồn biên phòng ");
  }

  @Test
  void defaultSizesAreTheCountrys() {
    NationalSizes sizes = NationalSizes.of(null, null, null, null, null, 1.0);
    assertThat(sizes).isEqualTo(new NationalSizes(34, 3_321, 100_000, 8_303, 10_000_000));
    List<NationalSizes.Share> shares = sizes.shares();
    assertThat(shares).hasSize(34);
    for (NationalSizes.Share share : shares) {
      assertThat(share.communes()).isEqualTo(share.province().communes());
      assertThat(share.villages()).isGreaterThanOrEqualTo(share.communes());
      assertThat(share.teams()).isGreaterThanOrEqualTo(share.communes());
    }
    assertThat(shares.stream().mapToInt(NationalSizes.Share::villages).sum()).isEqualTo(100_000);
    assertThat(shares.stream().mapToLong(NationalSizes.Share::surveyPoints).sum())
        .isEqualTo(10_000_000);
    assertThat(NationalPreset.ALL.stream().map(p -> p.placement().code()).distinct()).hasSize(34);
  }

  @Test
  void scaleShrinksEverySize() {
    NationalSizes sizes = NationalSizes.of(null, null, null, null, null, 0.1);
    assertThat(sizes.communes()).isEqualTo(332);
    assertThat(sizes.villages()).isEqualTo(9_997);
    assertThat(sizes.surveyPoints()).isEqualTo(999_700);
  }

  @Test
  void badSizesAreRefusedNamingTheOption() {
    assertThat(run("--preset", "national", "--provinces", "35", "--out", tmp.toString()).errors)
        .contains("--provinces must be between 1 and 34");
    assertThat(
            run("--preset", "national", "--provinces", "2", "--communes", "1", "--out", "x").errors)
        .contains("--communes must be between 2 and 1998");
    assertThat(run("--preset", "province", "--scale", "0.5", "--out", tmp.toString()).errors)
        .contains("--preset national only");
  }

  private static Run small(Path out, String seed) {
    return run(
        "--preset",
        "national",
        "--seed",
        seed,
        "--provinces",
        "2",
        "--communes",
        "12",
        "--villages",
        "150",
        "--survey-readings",
        "3000",
        "--out",
        out.toString());
  }

  private static Run run(String... args) {
    StringWriter errors = new StringWriter();
    CommandLine command = new CommandLine(new GenerateCommand());
    command.setErr(new PrintWriter(errors));
    command.setOut(new PrintWriter(new StringWriter()));
    int exit = command.execute(args);
    return new Run(exit, errors.toString());
  }

  private record Run(int exit, String errors) {}
}
