package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking hostile archives: every refusal happens before anything is written. */
class SafeArchiveTest {

  @TempDir Path dir;

  private Path scratchRoot() {
    return dir.resolve("scratch");
  }

  private SafeArchive archive() {
    return new SafeArchive(ImportSettings.defaults(scratchRoot()));
  }

  private String refusal(SafeArchive archive, Path zip) {
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> archive.unpack(zip, zip.getFileName().toString()));
    assertThat(t).isInstanceOf(ImportRejectedException.class);
    return t.getMessage();
  }

  /** Nothing at all was written: the scratch root is empty and nothing appeared beside the zip. */
  private void assertNothingWritten(Path zip) throws IOException {
    if (Files.exists(scratchRoot())) {
      try (Stream<Path> files = Files.list(scratchRoot())) {
        assertThat(files).isEmpty();
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .isSubsetOf(zip.getFileName().toString(), "scratch");
    }
  }

  @Test
  void refusesAnEntryThatClimbsOutBeforeWritingTheGoodOnes() throws IOException {
    Path zip =
        TestZips.zip(
            dir.resolve("slip.zip"), "villages.csv", "code,lon,lat\n", "../../x.csv", "pwned");
    assertThat(refusal(archive(), zip))
        .isEqualTo("slip.zip: archive entry escapes the extraction folder: ../../x.csv");
    assertNothingWritten(zip);
    assertThat(dir.getParent().resolve("x.csv")).doesNotExist();
  }

  @Test
  void refusesAbsolutePathsBackslashesAndSymbolicLinks() throws IOException {
    Path absolute = TestZips.zip(dir.resolve("abs.zip"), "/tmp/abs.shp", "x");
    assertThat(refusal(archive(), absolute))
        .isEqualTo("abs.zip: archive entry has an absolute path: /tmp/abs.shp");
    Path drive = TestZips.zip(dir.resolve("drive.zip"), "C:/abs.shp", "x");
    assertThat(refusal(archive(), drive))
        .isEqualTo("drive.zip: archive entry has an absolute path: C:/abs.shp");
    Path backslash = TestZips.zip(dir.resolve("win.zip"), "..\\..\\win.ini", "x");
    assertThat(refusal(archive(), backslash))
        .isEqualTo("win.zip: archive entry uses backslashes: ..\\..\\win.ini");
    Path link = TestZips.zipWithSymlink(dir.resolve("link.zip"), "roads.shp", "/etc/passwd");
    assertThat(refusal(archive(), link))
        .isEqualTo("link.zip: archive entry is a symbolic link: roads.shp");
    assertThat(Files.exists(scratchRoot()) ? Files.list(scratchRoot()).count() : 0).isZero();
    assertThat(Path.of("/tmp/abs.shp")).doesNotExist();
  }

  @Test
  void refusesArchivesInsideTheArchiveByNameAndByContent() throws IOException {
    Path inner = TestZips.zip(dir.resolve("inner.zip"), "a.csv", "x");
    Path byName = TestZips.zipFiles(dir.resolve("outer.zip"), inner);
    Files.delete(inner);
    assertThat(refusal(archive(), byName))
        .isEqualTo(
            "outer.zip: archive entry is itself an archive: inner.zip"
                + " (archives inside are not unpacked)");
    assertNothingWritten(byName);
    Files.delete(byName);
    Path disguised = dir.resolve("disguised.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(disguised))) {
      zip.putNextEntry(new ZipEntry("villages.csv"));
      zip.write(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}); // a zip's local header signature
      zip.closeEntry();
    }
    assertThat(refusal(archive(), disguised))
        .isEqualTo(
            "disguised.zip: archive entry is itself an archive: villages.csv"
                + " (archives inside are not unpacked)");
  }

  @Test
  void refusesTooManyEntries() throws IOException {
    Path zip = dir.resolve("many.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < 1001; i++) {
        out.putNextEntry(new ZipEntry("part-" + i + ".txt"));
        out.closeEntry();
      }
    }
    assertThat(refusal(archive(), zip))
        .isEqualTo("many.zip: archive has 1001 entries, more than the limit of 1000");
    assertNothingWritten(zip);
  }

  @Test
  void refusesATwoGigabyteEntryOfZerosWithoutUnpackingIt() throws IOException {
    long size = 2049L << 20; // 2 GiB + 1 MiB of zeros, about 9 MB packed
    Path zip = TestZips.zeros(dir.resolve("bomb.zip"), "zeros.csv", size);
    String refused =
        "bomb.zip: archive entry zeros.csv expands beyond the limit of 2147483648 bytes";
    assertThat(refusal(archive(), zip)).isEqualTo(refused);
    assertNothingWritten(zip);
    // refused on the size the entry declares, before a byte is inflated: an archive with nowhere
    // to unpack (its scratch root is a file) would fail creating its folder if it got that far
    Path noFolder = Files.writeString(dir.resolve("not-a-folder"), "");
    assertThat(refusal(new SafeArchive(ImportSettings.defaults(noFolder)), zip)).isEqualTo(refused);
  }

  @Test
  void refusesAHighCompressionRatio() throws IOException {
    Path zip = TestZips.zeros(dir.resolve("ratio.zip"), "zeros.csv", 10L << 20);
    long packed;
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
      packed = z.getEntry("zeros.csv").getCompressedSize();
    }
    assertThat(refusal(archive(), zip))
        .isEqualTo(
            "ratio.zip: archive entry zeros.csv has a compression ratio of "
                + (10L << 20) / packed
                + ":1, more than the limit of 200:1");
    assertNothingWritten(zip);
  }

  @Test
  void countsTheRealBytesWhenTheDeclaredSizeLies() throws IOException {
    Path zip = TestZips.zeros(dir.resolve("liar.zip"), "villages.csv", 5L << 20);
    TestZips.declareSize(zip, 1000);
    assertThat(refusal(archive(), zip))
        .isEqualTo(
            "liar.zip: archive entry villages.csv holds more bytes than the 1000 it declares");
    assertNothingWritten(zip);
  }

  @Test
  void refusesAnArchiveThatExpandsBeyondTheTotalLimit() throws IOException {
    SafeArchive small =
        new SafeArchive(
            ImportSettings.defaults(scratchRoot())
                .withArchiveLimits(1000, 3_000_000, 2_000_000, 200));
    Path zip = dir.resolve("total.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("a.csv", "b.csv")) {
        out.putNextEntry(new ZipEntry(name));
        TestZips.writeNoise(out, 1_600_000, name.hashCode());
        out.closeEntry();
      }
    }
    assertThat(refusal(small, zip)).isEqualTo("total.zip: archive expands beyond 3000000 bytes");
    assertNothingWritten(zip);
  }

  @Test
  void unpacksOnlyDataFilesIntoAFreshFolderAndDeletesItOnClose() throws IOException {
    Path zip =
        TestZips.zip(
            dir.resolve("good.zip"),
            "data/",
            "",
            "data/villages.csv",
            "code,lon,lat\n",
            "README.txt",
            "about",
            "__MACOSX/data/._villages.csv",
            "resource fork");
    ScratchDirectory unpacked = archive().unpack(zip, "good.zip");
    assertThat(unpacked.path().getParent()).isEqualTo(scratchRoot());
    assertThat(unpacked.path().resolve("data/villages.csv")).hasContent("code,lon,lat");
    assertThat(unpacked.path().resolve("README.txt")).doesNotExist();
    assertThat(unpacked.path().resolve("__MACOSX")).doesNotExist();
    ArchiveDataFile data = ArchiveDataFile.choose(unpacked.path(), "good.zip", null);
    assertThat(data.displayName()).isEqualTo("good.zip/data/villages.csv");
    unpacked.close();
    assertThat(unpacked.path()).doesNotExist();
  }

  @Test
  void severalDataFilesNeedTheLayerOption() throws IOException {
    Path zip =
        TestZips.zip(
            dir.resolve("two.zip"),
            "roads.shp",
            "x",
            "roads.shx",
            "x",
            "roads.dbf",
            "x",
            "villages.csv",
            "code,lon,lat\n");
    try (ScratchDirectory unpacked = archive().unpack(zip, "two.zip")) {
      assertThatThrownBy(() -> ArchiveDataFile.choose(unpacked.path(), "two.zip", null))
          .hasMessage(
              "two.zip: archive holds several data files: roads.shp, villages.csv;"
                  + " choose one with --layer NAME");
      assertThat(ArchiveDataFile.choose(unpacked.path(), "two.zip", "ROADS").displayName())
          .isEqualTo("two.zip/roads.shp");
      assertThatThrownBy(() -> ArchiveDataFile.choose(unpacked.path(), "two.zip", "teams"))
          .hasMessage(
              "two.zip: archive holds no data file named 'teams'; it holds: roads.shp,"
                  + " villages.csv");
    }
  }
}
