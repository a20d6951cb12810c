package org.outreachplanner.vrpbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Solomon and Cordeau readers on small files written here and on the shared data. */
class VrpReadersTest {

  static final Path DATA = Path.of("../shared/data/vrp");

  @TempDir Path dir;

  @Test
  void aSolomonFileGivesItsVehiclesCapacityAndCustomers() throws IOException {
    Path f = dir.resolve("T1.txt");
    Files.writeString(
        f,
        "T1\n\nVEHICLE\nNUMBER     CAPACITY\n  3   50\n\nCUSTOMER\nCUST NO. XCOORD. YCOORD."
            + " DEMAND READY DUE SERVICE\n\n 0 10 10 0 0 200 0\n 1 13 14 7 5 60 10\n");
    VrpInstance i = SolomonReader.read(f);
    assertThat(i.name()).isEqualTo("T1");
    assertThat(i.vehicles()).isEqualTo(3);
    assertThat(i.capacity()).isEqualTo(50);
    assertThat(i.customers()).isEqualTo(1);
    assertThat(i.nodes().get(1).due()).isEqualTo(60);
    assertThat(i.distance(0, 1)).isEqualTo(5.0);
  }

  @Test
  void aSolomonRowMissingAFieldNamesTheFileAndLine() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "bad\nVEHICLE\n 3 50\nCUSTOMER\n 0 10 10 0 0 200\n");
    assertThatThrownBy(() -> SolomonReader.read(f))
        .hasMessageContaining("bad.txt, line 5: expected 7 numbers, found 6");
  }

  @Test
  void aCordeauFileGivesFrequenciesAndCombinations() throws IOException {
    Path f = dir.resolve("q1.txt");
    Files.writeString(
        f,
        "1 2 2 3\n100 40\n100 40\n100 40\n0 0 0 0 0 0 0\n1 3 4 2 5 1 3 1 2 4\n"
            + "2 6 8 1 5 2 1 5\n");
    VrpInstance i = CordeauPvrpReader.read(f);
    assertThat(i.days()).isEqualTo(3);
    assertThat(i.vehicles()).isEqualTo(2);
    assertThat(i.capacity()).isEqualTo(40);
    assertThat(i.maxDuration()).isEqualTo(100);
    assertThat(i.nodes().get(2).frequency()).isEqualTo(2);
    assertThat(i.nodes().get(2).combinations()).containsExactly(5L);
    assertThat(i.nodes().get(1).service()).isEqualTo(2);
  }

  @Test
  void aCombinationWithTheWrongNumberOfDaysIsRefused() throws IOException {
    Path f = dir.resolve("q2.txt");
    Files.writeString(f, "1 1 1 2\n0 40\n0 40\n0 0 0 0 0 0 0\n1 3 4 0 5 2 1 1\n");
    assertThatThrownBy(() -> CordeauPvrpReader.read(f))
        .hasMessageContaining("q2.txt, line 5: combination 1 does not have 2 of the 2 days");
  }

  @Test
  void theSharedInstancesAreRead() {
    Assumptions.assumeTrue(
        Files.isDirectory(DATA), "../shared/data/vrp is absent: the shared data is not here");
    VrpInstance c101 = SolomonReader.read(DATA.resolve("solomon/C101.txt"));
    assertThat(c101.customers()).isEqualTo(100);
    assertThat(c101.vehicles()).isEqualTo(25);
    VrpInstance p01 = CordeauPvrpReader.read(DATA.resolve("pvrp-cordeau/p01.txt"));
    assertThat(p01.customers()).isEqualTo(51);
    assertThat(p01.days()).isEqualTo(2);
  }
}
